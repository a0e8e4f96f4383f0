namespace Poet.Analysis.Ordinal;

/// <summary>Which side of the scale an option sits on.</summary>
public enum Stance
{
    Disagree,
    /// <summary>The middle point. On the staff scale it means "don't know" (brief 3.2, 3.3).</summary>
    DontKnow,
    Agree,
}

/// <summary>One answer option: its code (an ordinal label, not a quantity), its label and its stance.</summary>
public sealed record LikertOption(int Code, string Label, Stance Stance);

/// <summary>
/// A response scale as data. Codes run 1..k in order; <c>Distribution.Counts[i]</c> counts code i + 1.
/// </summary>
public sealed record LikertScale
{
    public IReadOnlyList<LikertOption> Options { get; }

    public LikertScale(IReadOnlyList<LikertOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count < 2)
            throw new ArgumentException("A scale needs at least two options.", nameof(options));
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].Code != i + 1)
                throw new ArgumentException($"Option {i + 1} has code {options[i].Code}; codes must run 1, 2, 3 ... in order.", nameof(options));
        }
        Options = options.ToArray();
    }

    /// <summary>
    /// The POET staff scale (brief 3.2): 1 Strongly disagree, 2 Disagree, 3 Don't know (middle point),
    /// 4 Agree, 5 Strongly agree.
    /// </summary>
    public static LikertScale Staff { get; } = new(
    [
        new(1, "Strongly disagree", Stance.Disagree),
        new(2, "Disagree", Stance.Disagree),
        new(3, "Don't know", Stance.DontKnow),
        new(4, "Agree", Stance.Agree),
        new(5, "Strongly agree", Stance.Agree),
    ]);

    public int Size => Options.Count;

    public bool Contains(int code) => code >= 1 && code <= Options.Count;

    public bool Equals(LikertScale? other) =>
        other is not null && Options.SequenceEqual(other.Options);

    public override int GetHashCode() =>
        Options.Aggregate(Options.Count, (h, o) => HashCode.Combine(h, o));
}
