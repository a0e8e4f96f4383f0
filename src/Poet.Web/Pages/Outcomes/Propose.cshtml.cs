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
        var order = 0;
        foreach (var g in groups)
        {
            var wording = g.SuggestedLabel.Length > RoundStatements.MaxWordingLength ? g.SuggestedLabel[..(RoundStatements.MaxWordingLength - 1)] + "…" : g.SuggestedLabel;
            var candidate = new CandidateOutcome { RoundId = rid, Wording = wording, Order = ++order, CreatedUtc = DateTime.UtcNow };
            candidate.Statements.AddRange(g.StatementIds.Select(id => new CandidateStatement { RoundId = rid, StatementId = Guid.Parse(id) }));
            db.CandidateOutcomes.Add(candidate);
        }
        db.Record(User, pid, "outcomes.groups-proposed", $"{statements.Count} statements into {groups.Count} candidates; replaced {ExistingCandidates}");
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return Redirect(OutcomeLinks.Workspace(pid, rid));
    }

    private async Task LoadAsync(int rid)
    {
        ExistingCandidates = await db.CandidateOutcomes.CountAsync(c => c.RoundId == rid);
        Statements = (await RoundStatements.LoadAsync(db, rid)).Count;
        WorkshopOpen = await db.Workshops.AnyAsync(w => w.RoundId == rid && w.OpenJoinCode != null);
    }
}
