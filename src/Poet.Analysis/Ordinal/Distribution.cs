namespace Poet.Analysis.Ordinal;

/// <summary>
/// Answers to one item as counts: <c>Counts[i]</c> = respondents who chose code i + 1;
/// <c>Missing</c> = respondents who left the item blank. Likert data never get a mean.
/// Memory is one integer per option, so 10,000 responses to 60 items are 60 of these.
/// </summary>
public sealed record Distribution
{
    public IReadOnlyList<int> Counts { get; }
    public int Missing { get; }

    public Distribution(IReadOnlyList<int> Counts, int Missing = 0)
    {
        ArgumentNullException.ThrowIfNull(Counts);
        if (Counts.Count < 2)
            throw new ArgumentException("A distribution needs a count for at least two options.", nameof(Counts));
        if (Counts.Any(c => c < 0))
            throw new ArgumentOutOfRangeException(nameof(Counts), "Counts cannot be negative.");
        ArgumentOutOfRangeException.ThrowIfNegative(Missing);
        this.Counts = Counts.ToArray();
        this.Missing = Missing;
    }

    /// <summary>Respondents who chose any option (missing answers excluded).</summary>
    public int Answered => Counts.Sum();

    /// <summary>Answered plus missing.</summary>
    public int Total => Answered + Missing;

    /// <summary>Tallies raw answers (null = missing) into counts, streaming: nothing is buffered.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An answer is not a code on the scale.</exception>
    public static Distribution FromAnswers(IEnumerable<int?> answers, LikertScale? scale = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        scale ??= LikertScale.Staff;
        var counts = new int[scale.Size];
        var missing = 0;
        foreach (var answer in answers)
        {
            if (answer is not { } code) { missing++; continue; }
            if (!scale.Contains(code))
                throw new ArgumentOutOfRangeException(nameof(answers), code, $"Answer {code} is not on the scale (1 to {scale.Size}).");
            counts[code - 1]++;
        }
        return new Distribution(counts, missing);
    }

    /// <summary>
    /// Tallies many responses (each a row of answers, one per item, null = missing) into one
    /// distribution per item in a single pass. Memory is proportional to items, not responses.
    /// A row shorter than <paramref name="itemCount"/> counts as missing for the remaining items.
    /// </summary>
    public static IReadOnlyList<Distribution> FromResponses(
        IEnumerable<IReadOnlyList<int?>> responses, int itemCount, LikertScale? scale = null)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        scale ??= LikertScale.Staff;
        var counts = new int[itemCount, scale.Size];
        var missing = new int[itemCount];
        foreach (var row in responses)
        {
            if (row.Count > itemCount)
                throw new ArgumentException($"A response has {row.Count} answers but there are {itemCount} items.", nameof(responses));
            for (var item = 0; item < itemCount; item++)
            {
                var answer = item < row.Count ? row[item] : null;
                if (answer is not { } code) { missing[item]++; continue; }
                if (!scale.Contains(code))
                    throw new ArgumentOutOfRangeException(nameof(responses), code, $"Answer {code} to item {item + 1} is not on the scale (1 to {scale.Size}).");
                counts[item, code - 1]++;
            }
        }
        var result = new Distribution[itemCount];
        for (var item = 0; item < itemCount; item++)
        {
            var row = new int[scale.Size];
            for (var o = 0; o < scale.Size; o++) row[o] = counts[item, o];
            result[item] = new Distribution(row, missing[item]);
        }
        return result;
    }

    public bool Equals(Distribution? other) =>
        other is not null && Missing == other.Missing && Counts.SequenceEqual(other.Counts);

    public override int GetHashCode() =>
        Counts.Aggregate(Missing, HashCode.Combine);
}
