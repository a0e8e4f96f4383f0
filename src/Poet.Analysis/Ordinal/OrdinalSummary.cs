namespace Poet.Analysis.Ordinal;

/// <summary>
/// Counts, percentages and quantiles for ordinal (Likert) items. No means, by design. The median and quartiles are
/// those of the substantive answers only: "Don't know" means "did not understand or does not apply" (brief section
/// 3.3), not a neutral middle, so it is left out of every order statistic and its share is reported beside them.
/// </summary>
public static class OrdinalSummary
{
    /// <summary>Summarises raw answers (null = missing) on the staff scale or the given scale.</summary>
    public static ItemSummary Summarise(IEnumerable<int?> answers, LikertScale? scale = null) =>
        Summarise(Distribution.FromAnswers(answers, scale), scale);

    /// <summary>Summarises from counts, so the cost does not grow with the number of responses.</summary>
    public static ItemSummary Summarise(Distribution distribution, LikertScale? scale = null)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        scale ??= LikertScale.Staff;
        if (distribution.Counts.Count != scale.Size)
            throw new ArgumentException($"The distribution has {distribution.Counts.Count} counts but the scale has {scale.Size} options.", nameof(distribution));

        var answered = distribution.Answered;
        int CountOf(Stance stance) =>
            scale.Options.Where(o => o.Stance == stance).Sum(o => distribution.Counts[o.Code - 1]);
        var agree = CountOf(Stance.Agree);
        var disagree = CountOf(Stance.Disagree);
        var dontKnow = CountOf(Stance.DontKnow);
        var substantive = agree + disagree;

        var options = scale.Options
            .Select(o => new OptionCount(o.Code, o.Label, distribution.Counts[o.Code - 1], Percent(distribution.Counts[o.Code - 1], answered)))
            .ToArray();

        var ordered = Substantive(distribution, scale);
        var q1 = QuantileType1(ordered, 0.25);
        var q3 = QuantileType1(ordered, 0.75);
        return new ItemSummary(
            options, answered, distribution.Missing, dontKnow, substantive, agree, disagree,
            DontKnowPercent: Percent(dontKnow, answered),
            AgreePercent: Percent(agree, substantive),
            DisagreePercent: Percent(disagree, substantive),
            AgreePercentOfAnswered: Percent(agree, answered),
            DisagreePercentOfAnswered: Percent(disagree, answered),
            Median: MedianCategory(ordered),
            LowerQuartile: q1,
            UpperQuartile: q3,
            InterquartileRange: q1 is { } lo && q3 is { } hi ? SubstantiveSteps(scale, lo, hi) : null);
    }

    /// <summary>
    /// How many options with a view lie above <paramref name="lower"/> up to <paramref name="upper"/>: Disagree to Agree
    /// is 1 step, because "Don't know" is not a point on the scale between them (issue 16).
    /// </summary>
    public static int SubstantiveSteps(LikertScale scale, int lower, int upper) =>
        scale.Options.Count(o => o.Stance != Stance.DontKnow && o.Code > lower && o.Code <= upper);

    /// <summary>The same counts with every "Don't know" option emptied: what medians, quartiles and rank tests use.</summary>
    public static Distribution Substantive(Distribution distribution, LikertScale? scale = null)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        scale ??= LikertScale.Staff;
        var counts = distribution.Counts.ToArray();
        foreach (var option in scale.Options.Where(o => o.Stance == Stance.DontKnow)) counts[option.Code - 1] = 0;
        return new Distribution(counts, distribution.Missing);
    }

    /// <summary>Median code by R quantile type 1: the lower median when answers split evenly. Null when nobody answered.</summary>
    public static int? MedianCategory(Distribution distribution) => QuantileType1(distribution, 0.5);

    /// <summary>
    /// The p-quantile of the answered codes by R's <c>quantile(x, p, type = 1)</c> (Hyndman and Fan
    /// definition 1, the inverse of the empirical distribution function; Math.NET
    /// <c>QuantileDefinition.R1</c>): the code at sorted position ceil(n·p), or position 1 when p = 0.
    /// Always an actual code, never an interpolated value. Null when nobody answered.
    /// </summary>
    public static int? QuantileType1(Distribution distribution, double p)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        if (double.IsNaN(p) || p < 0 || p > 1)
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must be between 0 and 1.");
        var n = distribution.Answered;
        if (n == 0) return null;
        // A tiny tolerance so that, e.g., 30 * 0.1 = 3.0000000000000004 gives position 3, not 4.
        var position = Math.Max(1, (long)Math.Ceiling(n * p - 1e-9 * n));
        long cumulative = 0;
        for (var i = 0; i < distribution.Counts.Count; i++)
        {
            cumulative += distribution.Counts[i];
            if (cumulative >= position) return i + 1;
        }
        return distribution.Counts.Count;
    }

    internal static double? Percent(int part, int whole) => whole == 0 ? null : 100.0 * part / whole;
}
