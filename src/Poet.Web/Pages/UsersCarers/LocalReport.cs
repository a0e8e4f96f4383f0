using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Text;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Pages.Reports;

using Poet.Web.Pages.Outcomes;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// The local report (brief §2 step 15): the health-of-the-partnership findings of the staff round the phase gate
/// judged, then what families value, whether it happens, where staff and families differ, and what to do next.
/// </summary>
public sealed record LocalReport(string PartnershipName, HealthReport? Staff, UcReport Families, IReadOnlyList<string> NextSteps, IReadOnlySet<string> Contested)
{
    /// <summary>Said once above the outcomes when any of them is contested.</summary>
    public const string ContestedNote =
        "Outcomes marked “contested by staff” are ones staff could not agree on at the feedback workshop. What families say about them can help the partnership decide.";

    /// <summary>The outcome's wording, with "(contested by staff)" when staff could not agree on it (for the PDF and Word versions).</summary>
    public string Name(OutcomeResult o) => IsContested(o) ? $"{o.Outcome} (contested by staff)" : o.Outcome;

    public bool IsContested(OutcomeResult o) => Contested.Contains(o.Outcome.Trim());

    public bool AnyContested => Families.Analysis.Outcomes.Any(IsContested);

    /// <summary>How many celebrations and development areas the brief summary repeats from the staff report.</summary>
    public const int StaffHighlights = 5;

    public const string NoStaffRound = "No staff survey round has closed, so there are no staff findings to summarise.";

    public static async Task<LocalReport?> LoadAsync(PoetDb db, int pid, IMemoryCache? cache = null, CancellationToken ct = default)
    {
        var families = await UcReport.LoadAsync(db, pid, cache, ct);
        if (families is null) return null;
        var name = await db.Partnerships.Where(p => p.Id == pid).Select(p => p.Name).SingleAsync(ct);
        var rid = await db.Rounds.Where(r => r.PartnershipId == pid && r.Status == RoundStatus.Closed)
            .OrderByDescending(r => r.ClosesOn).ThenByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        var staff = rid is { } id ? await HealthReport.LoadAsync(db, pid, id, ReportView.Team, cache, ct) : null;
        var steps = Analysis.UsersCarers.NextSteps.Suggest(families.Analysis, families.SeriousToStaffNotFamilies.Select(b => b.Text).ToArray(), families.Missing.Select(g => g.Label).ToArray(),
            staff?.Developments.Select(d => d.Text).ToArray() ?? []);
        return new LocalReport(name, staff, families, steps, await CurrentAgreedList.ContestedAsync(db, pid, ct));
    }

    /// <summary>The outcomes in the families' order of importance (share saying very important), those rated by fewer than 5 left out.</summary>
    public IReadOnlyList<OutcomeResult> Valued => Families.Analysis.Outcomes.Where(o => o.ImportanceShown)
        .OrderByDescending(o => o.VeryImportantPercent).ThenBy(o => o.Index).ToArray();

    public static string Percent(double? p) => ReportFormat.Percent(p);

    public static string Delivered(OutcomeResult o) => DeliveredPercent(o) is { } p ? Percent(p) : "Hidden";

    /// <summary>The share saying it always or usually happens, or null when fewer than 5 said how often (hidden).</summary>
    public static double? DeliveredPercent(OutcomeResult o) =>
        o.HappensShown && o.HappensKnown >= Analysis.Disclosure.Suppression.MinimumCellSize ? o.AlwaysOrUsuallyPercent : null;

    /// <summary>Rho in words, with its 95% interval when there is one (RankComparison.Interval).</summary>
    public static string Rho(RankComparisonResult c) => c.Rho is not { } rho
        ? "The rank correlation cannot be computed."
        : $"Spearman's rank correlation between the staff order and the families' order: {rho:0.00} (1 is the same order, 0 no relation, -1 the opposite order)."
          + (c.RhoLower is { } lo && c.RhoUpper is { } hi
              ? $" With {Wording.Count(c.Outcomes.Count, "outcome")} compared, the true value could lie anywhere from {lo:0.00} to {hi:0.00} (95% interval)."
              : "");

    public const string RanksCaption = "Every outcome's place in the families' order and in the staff order (1 = most important; tied outcomes share the average of their places).";

    /// <summary>Every compared outcome, in the families' order.</summary>
    public static IReadOnlyList<RankedOutcome> Ranks(RankComparisonResult c) => c.Outcomes.OrderBy(o => o.UserRank).ThenBy(o => o.StaffRank).ToArray();

    public static string Rank(double rank) => rank.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Why small differences in rank are not listed.</summary>
    public static string DifferencesNote =>
        $"Only outcomes whose two ranks are at least {RankComparison.MinimumRankDifference:0} places apart are listed; smaller moves are within what a few answers either way could change.";
}
