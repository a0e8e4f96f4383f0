using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

using Poet.Web.Pages.Outcomes;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// The staff side of the comparison: how much support staff gave each outcome (workshop votes, or how many staff
/// named it in the survey) and which barriers staff rated serious. Not part of the questionnaire, so editable any time.
/// </summary>
[CoordinatorOnly]
public class StaffPrioritiesModel(PoetDb db) : PageModel
{
    /// <summary>Outcome id → typed number. String keys: an int-keyed dictionary fails to bind when a field is missing.</summary>
    [BindProperty] public Dictionary<string, string?> Support { get; set; } = [];
    [BindProperty] public List<int> Serious { get; set; } = [];
    public List<UcItem> Outcomes { get; private set; } = [];
    public List<UcItem> Barriers { get; private set; } = [];

    /// <summary>How many outcomes were filled in from the workshop's votes because none had been entered (issue 18).</summary>
    public int FilledFromWorkshop { get; private set; }

    public const string FromWorkshopNote = "Filled in from the votes at the feedback workshop for the outcomes on the agreed list. Check them, change any you need to, and save.";

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        if (!await LoadAsync(pid)) return Redirect(UcLinks.Phase(pid));
        Support = Outcomes.ToDictionary(o => o.Id.ToString(), o => o.StaffSupport?.ToString());
        if (Outcomes.All(o => o.StaffSupport is null))
        {
            var votes = await WorkshopVotesAsync(pid);
            foreach (var o in Outcomes)
                if (votes.TryGetValue(o.Text.Trim(), out var n)) { Support[o.Id.ToString()] = n.ToString(); FilledFromWorkshop++; }
        }
        Serious = Barriers.Where(b => b.StaffRatedSerious).Select(b => b.Id).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid)
    {
        if (!await LoadAsync(pid)) return Redirect(UcLinks.Phase(pid));
        var values = new Dictionary<int, int?>();
        foreach (var o in Outcomes)
        {
            var typed = Support.GetValueOrDefault(o.Id.ToString())?.Trim();
            if (string.IsNullOrEmpty(typed)) { values[o.Id] = null; continue; }
            if (int.TryParse(typed, out var n) && n is >= 0 and <= 100_000) values[o.Id] = n;
            else ModelState.AddModelError($"Support[{o.Id}]", $"Enter the staff support for \"{o.Text}\" as a whole number, like 12, or leave it blank");
        }
        if (!ModelState.IsValid) return Page();
        foreach (var o in Outcomes) o.StaffSupport = values[o.Id];
        foreach (var b in Barriers) b.StaffRatedSerious = Serious.Contains(b.Id);
        db.Record(User, pid, "phase2.staff-priorities", $"{values.Count(v => v.Value is not null)} outcomes with staff support, {Serious.Count} serious barriers");
        await db.SaveChangesAsync();
        return Redirect(UcLinks.Phase(pid));
    }

    /// <summary>
    /// Votes per outcome wording of the partnership's latest agreed list, counted over its round's workshops. The
    /// questionnaire's outcomes are copied from that list, so the wording is the link.
    /// </summary>
    private async Task<Dictionary<string, int>> WorkshopVotesAsync(int pid)
    {
        var list = await CurrentAgreedList.Of(db, pid)
            .Select(l => new { l.RoundId, Items = l.Items.Select(i => new { i.Wording, i.CandidateId }).ToList() }).FirstOrDefaultAsync();
        if (list is null) return new(StringComparer.OrdinalIgnoreCase);
        var byCandidate = await db.WorkshopVotes.Where(v => db.Workshops.Any(w => w.Id == v.WorkshopId && w.RoundId == list.RoundId))
            .GroupBy(v => v.CandidateId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N);
        if (byCandidate.Count == 0) return new(StringComparer.OrdinalIgnoreCase);
        return list.Items.Where(i => i.CandidateId is not null)
            .GroupBy(i => i.Wording.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(i => byCandidate.GetValueOrDefault(i.CandidateId!.Value)), StringComparer.OrdinalIgnoreCase);
    }

    private async Task<bool> LoadAsync(int pid)
    {
        var q = await db.UcQuestionnaires.Include(x => x.Items).SingleOrDefaultAsync(x => x.PartnershipId == pid);
        if (q is null) return false;
        Outcomes = q.Items.Where(i => i.Kind == UcItemKind.Outcome).OrderBy(i => i.Order).ToList();
        Barriers = q.Items.Where(i => i.Kind == UcItemKind.Barrier).OrderBy(i => i.Order).ToList();
        return true;
    }
}
