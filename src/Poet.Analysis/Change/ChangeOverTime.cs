using Poet.Analysis.Ordinal;

namespace Poet.Analysis.Change;

public enum ChangeTest
{
    /// <summary>Mann-Whitney U on the substantive answers (1, 2, 4, 5): Don't know is not a point on the scale, so it is left out.</summary>
    MannWhitney,
    /// <summary>Chi-square on the option counts: no order assumed, so Don't know is just another option.</summary>
    ChiSquare,
}

/// <summary>
/// One item in two rounds of the same partnership (brief section 4, rule 4: benchmark a partnership
/// against itself). The change is in percentage points of % agree over substantive answers (Don't know left out).
/// Exactly one of <c>MannWhitney</c>, <c>ChiSquare</c> and <c>NoTestReason</c> is set. With the Mann-Whitney,
/// <c>Effect</c> is Cliff's delta of the later round over the earlier on the same substantive answers: its sign is the
/// direction of change (positive: more agreement now), which % agree alone can contradict.
/// </summary>
public sealed record ChangeResult(
    ItemSummary Before,
    ItemSummary After,
    double? AgreeChangePoints,
    MannWhitneyResult? MannWhitney,
    ChiSquareResult? ChiSquare,
    string? NoTestReason,
    CliffsDeltaResult? Effect = null);

public static class ChangeOverTime
{
    /// <summary>The default minimum number of answers in each round before a test is run.</summary>
    public const int DefaultMinimumPerRound = 20;

    /// <summary>
    /// Compares one item between an earlier and a later round. A test is run only when both rounds
    /// have at least <paramref name="minimumPerRound"/> answers (missing excluded); otherwise
    /// <c>NoTestReason</c> says why. The Mann-Whitney is <c>wilcox.test(after, before, exact = FALSE,
    /// correct = continuityCorrection)</c> on the substantive answers (Don't know removed from both rounds), so a positive
    /// Z means more agreement after.
    /// </summary>
    public static ChangeResult Compare(
        Distribution before,
        Distribution after,
        int minimumPerRound = DefaultMinimumPerRound,
        ChangeTest test = ChangeTest.MannWhitney,
        bool continuityCorrection = true,
        LikertScale? scale = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumPerRound, 2);
        var b = OrdinalSummary.Summarise(before, scale);
        var a = OrdinalSummary.Summarise(after, scale);
        var change = a.AgreePercent - b.AgreePercent;

        if (b.Answered < minimumPerRound || a.Answered < minimumPerRound)
        {
            var reason = $"No test: each round needs at least {minimumPerRound} answers (earlier round {b.Answered}, later round {a.Answered}).";
            return new ChangeResult(b, a, change, null, null, reason);
        }
        if (test == ChangeTest.MannWhitney)
        {
            var (later, earlier) = (OrdinalSummary.Substantive(after, scale), OrdinalSummary.Substantive(before, scale));
            var mw = RankTests.MannWhitney(later, earlier, continuityCorrection);
            return mw is null
                ? new ChangeResult(b, a, change, null, null, "No test: every answer in both rounds is the same option.")
                : new ChangeResult(b, a, change, mw, null, null, RankTests.CliffsDelta(later, earlier));
        }
        var chi = RankTests.ChiSquare(after, before);
        return chi is null
            ? new ChangeResult(b, a, change, null, null, "No test: every answer in both rounds is the same option.")
            : new ChangeResult(b, a, change, null, chi, null);
    }
}
