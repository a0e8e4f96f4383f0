namespace Poet.Analysis.Rules;

/// <summary>
/// A response rate kept as counts; the percentage is always computed, never stored (brief section 5:
/// printed pilot percentages do not match their own counts).
/// </summary>
public sealed record ResponseRate
{
    public int Invited { get; }
    public int Responded { get; }

    public ResponseRate(int invited, int responded)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(invited);
        ArgumentOutOfRangeException.ThrowIfNegative(responded);
        if (responded > invited)
            throw new ArgumentException($"{responded} responses is more than the {invited} people invited.", nameof(responded));
        Invited = invited;
        Responded = responded;
    }

    /// <summary>Responded as a percentage of invited; null when nobody was invited.</summary>
    public double? Percent => Invited == 0 ? null : 100.0 * Responded / Invited;

    /// <summary>The percentage rounded to a whole number, halves away from zero (how reports print it).</summary>
    public int? RoundedPercent => Invited == 0 ? null : (int)Math.Round(100m * Responded / Invited, MidpointRounding.AwayFromZero);

    public bool MeetsThreshold(ResponseThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        return Responded >= threshold.RequiredResponses(Invited);
    }
}

/// <summary>The response needed before a partnership's results are reported: a percentage of invited, or a count.</summary>
public abstract record ResponseThreshold
{
    private ResponseThreshold() { }

    /// <summary>Responses needed from <paramref name="invited"/> people.</summary>
    public abstract int RequiredResponses(int invited);

    /// <summary>At least this percentage of those invited, rounded up to whole people (DLDS: 30% of 600 = 180).</summary>
    public sealed record PercentOfInvited : ResponseThreshold
    {
        public decimal Percent { get; }

        public PercentOfInvited(decimal percent)
        {
            if (percent < 0 || percent > 100)
                throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentage threshold must be between 0 and 100.");
            Percent = percent;
        }

        public override int RequiredResponses(int invited) => (int)Math.Ceiling(Percent * invited / 100m);
    }

    /// <summary>At least this many responses, whatever the number invited.</summary>
    public sealed record Count : ResponseThreshold
    {
        public int Responses { get; }

        public Count(int responses)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(responses);
            Responses = responses;
        }

        public override int RequiredResponses(int invited) => Responses;
    }
}

/// <summary>
/// A survey's returns: people invited, questionnaires submitted, and those usable after excluding
/// incomplete ones (brief section 4, rule 6). Rates come from the counts.
/// </summary>
public sealed record SurveyReturns
{
    public int Invited { get; }
    public int Submitted { get; }
    public int Usable { get; }

    public SurveyReturns(int Invited, int Submitted, int Usable)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Usable);
        if (Usable > Submitted || Submitted > Invited)
            throw new ArgumentException($"Expected usable ({Usable}) ≤ submitted ({Submitted}) ≤ invited ({Invited}).");
        this.Invited = Invited;
        this.Submitted = Submitted;
        this.Usable = Usable;
    }

    public ResponseRate SubmittedRate => new(Invited, Submitted);
    public ResponseRate UsableRate => new(Invited, Usable);
    public int Excluded => Submitted - Usable;
}
