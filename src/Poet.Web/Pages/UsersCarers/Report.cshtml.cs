using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data;

namespace Poet.Web.Pages.UsersCarers;

public class ReportModel(PoetDb db) : PageModel
{
    public UcReport Report { get; private set; } = null!;
    public int Pid { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        var report = await UcReport.LoadAsync(db, pid);
        if (report is null) return Redirect(UcLinks.Phase(pid));
        (Report, Pid) = (report, pid);
        return Page();
    }

    public static string Percent(double? p) => p is { } v ? $"{Math.Round(v, MidpointRounding.AwayFromZero)}%" : "–";
}
