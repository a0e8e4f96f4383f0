using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Outcomes;

namespace Poet.Web.Pages.Workshop;

/// <summary>
/// The facilitator decides on a proposed missing outcome: accept it as a new candidate (it joins the vote), merge it into
/// an existing candidate, or set it aside with a reason. Accepted and merged proposals become workshop statements of their
/// candidate, so provenance shows where they came from.
/// </summary>
[Authorize]
public class ProposalModel(PoetDb db, WorkshopEvents events) : RoundPage
{
    public enum Choice { Accept, Merge, SetAside }

    [BindProperty] public Choice? Decision { get; set; }
    [BindProperty] public string? Wording { get; set; }
    [BindProperty] public int? IntoCandidateId { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public WorkshopContribution Proposal { get; private set; } = null!;
    public int Group { get; private set; }
    public List<(int Id, string Wording)> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int pid, int rid, int id)
    {
        if (!await LoadAsync(rid, id)) return NotFound();
        if (Proposal.Decision != ProposalDecision.Open) return Redirect(OutcomeLinks.Contributions(pid, rid) + $"#proposal-{id}");
        Wording = Proposal.Text.Length <= RoundStatements.MaxWordingLength ? Proposal.Text : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid, int id)
    {
        if (!await LoadAsync(rid, id)) return NotFound();
        if (Proposal.Decision != ProposalDecision.Open) return Redirect(OutcomeLinks.Contributions(pid, rid) + $"#proposal-{id}");
        var wording = Wording?.Trim() ?? "";
        var reason = Reason?.Trim() ?? "";
        var into = Candidates.FirstOrDefault(c => c.Id == IntoCandidateId);
        ModelState.Clear();
        switch (Decision)
        {
            case null:
                ModelState.AddModelError(nameof(Decision), "Select what to do with the proposal");
                break;
            case Choice.Accept when wording.Length == 0:
                ModelState.AddModelError(nameof(Wording), "Enter the wording of the new candidate outcome");
                break;
            case Choice.Accept when wording.Length > RoundStatements.MaxWordingLength:
                ModelState.AddModelError(nameof(Wording), $"The wording must be {RoundStatements.MaxWordingLength} characters or fewer; it has {wording.Length}");
                break;
            case Choice.Merge when into.Wording is null:
                ModelState.AddModelError(nameof(IntoCandidateId), "Select the candidate outcome to merge the proposal into");
                break;
            case Choice.SetAside when reason.Length == 0:
                ModelState.AddModelError(nameof(Reason), "Enter why you are setting the proposal aside; the reason goes into the workshop record");
                break;
            case Choice.SetAside when reason.Length > 1000:
                ModelState.AddModelError(nameof(Reason), $"Keep the reason to 1,000 characters or fewer; it has {reason.Length:N0}");
                break;
        }
        if (!ModelState.IsValid) return Page();

        await using var tx = await db.Database.BeginTransactionAsync();
        var proposal = await db.WorkshopContributions.SingleAsync(c => c.Id == id);
        if (Decision == Choice.SetAside)
        {
            (proposal.Decision, proposal.DecisionNote) = (ProposalDecision.SetAside, reason);
            db.Record(User, pid, "workshop.proposal-set-aside", $"proposal {id}: {reason}");
        }
        else
        {
            var statement = new HandStatement
            {
                Id = Guid.NewGuid(), RoundId = rid, Source = StatementSource.Workshop, SourceDetail = $"Feedback workshop, small group {Group}",
                Outcome = proposal.Text, AddedBy = User.Identity?.Name ?? "", AddedUtc = db.UtcNow,
            };
            db.HandStatements.Add(statement);
            CandidateOutcome candidate;
            if (Decision == Choice.Accept)
            {
                var last = await db.CandidateOutcomes.Where(c => c.RoundId == rid).MaxAsync(c => (int?)c.Order) ?? 0;
                candidate = new CandidateOutcome { RoundId = rid, Wording = wording, Order = last + 1, CreatedUtc = db.UtcNow };
                db.CandidateOutcomes.Add(candidate);
                (proposal.Decision, proposal.DecisionNote) = (ProposalDecision.Accepted, wording);
                db.Record(User, pid, "workshop.proposal-accepted", $"proposal {id} as candidate {wording}");
            }
            else
            {
                candidate = await db.CandidateOutcomes.SingleAsync(c => c.Id == into.Id && c.RoundId == rid);
                (proposal.Decision, proposal.DecisionNote) = (ProposalDecision.Merged, candidate.Wording);
                db.Record(User, pid, "workshop.proposal-merged", $"proposal {id} into {candidate.Wording}");
            }
            candidate.Statements.Add(new CandidateStatement { RoundId = rid, StatementId = statement.Id });
            await db.SaveChangesAsync();
            proposal.DecidedCandidateId = candidate.Id;
        }
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        await events.ChangedAsync(proposal.WorkshopId, rid, WorkshopChange.Decision);
        return Redirect(OutcomeLinks.Contributions(pid, rid) + $"#proposal-{id}");
    }

    private async Task<bool> LoadAsync(int rid, int id)
    {
        var found = await (from c in db.WorkshopContributions
                           join w in db.Workshops on c.WorkshopId equals w.Id
                           join p in db.WorkshopParticipants on c.ParticipantId equals p.Id
                           where c.Id == id && w.RoundId == rid && c.Kind == ContributionKind.MissingOutcome
                           select new { c, p.GroupNumber }).AsNoTracking().SingleOrDefaultAsync();
        if (found is null) return false;
        (Proposal, Group) = (found.c, found.GroupNumber);
        Candidates = (await db.CandidateOutcomes.Where(c => c.RoundId == rid).OrderBy(c => c.Order).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Wording }).ToListAsync()).Select(c => (c.Id, c.Wording)).ToList();
        return true;
    }
}
