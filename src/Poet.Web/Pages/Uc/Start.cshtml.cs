using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Uc;

/// <summary>The partnership link: anyone with it may answer; each device gets its own anonymous response.</summary>
public class StartModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key) is NotFoundResult nf) return nf;
        if (State == UcEntryState.Closed) Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        var away = await EnterAsync(key);
        if (away is NotFoundResult) return away;
        if (State is UcEntryState.Closed or UcEntryState.Submitted) return Redirect(Journey.Start);
        if (State == UcEntryState.NotStarted) await StartAsync(UcMethod.Link);
        return Redirect(Journey.Path(UcJourney.Who));
    }
}
