using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Outcomes;

/// <summary>A partnership with a closed round whose submitted responses hold outcome statements, and its coordinator, facilitator and an outsider.</summary>
public sealed record OutcomeRound(int Pid, int Rid, string Coordinator, string Facilitator, string Outsider)
{
    public static async Task<OutcomeRound> CreateAsync(PoetApp app, params string[] statements)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var pid = await app.CreatePartnershipAsync("Outcomes " + tag);
        var otherPid = await app.CreatePartnershipAsync("Elsewhere " + tag);
        var rid = await app.WithDbAsync(async db =>
        {
            var partners = await db.PartnerOrganisations.Where(p => p.PartnershipId == pid).Select(p => p.Id).ToListAsync();
            var professions = await db.ProfessionalGroups.Where(p => p.PartnershipId == pid).Select(p => p.Id).ToListAsync();
            var round = new SurveyRound
            {
                PartnershipId = pid, Title = "Autumn survey", OpensOn = new DateOnly(2026, 1, 5), ClosesOn = new DateOnly(2026, 1, 30),
                Status = RoundStatus.Closed, CodeSalt = AccessCodes.NewRoundSalt(), InstrumentVersion = "test",
            };
            db.Rounds.Add(round);
            await db.SaveChangesAsync();
            for (var i = 0; i < statements.Length; i++)
            {
                var response = new Response
                {
                    Id = Guid.NewGuid(), RoundId = round.Id, IsSubmitted = true,
                    PartnerOrganisationId = partners[i % 5 == 4 ? 1 : 0], ProfessionalGroupId = professions[i % professions.Count],
                };
                response.Outcomes.Add(new OutcomeStatement { Id = Guid.NewGuid(), Order = 0, Outcome = statements[i], Rationale = "Because " + i });
                db.Responses.Add(response);
            }
            // An unsubmitted response's statements never count.
            var draft = new Response { Id = Guid.NewGuid(), RoundId = round.Id, IsSubmitted = false };
            draft.Outcomes.Add(new OutcomeStatement { Id = Guid.NewGuid(), Outcome = "Unsubmitted idea", Rationale = "" });
            db.Responses.Add(draft);
            await db.SaveChangesAsync();
            return round.Id;
        });
        var r = new OutcomeRound(pid, rid, $"coord-{tag}@example.org", $"facil-{tag}@example.org", $"outsider-{tag}@example.org");
        await app.CreateUserAsync(r.Coordinator, partnershipId: pid, role: PartnershipRole.Coordinator);
        await app.CreateUserAsync(r.Facilitator, partnershipId: pid, role: PartnershipRole.Facilitator);
        await app.CreateUserAsync(r.Outsider, partnershipId: otherPid, role: PartnershipRole.Coordinator);
        return r;
    }

    public string Workspace => $"/partnerships/{Pid}/rounds/{Rid}/outcomes";
    public string Workshop => $"/partnerships/{Pid}/rounds/{Rid}/workshop";

    public Task<Dictionary<string, Guid>> StatementIdsAsync(PoetApp app) => app.WithDbAsync(db =>
        (from o in db.OutcomeStatements join r in db.Responses on o.ResponseId equals r.Id where r.RoundId == Rid && r.IsSubmitted select new { o.Outcome, o.Id })
        .ToDictionaryAsync(x => x.Outcome, x => x.Id));

    /// <summary>Candidates as lists of statement texts, in order, for asserting grouping.</summary>
    public Task<List<(int Id, string Wording, List<Guid> Statements)>> CandidatesAsync(PoetApp app) => app.WithDbAsync(async db =>
        (await db.CandidateOutcomes.Where(c => c.RoundId == Rid).OrderBy(c => c.Order).Select(c => new { c.Id, c.Wording, Ids = c.Statements.Select(s => s.StatementId).ToList() }).ToListAsync())
        .Select(c => (c.Id, c.Wording, c.Ids)).ToList());

    public Task<int> AddCandidatesAsync(PoetApp app, params string[] wordings) => app.WithDbAsync(async db =>
    {
        var order = 0;
        foreach (var w in wordings) db.CandidateOutcomes.Add(new CandidateOutcome { RoundId = Rid, Wording = w, Order = ++order });
        await db.SaveChangesAsync();
        return await db.CandidateOutcomes.Where(c => c.RoundId == Rid).MinAsync(c => c.Id);
    });
}
