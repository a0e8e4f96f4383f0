using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Workshop;

/// <summary>
/// What the room said at a round's feedback workshops: comments and better wordings per outcome, proposed missing
/// outcomes with the facilitator's decision, and how many took part in how many groups. Read by the facilitator's wall
/// and by the voting-results PDF, so the record and the screen say the same.
/// </summary>
public sealed record WorkshopRecord(int Participants, int Groups, IReadOnlyList<WorkshopRecord.Contribution> Contributions)
{
    public sealed record Contribution(int Id, ContributionKind Kind, int? CandidateId, string Text, int Group,
        ProposalDecision Decision, int? DecidedCandidateId, string DecisionNote);

    public IEnumerable<Contribution> Proposals => Contributions.Where(c => c.Kind == ContributionKind.MissingOutcome);
    public IEnumerable<Contribution> On(int candidateId) => Contributions.Where(c => c.CandidateId == candidateId && c.Kind != ContributionKind.MissingOutcome);
    public int Comments => Contributions.Count(c => c.Kind != ContributionKind.MissingOutcome);

    /// <summary>All workshops of the round, oldest contribution first. Groups counts the groups anyone joined.</summary>
    public static async Task<WorkshopRecord> LoadAsync(PoetDb db, int rid)
    {
        var workshops = db.Workshops.Where(w => w.RoundId == rid).Select(w => w.Id);
        var groups = await db.WorkshopParticipants.Where(p => workshops.Contains(p.WorkshopId))
            .GroupBy(p => new { p.WorkshopId, p.GroupNumber }).Select(g => g.Count()).ToListAsync();
        var contributions = await (from c in db.WorkshopContributions
                                   join p in db.WorkshopParticipants on c.ParticipantId equals p.Id
                                   where workshops.Contains(c.WorkshopId)
                                   orderby c.Id
                                   select new Contribution(c.Id, c.Kind, c.CandidateId, c.Text, p.GroupNumber, c.Decision, c.DecidedCandidateId, c.DecisionNote))
            .ToListAsync();
        return new WorkshopRecord(groups.Sum(), groups.Count, contributions);
    }

    public static string KindLabel(ContributionKind kind) => kind == ContributionKind.Rewording ? "Better wording" : "Comment";

    public static string DecisionLabel(Contribution p) => p.Decision switch
    {
        ProposalDecision.Accepted => $"Accepted as a candidate: ‘{p.DecisionNote}’",
        ProposalDecision.Merged => $"Merged into ‘{p.DecisionNote}’",
        ProposalDecision.SetAside => $"Set aside: {p.DecisionNote}",
        _ => "To decide",
    };
}
