using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Outcomes;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Outcomes;

/// <summary>Runs the automatic grouping and turns each proposed group into a candidate outcome, after confirming any replacement.</summary>
[Authorize]
public class ProposeModel(PoetDb db) : RoundPage
{
    [BindProperty] public bool Replace { get; set; }
    public int ExistingCandidates { get; private set; }
    public int Statements { get; private set; }
    /// <summary>Statements in no candidate yet (survey answers keyed or statements added since the last grouping).</summary>
    public int Unplaced { get; private set; }
    public bool WorkshopOpen { get; private set; }

    public async Task OnGetAsync(int rid) => await LoadAsync(rid);

    public async Task<IActionResult> OnPostAsync(int pid, int rid)
    {
        await LoadAsync(rid);
        if (WorkshopOpen)
            ModelState.AddModelError("", "Close the workshop before proposing new groups: participants are looking at the current candidate outcomes");
        else if (Statements == 0)
            ModelState.AddModelError("", "There are no statements to group yet. Add statements or wait for survey responses");
        else if (ExistingCandidates > 0 && !Replace)
            ModelState.AddModelError(nameof(Replace), "Confirm that you want to replace the existing candidate outcomes");
        if (!ModelState.IsValid) return Page();

        var statements = await RoundStatements.LoadAsync(db, rid);
        var groups = OutcomeGrouping.Propose(statements.Select(s => new Statement(s.Id.ToString(), s.Outcome)).ToList());
        await using var tx = await db.Database.BeginTransactionAsync();
        await db.CandidateOutcomes.Where(c => c.RoundId == rid).ExecuteDeleteAsync();
        AddCandidates(rid, groups, 0);
        db.Record(User, pid, "outcomes.groups-proposed", $"{statements.Count} statements into {groups.Count} candidates; replaced {ExistingCandidates}");
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return Redirect(OutcomeLinks.Workspace(pid, rid));
    }

    /// <summary>
    /// Groups only the statements in no candidate and adds the groups after the existing candidates, leaving the
    /// facilitator's grouping as it is (issue 16: the word weights depend on the whole set, so grouping everything
    /// again can move statements that were already placed).
    /// </summary>
    public async Task<IActionResult> OnPostNewOnlyAsync(int pid, int rid)
    {
        await LoadAsync(rid);
        if (WorkshopOpen)
            ModelState.AddModelError("", "Close the workshop before proposing new groups: participants are looking at the current candidate outcomes");
        else if (Unplaced == 0)
            ModelState.AddModelError("", "Every statement is already in a candidate outcome");
        if (!ModelState.IsValid) return Page();

        var placed = await db.CandidateStatements.Where(c => c.RoundId == rid).Select(c => c.StatementId).ToListAsync();
        var statements = (await RoundStatements.LoadAsync(db, rid)).Where(s => !placed.Contains(s.Id)).ToList();
        var groups = OutcomeGrouping.Propose(statements.Select(s => new Statement(s.Id.ToString(), s.Outcome)).ToList());
        var order = await db.CandidateOutcomes.Where(c => c.RoundId == rid).Select(c => (int?)c.Order).MaxAsync() ?? 0;
        AddCandidates(rid, groups, order);
        db.Record(User, pid, "outcomes.groups-proposed", $"{statements.Count} new statements into {groups.Count} added candidates; kept {ExistingCandidates}");
        await db.SaveChangesAsync();
        return Redirect(OutcomeLinks.Workspace(pid, rid));
    }

    private void AddCandidates(int rid, IReadOnlyList<ProposedGroup> groups, int order)
    {
        foreach (var g in groups)
        {
            var wording = g.SuggestedLabel.Length > RoundStatements.MaxWordingLength ? g.SuggestedLabel[..(RoundStatements.MaxWordingLength - 1)] + "…" : g.SuggestedLabel;
            var candidate = new CandidateOutcome { RoundId = rid, Wording = wording, Order = ++order, CreatedUtc = db.UtcNow };
            candidate.Statements.AddRange(g.StatementIds.Select(id => new CandidateStatement { RoundId = rid, StatementId = Guid.Parse(id) }));
            db.CandidateOutcomes.Add(candidate);
        }
    }

    private async Task LoadAsync(int rid)
    {
        ExistingCandidates = await db.CandidateOutcomes.CountAsync(c => c.RoundId == rid);
        var statements = await RoundStatements.LoadAsync(db, rid);
        Statements = statements.Count;
        var placed = (await db.CandidateStatements.Where(c => c.RoundId == rid).Select(c => c.StatementId).ToListAsync()).ToHashSet();
        Unplaced = statements.Count(s => !placed.Contains(s.Id));
        WorkshopOpen = await db.Workshops.AnyAsync(w => w.RoundId == rid && w.OpenJoinCode != null);
    }
}
