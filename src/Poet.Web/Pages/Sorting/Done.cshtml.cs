using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Poet.Web.Pages.Sorting;

/// <summary>
/// The confirmation after submitting, with the sort's study code. The code comes only from the submission in this
/// browser (TempData), so a printed code or the study link entered later never shows it.
/// </summary>
public class DoneModel : PageModel
{
    public static string CodeKey(string key) => "QSortCode:" + key;

    public string? Code { get; private set; }

    public void OnGet(string key) => Code = TempData.Peek(CodeKey(key)) as string;
}
