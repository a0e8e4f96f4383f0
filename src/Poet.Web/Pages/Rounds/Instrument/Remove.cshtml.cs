using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds.Instrument;

[CoordinatorOnly]
public class RemoveModel(PoetDb db) : PageModel
{
    public SurveyRound Round { get; private set; } = null!;
    public RoundItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid, int rid, int itemId)
    {
        if (!await LoadAsync(pid, rid, itemId)) return NotFound();
        if (Round.Status != RoundStatus.Draft) ModelState.AddModelError("", IndexModel.Frozen);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid, int itemId)
    {
        if (!await LoadAsync(pid, rid, itemId)) return NotFound();
        if (Round.Status != RoundStatus.Draft)
        {
            ModelState.AddModelError("", IndexModel.Frozen);
            return Page();
        }
        db.RoundItems.Remove(Item);
        db.Record(User, pid, "instrument.item-removed", $"Round {rid}: {Item.Text}");
        await db.SaveChangesAsync();
        return Redirect(RoundLinks.Instrument(pid, rid));
    }

    private async Task<bool> LoadAsync(int pid, int rid, int itemId)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        // Only local statements can be removed; the standard ones keep rounds comparable.
        Item = (await db.RoundItems.SingleOrDefaultAsync(i => i.Id == itemId && i.RoundId == rid && i.IsLocal))!;
        return Item is not null;
    }
}
