using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data;

namespace Poet.Web.Pages.QStudies;

/// <summary>The Q study report in HTML for reading and printing; the same settings as the analysis it came from.</summary>
[Authorize]
public class ReportModel(PoetDb db) : PageModel
{
    public QStudyAnalysis Analysis { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid, int sid, CancellationToken ct)
    {
        var analysis = await QStudyAnalysis.LoadAsync(db, pid, sid, await QStudyAnalysis.SettingsAsync(db, pid, sid, Request.Query, ct), ct);
        if (analysis is null) return NotFound();
        analysis.Shared = true;
        Analysis = analysis;
        return Page();
    }
}
