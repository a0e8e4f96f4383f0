using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds;

[CoordinatorOnly]
public class CloseModel(PoetDb db, SubmissionMix mix, TimeProvider clock) : PageModel
{
    public const string NotOpen = "Only an open round can be closed.";

    public SurveyRound Round { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        if (Round.Status != RoundStatus.Open) ModelState.AddModelError("", NotOpen);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        if (Round.Status != RoundStatus.Open)
        {
            ModelState.AddModelError("", NotOpen);
            return Page();
        }
        await RoundClosing.CloseAsync(db, mix, Round, clock.GetUtcNow().UtcDateTime, d => d.Record(User, pid, "round.closed", $"Round {rid}: {Round.Title}"), HttpContext.RequestAborted);
        this.Notify($"{Round.Title} is now closed");
        return Redirect(RoundLinks.Dashboard(pid, rid));
    }
}
