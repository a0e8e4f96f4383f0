using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Poet.Data;

namespace Poet.Web.Pages.UsersCarers;

public class ReportModel(PoetDb db, IMemoryCache cache) : PageModel
{
    public UcReport Report { get; private set; } = null!;
    public int Pid { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid, CancellationToken ct)
    {
        var report = await UcReport.LoadAsync(db, pid, cache, ct);
        if (report is null) return Redirect(UcLinks.Phase(pid));
        (Report, Pid) = (report, pid);
        return Page();
    }

    public static string Percent(double? p) => p is { } v ? $"{Math.Round(v, MidpointRounding.AwayFromZero)}%" : "–";
}
