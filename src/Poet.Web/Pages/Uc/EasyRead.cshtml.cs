using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Uc;

/// <summary>
/// The easy-read way in: short sentences here, then the same one-question pages in large type. The choice lives in a
/// cookie that says nothing but "easy read", so it links no one to their answers.
/// </summary>
public class EasyReadModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    public const string Cookie = "poet-uc-easy";

    public static bool IsOn(HttpRequest request) => request.Cookies[Cookie] == "1";

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key) is NotFoundResult nf) return nf;
        return State is UcEntryState.Closed or UcEntryState.Submitted ? Redirect(Journey.Start) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        var away = await EnterAsync(key);
        if (away is NotFoundResult) return away;
        if (State is UcEntryState.Closed or UcEntryState.Submitted) return Redirect(Journey.Start);
        if (State == UcEntryState.NotStarted) await StartAsync(UcMethod.Link);
        Response.Cookies.Append(Cookie, "1", new CookieOptions { HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, Path = "/uc" });
        return Redirect(Journey.Path(UcJourney.Who));
    }
}
