using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using Poet.Analysis.Ordinal;

namespace Poet.Analysis.Change;

/// <summary>
/// Wilcoxon rank-sum / Mann-Whitney U, normal approximation, as R's
/// <c>wilcox.test(x, y, exact = FALSE, correct = …)</c>: <c>W</c> is the rank sum of x minus nx(nx+1)/2,
/// ties get mid-ranks, the variance carries the tie correction
/// nx·ny/12 · ((N+1) − Σ(t³−t)/(N(N−1))), and with <c>correct</c> the statistic moves 0.5 towards
/// the mean. Two-sided p-value from <see cref="Normal"/>.
/// </summary>
/// <param name="W">R's W: the Mann-Whitney U of x.</param>
/// <param name="Z">Standardised statistic; positive when x tends to higher codes than y.</param>
/// <param name="PValue">Two-sided p-value.</param>
public sealed record MannWhitneyResult(double W, double Z, double PValue, bool ContinuityCorrection);

/// <summary>Pearson's chi-square test of homogeneity on the 2 × k table of answered counts (options nobody chose are dropped).</summary>
/// <param name="SmallExpectedCounts">Some expected count is under 5: R warns "Chi-squared approximation may be incorrect".</param>
public sealed record ChiSquareResult(double Statistic, int DegreesOfFreedom, double PValue, bool SmallExpectedCounts);

/// <summary>
/// Cliff's delta: P(x above y) − P(x below y) over every pair of one answer from each group, from −1 (every x below
/// every y) to +1, with its confidence interval. The variance is Cliff's (1996) consistent estimate and the interval
/// Cliff's (1993) asymmetric one, with a normal quantile: R's <c>effsize::cliff.delta(x, y, use.unbiased = FALSE,
/// use.normal = TRUE)</c> (Torchiano, effsize 0.8).
/// </summary>
public sealed record CliffsDeltaResult(double Delta, double Lower, double Upper, double Variance, double ConfidenceLevel);

public static class RankTests
{
    /// <summary>Cliff's delta of x over y on the answered codes; null when a group has fewer than 2 answers (no variance).</summary>
    public static CliffsDeltaResult? CliffsDelta(Distribution x, Distribution y, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Counts.Count != y.Counts.Count)
            throw new ArgumentException("Both distributions must be on the same scale.", nameof(y));
        double n1 = x.Answered, n2 = y.Answered;
        if (n1 < 2 || n2 < 2) return null;
        var k = x.Counts.Count;
        // Row means d_a. (an x answer with code a against every y) and column means d_.b, by code.
        var row = new double[k];
        var column = new double[k];
        for (var a = 0; a < k; a++)
            for (var b = 0; b < k; b++)
            {
                row[a] += Math.Sign(a - b) * y.Counts[b] / n2;
                column[b] += Math.Sign(a - b) * x.Counts[a] / n1;
            }
        double d = 0;
        for (var a = 0; a < k; a++) d += x.Counts[a] * row[a] / n1;
        double si = 0, sj = 0, sij = 0;
        for (var a = 0; a < k; a++)
        {
            si += x.Counts[a] * (row[a] - d) * (row[a] - d);
            sj += y.Counts[a] * (column[a] - d) * (column[a] - d);
            for (var b = 0; b < k; b++) sij += (double)x.Counts[a] * y.Counts[b] * (Math.Sign(a - b) - d) * (Math.Sign(a - b) - d);
        }
        si /= n1 - 1;
        sj /= n2 - 1;
        sij /= (n1 - 1) * (n2 - 1);
        var variance = ((n2 - 1) * si + (n1 - 1) * sj + sij) / (n1 * n2);
        var z = Normal.InvCDF(0, 1, (1 + confidenceLevel) / 2);
        var denominator = 1 - d * d + z * z * variance;
        if (denominator <= 0) return new CliffsDeltaResult(d, d, d, variance, confidenceLevel);
        var spread = z * Math.Sqrt(variance) * Math.Sqrt((1 - d * d) * (1 - d * d) + z * z * variance);
        return new CliffsDeltaResult(d, (d - d * d * d - spread) / denominator, (d - d * d * d + spread) / denominator, variance, confidenceLevel);
    }

    /// <summary>Mann-Whitney U on the answered codes of two distributions; null when every answer is the same code (no variance).</summary>
    public static MannWhitneyResult? MannWhitney(Distribution x, Distribution y, bool continuityCorrection = true)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Counts.Count != y.Counts.Count)
            throw new ArgumentException("Both distributions must be on the same scale.", nameof(y));
        double nx = x.Answered, ny = y.Answered, n = nx + ny;
        if (nx == 0 || ny == 0) return null;

        double below = 0, rankSumX = 0, tieTerm = 0;
        for (var k = 0; k < x.Counts.Count; k++)
        {
            double t = x.Counts[k] + y.Counts[k];
            if (t == 0) continue;
            var midRank = below + (t + 1) / 2;
            rankSumX += x.Counts[k] * midRank;
            tieTerm += t * t * t - t;
            below += t;
        }
        var w = rankSumX - nx * (nx + 1) / 2;
        var variance = nx * ny / 12 * ((n + 1) - tieTerm / (n * (n - 1)));
        if (variance <= 0) return null;
        var centred = w - nx * ny / 2;
        var correction = continuityCorrection ? 0.5 * Math.Sign(centred) : 0;
        var z = (centred - correction) / Math.Sqrt(variance);
        // The lower tail of -|z|, not 1 - CDF: no cancellation, so tiny p-values do not round to 0.
        var p = 2 * Normal.CDF(0, 1, -Math.Abs(z));
        return new MannWhitneyResult(w, z, Math.Min(1, p), continuityCorrection);
    }

    /// <summary>
    /// Pearson chi-square as R's <c>chisq.test(rbind(x, y), correct = FALSE)</c> after dropping empty columns;
    /// p-value from <see cref="ChiSquared"/>. Null when fewer than two options were used.
    /// </summary>
    public static ChiSquareResult? ChiSquare(Distribution x, Distribution y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Counts.Count != y.Counts.Count)
            throw new ArgumentException("Both distributions must be on the same scale.", nameof(y));
        double nx = x.Answered, ny = y.Answered, n = nx + ny;
        if (nx == 0 || ny == 0) return null;
        var columns = Enumerable.Range(0, x.Counts.Count).Where(k => x.Counts[k] + y.Counts[k] > 0).ToArray();
        if (columns.Length < 2) return null;

        double statistic = 0;
        var small = false;
        foreach (var k in columns)
        {
            double column = x.Counts[k] + y.Counts[k];
            foreach (var (observed, row) in new[] { (x.Counts[k], nx), (y.Counts[k], ny) })
            {
                var expected = row * column / n;
                small |= expected < 5;
                statistic += (observed - expected) * (observed - expected) / expected;
            }
        }
        var df = columns.Length - 1;
        // The survival function directly (R: pchisq(x, df, lower.tail = FALSE)): 1 - CDF rounds to 0 below about 1e-16.
        return new ChiSquareResult(statistic, df, SpecialFunctions.GammaUpperRegularized(df / 2.0, statistic / 2.0), small);
    }
}
