using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Poet.Web.Infrastructure;

/// <summary>
/// The one way a page confirms that something worked: a GOV.UK success notification banner (<c>_Notice</c>).
/// After a POST, <see cref="Notify"/> keeps the text in TempData for the page the browser is redirected to; a page
/// that answers the POST itself sets <c>ViewData[Notices.Key]</c>. Each page renders <c>&lt;partial name="_Notice" /&gt;</c>
/// just before its h1; the layout shows a notice that no partial showed, so none is lost or carried to a later page.
/// </summary>
public static class Notices
{
    public const string Key = "Notice";

    /// <summary>Shows <paramref name="text"/> on the next page this browser loads (after the redirect).</summary>
    public static void Notify(this PageModel page, string text) => page.TempData[Key] = text;
}
