using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Analysis.QMethod;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// The facilitator's analysis: evidence for the number of factors, the settings, flags to override, hand rotation, and
/// what each factor says. Everything is in the query string, so the hand-rotation form is a GET too: ?pair=1,2 plots
/// that pair; with hand=rotate and degrees it adds rotate=1,2:degrees and redirects to the rotated analysis.
/// </summary>
[Authorize]
public class AnalysisModel(PoetDb db) : PageModel
{
    public const string NameMissing = "Enter a name for the analysis";
    public static readonly string NameTooLong = $"Name must be {QSavedAnalysis.MaxNameLength} characters or fewer";
    public const string DegreesMissing = "Enter the angle in degrees, such as 15 or -7.5";
    public const string DegreesNotANumber = "Enter the angle as a number of degrees between -360 and 360, such as 15 or -7.5";

    public QStudyAnalysis Analysis { get; private set; } = null!;

    /// <summary>The most resamples the page runs: enough to judge stability while the page stays fast; the CLI does up to 10,000.</summary>
    public const int MaxWebResamples = 100;

    /// <summary>The page's cap for a study of <paramref name="sorts"/> sorts: each resample is a principal components analysis of sorts × sorts, so bigger studies get fewer.</summary>
    public static int ResampleCap(int sorts) => Math.Clamp(WorkBudget / Math.Max(1, sorts * sorts), 5, MaxWebResamples);

    /// <summary>Resamples × sorts² the page may spend (measured: 150 sorts of 33 statements × 22 resamples took 1.7 s, 40 × 100 took 1.9 s, on a 2-core machine at load 25).</summary>
    private const int WorkBudget = 500_000;

    /// <summary>qmethod's qmboots on this analysis, when asked for with ?bootstrap=N (and seed=S).</summary>
    public BootstrapResult? Bootstrap { get; private set; }
    public string Resamples { get; private set; } = "";
    public string Seed { get; private set; } = "";

    /// <summary>The plotted pair of factors, one-based, First &lt; Second.</summary>
    public (int First, int Second) Pair { get; private set; } = (1, 2);

    public string Degrees { get; private set; } = "";
    public string? DegreesError { get; private set; }

    /// <summary>The study's saved analyses, by name.</summary>
    public IReadOnlyList<QSavedAnalysis> Saved { get; private set; } = [];

    /// <summary>The name typed to save this analysis (kept when it has to be corrected).</summary>
    public string AnalysisName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int pid, int sid, CancellationToken ct)
    {
        var analysis = await QStudyAnalysis.LoadAsync(db, pid, sid, await QStudyAnalysis.SettingsAsync(db, pid, sid, Request.Query, ct), ct);
        if (analysis is null) return NotFound();
        Analysis = analysis;
        await LoadSavedAsync(sid, ct);
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
        if (Request.Query.ContainsKey("bootstrap") && analysis.Result is not null) RunBootstrap(analysis);
        return Page();
    }

    /// <summary>Saves the analysis shown (its settings, flags and rotations, from the posted query) under a name; the same name replaces it.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int pid, int sid, string? name, string? query, CancellationToken ct)
    {
        var analysis = await QStudyAnalysis.LoadAsync(db, pid, sid, AnalysisSettings.Parse(query ?? ""), ct);
        if (analysis is null) return NotFound();
        Analysis = analysis;
        AnalysisName = (name ?? "").Trim();
        if (AnalysisName.Length == 0) ModelState.AddModelError("name", NameMissing);
        else if (AnalysisName.Length > QSavedAnalysis.MaxNameLength) ModelState.AddModelError("name", NameTooLong);
        if (!ModelState.IsValid)
        {
            await LoadSavedAsync(sid, ct);
            return Page();
        }
        var saved = await db.QSavedAnalyses.SingleOrDefaultAsync(a => a.StudyId == sid && a.Name == AnalysisName, ct);
        var replaced = saved is not null;
        if (saved is null) db.QSavedAnalyses.Add(saved = new QSavedAnalysis { StudyId = sid, Name = AnalysisName });
        saved.Query = analysis.Query;
        saved.SavedUtc = db.UtcNow;
        db.Record(User, pid, "qstudy.analysis.save", $"Q study {sid}: {AnalysisName}");
        await db.SaveChangesAsync(ct);
        this.Notify(replaced ? $"The analysis \u201c{AnalysisName}\u201d has been replaced" : $"The analysis has been saved as \u201c{AnalysisName}\u201d");
        return Redirect(QStudyLinks.Analysis(pid, sid, saved.Query) + "#saved-analyses");
    }

    /// <summary>Marks one saved analysis as the one the study's report shows (and no other).</summary>
    public async Task<IActionResult> OnPostReportAsync(int pid, int sid, int id, CancellationToken ct)
    {
        if (!await db.QStudies.AnyAsync(s => s.Id == sid && s.PartnershipId == pid, ct)) return NotFound();
        var all = await db.QSavedAnalyses.Where(a => a.StudyId == sid).ToListAsync(ct);
        var chosen = all.SingleOrDefault(a => a.Id == id);
        if (chosen is null) return NotFound();
        foreach (var a in all) a.IsReported = a.Id == id;
        db.Record(User, pid, "qstudy.analysis.report", $"Q study {sid}: {chosen.Name}");
        await db.SaveChangesAsync(ct);
        this.Notify($"The report now shows \u201c{chosen.Name}\u201d");
        return Redirect(QStudyLinks.Analysis(pid, sid, chosen.Query) + "#saved-analyses");
    }

    private void RunBootstrap(QStudyAnalysis analysis)
    {
        var cap = ResampleCap(analysis.Sorts!.SortCount);
        Resamples = ((string?)Request.Query["bootstrap"] ?? "").Trim();
        Seed = ((string?)Request.Query["seed"] ?? "").Trim();
        if (!int.TryParse(Resamples, NumberStyles.None, CultureInfo.InvariantCulture, out var steps) || steps < 1 || steps > cap)
            ModelState.AddModelError("bootstrap", $"Enter the number of resamples as a whole number from 1 to {cap}, such as {Math.Min(100, cap)}; the poet command runs up to {Poet.Analysis.QMethod.Bootstrap.MaxSteps}");
        var seed = 1;
        if (Seed.Length > 0 && !int.TryParse(Seed, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
            ModelState.AddModelError("seed", "Enter the seed as a whole number, such as 1, or leave it blank");
        if (!ModelState.IsValid) return;
        try
        {
            Bootstrap = Poet.Analysis.QMethod.Bootstrap.Run(analysis.Sorts, analysis.Options(), steps, seed);
        }
        catch (QMethodInputException e)
        {
            ModelState.AddModelError("bootstrap", e.Message);
        }
    }

    private async Task LoadSavedAsync(int sid, CancellationToken ct) =>
        Saved = await db.QSavedAnalyses.AsNoTracking().Where(a => a.StudyId == sid).OrderBy(a => a.Name).ToListAsync(ct);

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
