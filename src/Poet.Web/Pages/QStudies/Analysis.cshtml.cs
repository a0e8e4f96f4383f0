using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Analysis.QMethod;
using Poet.Data;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// The facilitator's analysis: evidence for the number of factors, the settings, flags to override, hand rotation, and
/// what each factor says. Everything is in the query string, so the hand-rotation form is a GET too: ?pair=1,2 plots
/// that pair; with hand=rotate and degrees it adds rotate=1,2:degrees and redirects to the rotated analysis.
/// </summary>
[Authorize]
public class AnalysisModel(PoetDb db) : PageModel
{
    public const string DegreesMissing = "Enter the angle in degrees, such as 15 or -7.5";
    public const string DegreesNotANumber = "Enter the angle as a number of degrees between -360 and 360, such as 15 or -7.5";

    public QStudyAnalysis Analysis { get; private set; } = null!;

    /// <summary>The plotted pair of factors, one-based, First &lt; Second.</summary>
    public (int First, int Second) Pair { get; private set; } = (1, 2);

    public string Degrees { get; private set; } = "";
    public string? DegreesError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid, int sid, CancellationToken ct)
    {
        var analysis = await QStudyAnalysis.LoadAsync(db, pid, sid, AnalysisSettings.From(Request.Query), ct);
        if (analysis is null) return NotFound();
        Analysis = analysis;
        Pair = ChoosePair(Request.Query["pair"], analysis);
        Degrees = (string?)Request.Query["degrees"] ?? "";
        if (Request.Query["hand"] == "rotate" && analysis.Result is not null)
        {
            var text = Degrees.Trim().Replace('\u2212', '-');
            if (text.Length == 0) DegreesError = DegreesMissing;
            else if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var degrees) || Math.Abs(degrees) > 360)
                DegreesError = DegreesNotANumber;
            else
            {
                var rotation = new HandRotation(Pair.First - 1, Pair.Second - 1, degrees);
                var settings = analysis.Settings with { Rotations = [.. analysis.Settings.Rotations, rotation.ToString()] };
                return Redirect(QStudyLinks.Analysis(pid, sid, settings.Query(analysis.Factors, analysis.Result.Flags)) + $"&pair={Pair.First},{Pair.Second}#hand-rotation");
            }
        }
        if (DegreesError is not null) ModelState.AddModelError("degrees", DegreesError);
        return Page();
    }

    /// <summary>The query for this analysis with only the first <paramref name="keep"/> hand rotations (undo and clear).</summary>
    public string QueryKeeping(int keep) =>
        (Analysis.Settings with { Rotations = Analysis.Settings.Rotations.Take(keep).ToArray() }).Query(Analysis.Factors, Analysis.Result?.Flags) + $"&pair={Pair.First},{Pair.Second}";

    /// <summary>?pair=1,2 when it names two factors of the analysis; else the last rotated pair; else f1 and f2.</summary>
    private static (int, int) ChoosePair(string? text, QStudyAnalysis a)
    {
        var parts = (text ?? "").Split(',');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var f)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var g) && f != g && f >= 1 && g >= 1 && f <= a.Factors && g <= a.Factors)
            return (Math.Min(f, g), Math.Max(f, g));
        try
        {
            if (a.Settings.HandRotations().LastOrDefault() is { } last && last.First < a.Factors && last.Second < a.Factors && last.First != last.Second)
                return (Math.Min(last.First, last.Second) + 1, Math.Max(last.First, last.Second) + 1);
        }
        catch (QMethodInputException)
        {
        }
        return (1, 2);
    }

    public static string F(double value, int decimals = 2) =>
        double.IsFinite(value) ? value.ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture) : "–";
}
