using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Rounds;

namespace Poet.Web.Pages.Outcomes;

/// <summary>
/// Makes the next version of the agreed outcome list from the candidates: which to include, their final wording, and
/// which staff could not agree on (contested, with the competing wordings), which makes the version a draft framework.
/// </summary>
[Authorize]
public class FinaliseModel(PoetDb db) : RoundPage
{
    [BindProperty] public List<Row> Items { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }

    public int NextVersion { get; private set; }
    /// <summary>The workshop's importance × certainty ratings by candidate id, to weigh beside the votes; empty when nobody rated.</summary>
    public Dictionary<int, Workshop.AssumptionData.Row> Ratings { get; private set; } = [];
    /// <summary>The round's candidates, most votes first (then workspace order), as the form lists them.</summary>
    public Dictionary<int, (string Wording, int Votes, List<string> Proposals, bool AddedAfterWorkshop)> Candidates { get; private set; } = [];

    public sealed class Row
    {
        public int CandidateId { get; set; }
        public bool Include { get; set; }
        public string? Wording { get; set; }
        public bool Contested { get; set; }
        public string? CompetingWordings { get; set; }
    }

    public async Task OnGetAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        var latest = await LatestAsync(pid, rid);
        Items = Candidates.Select(c =>
        {
            var agreed = latest?.Items.FirstOrDefault(i => i.CandidateId == c.Key);
            return new Row
            {
                CandidateId = c.Key, Include = agreed is not null, Wording = agreed?.Wording ?? c.Value.Wording,
                Contested = agreed?.IsContested ?? false, CompetingWordings = agreed?.CompetingWordings,
            };
        }).ToList();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        Items = Items.Where(i => Candidates.ContainsKey(i.CandidateId)).ToList();
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            if (!item.Include) continue;
            var wording = item.Wording?.Trim() ?? "";
            var name = Candidates[item.CandidateId].Wording;
            if (wording.Length == 0) ModelState.AddModelError($"Items[{i}].Wording", $"Enter the wording for ‘{name}’, or leave it out of the list");
            else if (wording.Length > RoundStatements.MaxWordingLength)
                ModelState.AddModelError($"Items[{i}].Wording", $"Keep the wording for ‘{name}’ to {RoundStatements.MaxWordingLength} characters or fewer; it has {wording.Length}");
            if (item.Contested && Lines(item.CompetingWordings).Count == 0)
                ModelState.AddModelError($"Items[{i}].CompetingWordings", $"Enter the competing wordings for ‘{name}’, one on each line, or untick ‘Staff could not agree’");
        }
        if (!Items.Any(i => i.Include)) ModelState.AddModelError("", "Choose at least one outcome for the agreed list");
        if (NextVersion > 1 && string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), $"Enter why the list is changing: this makes version {NextVersion}");
        if ((Reason?.Trim().Length ?? 0) > 1000) ModelState.AddModelError(nameof(Reason), "Keep the reason to 1,000 characters or fewer");
        if (!ModelState.IsValid) return Page();

        var sources = await db.CandidateStatements.Where(s => s.RoundId == rid).ToListAsync();
        var list = new AgreedList
        {
            PartnershipId = pid, RoundId = rid, Version = NextVersion, CreatedBy = User.Identity?.Name ?? "", CreatedUtc = db.UtcNow,
            Reason = NextVersion == 1 && string.IsNullOrWhiteSpace(Reason) ? "Agreed at the feedback workshop" : Reason!.Trim(),
        };
        var order = 0;
        foreach (var item in Items.Where(i => i.Include))
        {
            var outcome = new AgreedOutcome
            {
                CandidateId = item.CandidateId, Order = ++order, Wording = item.Wording!.Trim(), IsContested = item.Contested,
                CompetingWordings = item.Contested ? string.Join('\n', Lines(item.CompetingWordings)) : "", Votes = Candidates[item.CandidateId].Votes,
                AddedAfterWorkshop = Candidates[item.CandidateId].AddedAfterWorkshop,
            };
            outcome.Sources.AddRange(sources.Where(s => s.CandidateId == item.CandidateId).Select(s => new AgreedOutcomeSource { StatementId = s.StatementId }));
            list.Items.Add(outcome);
        }
        db.AgreedLists.Add(list);
        db.Record(User, pid, "outcomes.list-agreed", $"version {list.Version}, {list.Items.Count} outcomes, {list.Items.Count(i => i.IsContested)} contested: {list.Reason}");
        try
        {
            await db.SaveChangesAsync();
            await NationalAggregate.RefreshAsync(db, rid);
        }
        catch (DbUpdateException)
        {   // Someone else saved this version number a moment ago; nothing of theirs is overwritten.
            ModelState.AddModelError("", $"Someone else saved version {NextVersion} while you were working. Reload the page to see it, then make your changes again");
            return Page();
        }
        return Redirect(OutcomeLinks.Agreed(pid, rid));
    }

    internal static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().ToList();

    private Task<AgreedList?> LatestAsync(int pid, int rid) =>
        db.AgreedLists.Include(l => l.Items).Where(l => l.RoundId == rid && l.PartnershipId == pid).OrderByDescending(l => l.Version).FirstOrDefaultAsync();

    private async Task LoadAsync(int pid, int rid)
    {
        Ratings = (await Workshop.AssumptionData.ForRecordAsync(db, rid))?.Rows.Where(r => r.Rated.Importance is not null).ToDictionary(r => r.CandidateId) ?? [];
        NextVersion = (await db.AgreedLists.Where(l => l.RoundId == rid && l.PartnershipId == pid).MaxAsync(l => (int?)l.Version) ?? 0) + 1;
        var candidates = await db.CandidateOutcomes.Where(c => c.RoundId == rid).OrderBy(c => c.Order).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Wording, c.CreatedUtc, Votes = db.WorkshopVotes.Count(v => v.CandidateId == c.Id) }).ToListAsync();
        // Outcomes made after the last workshop closed were never on its ballot (none is "after" while one is open).
        var workshops = await db.Workshops.Where(w => w.RoundId == rid).Select(w => w.ClosedUtc).ToListAsync();
        var closed = workshops.Count > 0 && workshops.All(c => c != null) ? workshops.Max() : null;
        bool After(DateTime? created) => closed is not null && created > closed;
        var proposals = await db.WorkshopContributions.Where(p => p.Kind == ContributionKind.Rewording && p.CandidateId != null
                && db.Workshops.Any(w => w.Id == p.WorkshopId && w.RoundId == rid))
            .Select(p => new { p.CandidateId, p.Text }).ToListAsync();
        Candidates = candidates.OrderBy(c => After(c.CreatedUtc)).ThenByDescending(c => c.Votes).ToDictionary(c => c.Id,
            c => (c.Wording, c.Votes, proposals.Where(p => p.CandidateId == c.Id).Select(p => p.Text).Distinct().ToList(), After(c.CreatedUtc)));
    }
}
