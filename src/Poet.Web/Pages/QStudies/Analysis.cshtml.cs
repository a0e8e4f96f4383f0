using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data;

namespace Poet.Web.Pages.QStudies;

/// <summary>The facilitator's analysis: evidence for the number of factors, the settings, flags to override, and what each factor says.</summary>
[Authorize]
public class AnalysisModel(PoetDb db) : PageModel
{
    public QStudyAnalysis Analysis { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid, int sid, CancellationToken ct)
    {
        var analysis = await QStudyAnalysis.LoadAsync(db, pid, sid, AnalysisSettings.From(Request.Query), ct);
        if (analysis is null) return NotFound();
        Analysis = analysis;
        return Page();
    }

    public static string F(double value, int decimals = 2) =>
        double.IsFinite(value) ? value.ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture) : "–";
}
