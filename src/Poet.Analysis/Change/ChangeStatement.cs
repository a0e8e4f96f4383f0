using System.Globalization;

namespace Poet.Analysis.Change;

/// <summary>
/// The words a report prints for one change over time (issue 16): the direction first, from the rank test and
/// Cliff's delta on the substantive answers, then the effect size with its interval, then the test. A p-value is
/// never printed as 0: below 0.001 it reads "p &lt; 0.001" (APA style).
/// </summary>
public static class ChangeStatement
{
    public const double Significance = 0.05;

    public static string PValue(double p) =>
        p < 0.001 ? "p < 0.001" : "p = " + p.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Number(double x) => x.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    public static string Describe(ChangeResult c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.NoTestReason is { } reason) return reason;
        if (c.MannWhitney is { } mw)
        {
            var effect = c.Effect is { } e
                ? $"Cliff's delta {Number(e.Delta)}, {e.ConfidenceLevel.ToString("0%", CultureInfo.InvariantCulture)} CI {Number(e.Lower)} to {Number(e.Upper)}; "
                : "";
            var test = $"({effect}Mann-Whitney {PValue(mw.PValue)})";
            if (mw.PValue >= Significance) return $"No clear change {test}";
            var more = mw.Z > 0;
            var direction = more ? "More agreement now" : "Less agreement now";
            // % agree counts only the agree end; the rank test weighs every answer, so the two can point different ways.
            var contradicts = c.AgreeChangePoints is { } points && (more ? points < 0 : points > 0);
            var caveat = contradicts
                ? (more ? ": % agree fell, but answers overall moved towards agreement" : ": % agree rose, but answers overall moved towards disagreement")
                : "";
            return $"{direction}{caveat} {test}";
        }
        if (c.ChiSquare is { } chi)
            return chi.PValue < Significance
                ? $"The answers differ, in no stated direction (chi-square {PValue(chi.PValue)})"
                : $"No clear difference (chi-square {PValue(chi.PValue)})";
        return "–";
    }
}
