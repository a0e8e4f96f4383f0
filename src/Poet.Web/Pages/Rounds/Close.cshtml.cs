using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds;

[CoordinatorOnly]
public class CloseModel(PoetDb db, SubmissionMix mix) : PageModel
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
        // Release every waiting submission first, however few, so the closed round's answers are complete.
        await mix.MixAsync(closing: rid, HttpContext.RequestAborted);
        Round.Status = RoundStatus.Closed;
        Round.AnswersVersion++;
        db.Record(User, pid, "round.closed", $"Round {rid}: {Round.Title}");
        await db.SaveChangesAsync();
        await NationalAggregate.RefreshAsync(db, rid, HttpContext.RequestAborted);
        return Redirect(RoundLinks.Dashboard(pid, rid));
    }
}
