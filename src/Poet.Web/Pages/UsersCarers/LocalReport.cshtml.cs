using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data;

namespace Poet.Web.Pages.UsersCarers;

public class LocalReportModel(PoetDb db) : PageModel
{
    public LocalReport Report { get; private set; } = null!;
    public int Pid { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid, CancellationToken ct)
    {
        if (await LocalReport.LoadAsync(db, pid, ct) is not { } report) return Redirect(UcLinks.Phase(pid));
        (Report, Pid) = (report, pid);
        return Page();
    }
}
