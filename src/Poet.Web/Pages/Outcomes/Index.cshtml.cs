using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Outcomes;

/// <summary>The outcomes workspace of a round: candidate outcomes with their statements and support, in the facilitator's order.</summary>
[Authorize]
public class IndexModel(PoetDb db) : RoundPage
{
    public string RoundTitle { get; private set; } = "";
    public int StatementCount { get; private set; }
    public int HandCount { get; private set; }
    public int Unplaced { get; private set; }
    public bool HasAgreedList { get; private set; }
    public List<CandidateView> Candidates { get; private set; } = [];

    [BindProperty] public string? NewWording { get; set; }

    public sealed record CandidateView(int Id, string Wording, IReadOnlyList<StatementRow> Statements, Support Support);

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int pid, int rid, int cid, string direction)
    {
        var list = await db.CandidateOutcomes.Where(c => c.RoundId == rid).OrderBy(c => c.Order).ThenBy(c => c.Id).ToListAsync();
        var i = list.FindIndex(c => c.Id == cid);
        if (i < 0) return NotFound();
        var j = direction == "up" ? i - 1 : i + 1;
        if (j >= 0 && j < list.Count)
        {
            (list[i], list[j]) = (list[j], list[i]);
            for (var k = 0; k < list.Count; k++) list[k].Order = k + 1;
            db.Record(User, pid, "outcomes.candidate-moved", $"{list[j].Wording}: {direction}");
            await db.SaveChangesAsync();
        }
        return Redirect(OutcomeLinks.Workspace(pid, rid) + $"#candidate-{cid}");
    }

    public async Task<IActionResult> OnPostAddAsync(int pid, int rid)
    {
        var wording = NewWording?.Trim() ?? "";
        if (wording.Length == 0) ModelState.AddModelError(nameof(NewWording), "Enter the wording of the new candidate outcome");
        else if (wording.Length > RoundStatements.MaxWordingLength)
            ModelState.AddModelError(nameof(NewWording), $"The wording must be {RoundStatements.MaxWordingLength} characters or fewer; it has {wording.Length}");
        if (!ModelState.IsValid)
        {
            await LoadAsync(pid, rid);
            return Page();
        }
        var last = await db.CandidateOutcomes.Where(c => c.RoundId == rid).MaxAsync(c => (int?)c.Order) ?? 0;
        var candidate = new CandidateOutcome { RoundId = rid, Wording = wording, Order = last + 1, CreatedUtc = db.UtcNow };
        db.CandidateOutcomes.Add(candidate);
        db.Record(User, pid, "outcomes.candidate-added", wording);
        await db.SaveChangesAsync();
        return Redirect(OutcomeLinks.Workspace(pid, rid) + $"#candidate-{candidate.Id}");
    }

    private async Task LoadAsync(int pid, int rid)
    {
        RoundTitle = await db.Rounds.Where(r => r.Id == rid && r.PartnershipId == pid).Select(r => r.Title).SingleAsync();
        var statements = await RoundStatements.LoadAsync(db, rid);
        StatementCount = statements.Count;
        HandCount = statements.Count(s => s.Source != StatementSource.Survey);
        var byId = statements.ToDictionary(s => s.Id);
        var candidates = await db.CandidateOutcomes.Where(c => c.RoundId == rid).OrderBy(c => c.Order).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Wording, Ids = c.Statements.Select(s => s.StatementId).ToList() }).ToListAsync();
        Candidates = candidates.Select(c =>
        {
            var rows = c.Ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
            return new CandidateView(c.Id, c.Wording, rows, RoundStatements.SupportOf(rows));
        }).ToList();
        Unplaced = StatementCount - Candidates.Sum(c => c.Statements.Count);
        HasAgreedList = await db.AgreedLists.AnyAsync(l => l.RoundId == rid && l.PartnershipId == pid);
    }
}
