using MathNet.Numerics.Statistics;
using Poet.Analysis.Text;

namespace Poet.Analysis.UsersCarers;

/// <summary>An outcome in both orders. Rank 1 is the highest score; tied scores share the average of their ranks.</summary>
public sealed record RankedOutcome(string Outcome, double StaffScore, double UserScore, double StaffRank, double UserRank)
{
    /// <summary>Positive when users and carers place it lower than staff do.</summary>
    public double Difference => UserRank - StaffRank;
}

/// <summary>Spearman's rho (null when it cannot be computed), the caveats that apply, and the outcomes ranked most differently.</summary>
/// <param name="RhoLower">Lower end of the 95% interval for rho (Fisher's z with Bonett and Wright's 2000 standard
/// error, sqrt((1 + rho²/2) / (n - 3))); null with fewer than 4 outcomes or when rho is ±1.</param>
public sealed record RankComparisonResult(IReadOnlyList<RankedOutcome> Outcomes, double? Rho, IReadOnlyList<string> Caveats, IReadOnlyList<RankedOutcome> LargestDisagreements,
    double? RhoLower = null, double? RhoUpper = null);

/// <summary>
/// Staff priority order against the users' and carers' importance order. Spearman's rank correlation is the
/// Pearson correlation of the two rank vectors with ties given their average rank (MathNet <c>Correlation.Spearman</c>,
/// as R's <c>cor(x, y, method = "spearman")</c>).
/// </summary>
public static class RankComparison
{
    /// <summary>Below this many outcomes one outcome moving changes rho a lot.</summary>
    public const int MinimumOutcomes = 10;

    /// <summary>Below this many respondents the users' order itself is shaky. POET's choice; the sources give none.</summary>
    public const int MinimumRespondents = 20;

    public const int DisagreementsListed = 3;

    /// <summary>
    /// An outcome is listed as ranked differently only when the two ranks are at least this many places apart, so a
    /// half-place shuffle among ties never becomes advice (issue 16).
    /// </summary>
    public const double MinimumRankDifference = 2;

    /// <summary>The 95% interval for Spearman's rho: Fisher's z with Bonett and Wright's (2000) standard error.</summary>
    public static (double Lower, double Upper)? Interval(double rho, int n, double confidenceLevel = 0.95)
    {
        if (n < 4 || Math.Abs(rho) >= 1) return null;
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, (1 + confidenceLevel) / 2);
        var se = Math.Sqrt((1 + rho * rho / 2) / (n - 3));
        var centre = Math.Atanh(rho);
        return (Math.Tanh(centre - z * se), Math.Tanh(centre + z * se));
    }

    public static RankComparisonResult Compare(IReadOnlyList<(string Outcome, double StaffScore, double UserScore)> rows, int respondents)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var staffRanks = Ranks(rows.Select(r => r.StaffScore));
        var userRanks = Ranks(rows.Select(r => r.UserScore));
        var ranked = rows.Select((r, i) => new RankedOutcome(r.Outcome, r.StaffScore, r.UserScore, staffRanks[i], userRanks[i])).ToArray();

        var caveats = new List<string>();
        double? rho = null;
        if (rows.Count < 3)
            caveats.Add($"Only {Wording.Count(rows.Count, "outcome")} {Wording.HasHave(rows.Count)} both a staff priority and enough ratings, so the two orders cannot be compared.");
        else if (rows.Select(r => r.StaffScore).Distinct().Count() == 1 || rows.Select(r => r.UserScore).Distinct().Count() == 1)
            caveats.Add("Every outcome has the same score on one side, so there is no order to compare.");
        else
            rho = Correlation.Spearman(rows.Select(r => r.StaffScore), rows.Select(r => r.UserScore));

        if (rows.Count is >= 3 and < MinimumOutcomes)
            caveats.Add($"Only {rows.Count} outcomes are compared; with fewer than {MinimumOutcomes} one outcome moving changes the correlation a lot, so read it as a rough guide.");
        if (respondents < MinimumRespondents)
            caveats.Add($"Only {respondents} users and carers rated the outcomes; with fewer than {MinimumRespondents} their order may change with a few more answers.");

        var largest = ranked.Where(r => Math.Abs(r.Difference) >= MinimumRankDifference)
            .OrderByDescending(r => Math.Abs(r.Difference)).ThenBy(r => Array.IndexOf(ranked, r))
            .Take(DisagreementsListed).ToArray();
        var interval = rho is { } r0 ? Interval(r0, rows.Count) : null;
        return new RankComparisonResult(ranked, rho, caveats, largest, interval?.Lower, interval?.Upper);
    }

    /// <summary>Rank 1 for the highest value; ties get the average of the ranks they span.</summary>
    public static double[] Ranks(IEnumerable<double> scores) =>
        Statistics.Ranks(scores.Select(s => -s), RankDefinition.Average);
}
