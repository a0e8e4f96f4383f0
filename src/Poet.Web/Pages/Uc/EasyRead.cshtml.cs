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
    public const string NotReadyForFamilies = "The easy read version is not ready yet. Please come back soon.";

    public static bool IsOn(HttpRequest request) => request.Cookies[Cookie] == "1";

    /// <summary>The easy-read version opens only when every outcome has its easy-read wording and picture.</summary>
    public bool Ready { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key) is NotFoundResult nf) return nf;
        Ready = IsReady(Outcomes);
        return State is UcEntryState.Closed or UcEntryState.Submitted ? Redirect(Journey.Start) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        var away = await EnterAsync(key);
        if (away is NotFoundResult) return away;
        if (State is UcEntryState.Closed or UcEntryState.Submitted) return Redirect(Journey.Start);
        if (!IsReady(Outcomes)) return Redirect(Journey.Start + "/easy-read");
        if (State == UcEntryState.NotStarted) await StartAsync(UcMethod.Link);
        Response.Cookies.Append(Cookie, "1", new CookieOptions { HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, Path = "/uc" });
        return Redirect(Journey.Path(UcJourney.Who));
    }

    public static bool IsReady(IEnumerable<UcItem> outcomes) => UsersCarers.EasyReadWordingsModel.Words(outcomes).Count == 0;
}
