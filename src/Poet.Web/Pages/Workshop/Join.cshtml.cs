using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Workshop;

/// <summary>Joining anonymously: the participant chooses their small group and gets a device key and a rejoin code.</summary>
[EnableRateLimiting(PoetRateLimits.AccessCode)]
public class JoinModel(PoetDb db, SharedRateLimits limits, WorkshopEvents events) : PageModel
{
    [BindProperty] public int? Group { get; set; }
    public Data.Entities.Workshop? Workshop { get; private set; }
    public string? ClosedMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await WorkshopParticipation.CurrentAsync(db, HttpContext, code) is not null) return Redirect($"/workshop/{WorkshopParticipation.Normalise(code)}/session");
        return await LoadAsync(code);
    }

    public async Task<IActionResult> OnPostAsync(string code)
    {
        var page = await LoadAsync(code);
        if (Workshop is null) return page;
        ModelState.Remove(nameof(Group));
        if (Group is null || Group < 1 || Group > Workshop.GroupCount) ModelState.AddModelError(nameof(Group), "Select your small group");
        if (!ModelState.IsValid) return Page();

        var rejoin = WorkshopParticipation.NewCode(WorkshopParticipation.RejoinCodeLength);
        var participant = new WorkshopParticipant
        {
            WorkshopId = Workshop.Id, GroupNumber = Group!.Value, JoinedUtc = db.UtcNow, RejoinHash = WorkshopParticipation.RejoinHash(Workshop.Id, rejoin),
        };
        WorkshopParticipation.IssueCookie(HttpContext, participant, rejoin);
        db.WorkshopParticipants.Add(participant);
        await db.SaveChangesAsync();
        await events.ChangedAsync(Workshop, WorkshopChange.Joined);
        return Redirect($"/workshop/{Workshop.JoinCode}/session");
    }

    private async Task<IActionResult> LoadAsync(string code)
    {
        if (await WorkshopParticipation.TooManyMissesAsync(limits, HttpContext)) return StatusCode(StatusCodes.Status429TooManyRequests);
        Workshop = await WorkshopParticipation.OpenAsync(db, code);
        if (Workshop is null)
        {
            await WorkshopParticipation.CountMissAsync(limits, HttpContext);
            ClosedMessage = await WorkshopParticipation.MissingWorkshopMessageAsync(db, HttpContext, code);
        }
        return Page();
    }
}
