using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Workshop;

/// <summary>Carries a participant, with their votes and comments, to another device. The old device then has to rejoin too.</summary>
[EnableRateLimiting(PoetRateLimits.AccessCode)]
public class RejoinModel(PoetDb db, SharedRateLimits limits) : PageModel
{
    [BindProperty] public string? RejoinCode { get; set; }
    public string? ClosedMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await WorkshopParticipation.TooManyMissesAsync(limits, HttpContext)) return StatusCode(StatusCodes.Status429TooManyRequests);
        if (await WorkshopParticipation.OpenAsync(db, code) is null)
        {
            await WorkshopParticipation.CountMissAsync(limits, HttpContext);
            ClosedMessage = await WorkshopParticipation.MissingWorkshopMessageAsync(db, HttpContext, code);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code)
    {
        if (await WorkshopParticipation.TooManyMissesAsync(limits, HttpContext)) return StatusCode(StatusCodes.Status429TooManyRequests);
        var workshop = await WorkshopParticipation.OpenAsync(db, code);
        if (workshop is null)
        {
            await WorkshopParticipation.CountMissAsync(limits, HttpContext);
            ClosedMessage = await WorkshopParticipation.MissingWorkshopMessageAsync(db, HttpContext, code);
            return Page();
        }
        var rejoin = WorkshopParticipation.Normalise(RejoinCode);
        var hash = WorkshopParticipation.RejoinHash(workshop.Id, rejoin);
        var participant = rejoin.Length == 0 ? null : await db.WorkshopParticipants.SingleOrDefaultAsync(p => p.WorkshopId == workshop.Id && p.RejoinHash == hash);
        if (rejoin.Length == 0) ModelState.AddModelError(nameof(RejoinCode), "Enter the rejoin code shown on your other device");
        else if (participant is null) ModelState.AddModelError(nameof(RejoinCode), "That rejoin code is not right for this workshop. Check it on your other device and try again");
        if (!ModelState.IsValid) return Page();

        WorkshopParticipation.IssueCookie(HttpContext, participant!, rejoin);
        await db.SaveChangesAsync();
        return Redirect($"/workshop/{workshop.JoinCode}/session");
    }
}
