using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

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

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        if (!await LoadAsync(pid)) return Redirect(UcLinks.Phase(pid));
        Support = Outcomes.ToDictionary(o => o.Id.ToString(), o => o.StaffSupport?.ToString());
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

    private async Task<bool> LoadAsync(int pid)
    {
        var q = await db.UcQuestionnaires.Include(x => x.Items).SingleOrDefaultAsync(x => x.PartnershipId == pid);
        if (q is null) return false;
        Outcomes = q.Items.Where(i => i.Kind == UcItemKind.Outcome).OrderBy(i => i.Order).ToList();
        Barriers = q.Items.Where(i => i.Kind == UcItemKind.Barrier).OrderBy(i => i.Order).ToList();
        return true;
    }
}
