using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data;

namespace Poet.Web.Pages.UsersCarers;

public class LocalReportModel(PoetDb db, IMemoryCache cache) : PageModel
{
    public LocalReport Report { get; private set; } = null!;
    public int Pid { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid, CancellationToken ct)
    {
        if (await LocalReport.LoadAsync(db, pid, cache, ct) is not { } report) return Redirect(UcLinks.Phase(pid));
        (Report, Pid) = (report, pid);
        return Page();
    }
}
