using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds;

[CoordinatorOnly]
public class SettingsModel(PoetDb db) : PageModel
{
    public const string NotDraft = "This round has opened, so its dates and threshold can no longer change.";

    [BindProperty] public RoundForm Form { get; set; } = new();
    public SurveyRound Round { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        Form = RoundForm.From(Round);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        if (Round.Status != RoundStatus.Draft)
        {
            ModelState.AddModelError("", NotDraft);
            return Page();
        }
        if (!Form.TryApply(Round, ModelState, DateOnly.FromDateTime(db.UtcNow))) return Page();
        db.Record(User, pid, "round.settings-changed", $"Round {rid}");
        await db.SaveChangesAsync();
        return Redirect(RoundLinks.Dashboard(pid, rid));
    }
}
