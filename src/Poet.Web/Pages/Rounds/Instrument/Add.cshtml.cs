using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds.Instrument;

[CoordinatorOnly]
public class AddModel(PoetDb db) : PageModel
{
    public const int MaxText = 300;
    public const int MaxHelp = 1000;

    [BindProperty] public int? Section { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Help { get; set; }
    public SurveyRound Round { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        await RefuseWhenLockedAsync(rid);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        if (await RefuseWhenLockedAsync(rid)) return Page();
        if (Section is not (2 or 3)) ModelState.AddModelError(nameof(Section), "Select the section the statement belongs in");
        if (string.IsNullOrWhiteSpace(Text)) ModelState.AddModelError(nameof(Text), "Enter the statement staff will agree or disagree with");
        else if (Text.Trim().Length > MaxText) ModelState.AddModelError(nameof(Text), $"The statement must be {MaxText} characters or fewer");
        if (Help?.Trim().Length > MaxHelp) ModelState.AddModelError(nameof(Help), $"The help must be {MaxHelp:N0} characters or fewer");
        if (!ModelState.IsValid) return Page();

        var items = await db.RoundItems.Where(i => i.RoundId == rid).ToListAsync();
        var number = items.Where(i => i.IsLocal).Select(i => int.TryParse(i.ItemId["LOCAL-".Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        db.RoundItems.Add(new RoundItem
        {
            RoundId = rid, ItemId = $"LOCAL-{number:00}", Section = Section!.Value, Theme = "Local statement", Source = "Added by the partnership",
            Text = Text!.Trim(), Help = Help?.Trim() ?? "", IsLocal = true, Order = items.Select(i => i.Order).DefaultIfEmpty(0).Max() + 1,
        });
        db.Record(User, pid, "instrument.item-added", $"Round {rid}: {Text.Trim()}");
        await db.SaveChangesAsync();
        return Redirect(RoundLinks.Instrument(pid, rid));
    }

    /// <summary>Adds the reason as a page-level error when no local item can be added.</summary>
    private async Task<bool> RefuseWhenLockedAsync(int rid)
    {
        if (Round.Status != RoundStatus.Draft) ModelState.AddModelError("", IndexModel.Frozen);
        else if (await db.RoundItems.CountAsync(i => i.RoundId == rid && i.IsLocal) >= IndexModel.MaxLocalItems)
            ModelState.AddModelError("", $"This round already has {IndexModel.MaxLocalItems} local statements. Remove one before adding another.");
        return !ModelState.IsValid;
    }
}
