namespace Poet.Analysis.National;

/// <summary>
/// One opted-in round as the disclosure rules see it. <c>Codes</c> maps a characteristic (dimension id) to the
/// partnership's code, "" when not stated; <c>Frames</c> is a set of flags, of which a partnership may hold several.
/// </summary>
public sealed record PoolMember(int Round, int Partnership, int Year, IReadOnlyDictionary<string, string> Codes, int Frames);

/// <summary>A national selection: a code per filtered characteristic, one frame flag, a year range; anything absent is "any".</summary>
public sealed record PoolFilter(IReadOnlyDictionary<string, string> Codes, int? Frame = null, int? FromYear = null, int? ToYear = null)
{
    public const string FrameDimension = "frame", YearDimension = "year";

    public static PoolFilter Everything { get; } = new(new Dictionary<string, string>());

    /// <summary>Whether the member matches every filter except <paramref name="relaxed"/> (null: every filter).</summary>
    public bool Matches(PoolMember m, string? relaxed = null) =>
        Codes.All(c => c.Key == relaxed || m.Codes.GetValueOrDefault(c.Key, "") == c.Value)
        && (Frame is not { } f || relaxed == FrameDimension || (m.Frames & f) != 0)
        && (relaxed == YearDimension || ((FromYear is not { } from || m.Year >= from) && (ToYear is not { } to || m.Year <= to)));

    /// <summary>The filters in force, by dimension id.</summary>
    public IEnumerable<string> Active =>
        Codes.Keys.Concat(Frame is null ? [] : [FrameDimension]).Concat(FromYear is null && ToYear is null ? [] : [YearDimension]);
}

/// <summary>Whether a selection may be shown; <c>BlockedBy</c> names the filter whose relaxation would expose a small group.</summary>
public sealed record Verdict(bool Shown, int Partnerships, int Rounds, string? BlockedBy)
{
    public bool TooFew => !Shown && BlockedBy is null;
}

/// <summary>
/// Disclosure control for the national dataset, where the unit to protect is a partnership.
/// <para>
/// Categories of one characteristic (the regions, say, within a selection) are suppressed like cells of a table: every
/// category with fewer than <see cref="MinimumPartnerships"/> partnerships is hidden, then further categories (smallest
/// first) until the hidden ones together hold none or at least that many partnerships, so subtracting the shown
/// categories from their total never isolates fewer than five.
/// </para>
/// <para>
/// A selection is shown only if it holds at least five partnerships and, for every filter in force, its value is a
/// category that the same suppression leaves visible among the rounds matching the other filters. A year range is
/// shown if it contains none or all of the hidden years. Hence relaxing any one filter adds none or at least five
/// partnerships, and comparing two year ranges, or a category with the rest of its characteristic, never isolates
/// fewer than five. Not covered: differences across two or more filters changed at once, which cannot be ruled out
/// without auditing every query a user has made.
/// </para>
/// </summary>
public static class NationalDisclosure
{
    public const int MinimumPartnerships = 5;

    /// <summary>Which categories to hide, given the partnerships in each (in display order).</summary>
    public static bool[] HideCategories(IReadOnlyList<IReadOnlySet<int>> partnerships)
    {
        ArgumentNullException.ThrowIfNull(partnerships);
        var hidden = partnerships.Select(p => p.Count < MinimumPartnerships).ToArray();
        while (HiddenPartnerships(partnerships, hidden) is > 0 and < MinimumPartnerships)
        {
            var next = -1;
            for (var i = 0; i < hidden.Length; i++)
                if (!hidden[i] && (next < 0 || partnerships[i].Count < partnerships[next].Count)) next = i;
            if (next < 0) break;
            hidden[next] = true;
        }
        return hidden;
    }

    public static Verdict Assess(IReadOnlyList<PoolMember> pool, PoolFilter filter)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(filter);
        var selected = pool.Where(m => filter.Matches(m)).ToArray();
        var partnerships = selected.Select(m => m.Partnership).Distinct().Count();
        if (partnerships < MinimumPartnerships) return new Verdict(false, partnerships, selected.Length, null);
        foreach (var dimension in filter.Active)
        {
            var rest = pool.Where(m => filter.Matches(m, dimension)).ToArray();
            if (!Visible(rest, filter, dimension)) return new Verdict(false, partnerships, selected.Length, dimension);
        }
        return new Verdict(true, partnerships, selected.Length, null);
    }

    /// <summary>Categories of one characteristic within a shown selection, in order, with whether each may be shown.</summary>
    public static IReadOnlyList<(string Category, bool Shown)> Breakdown(IReadOnlyList<PoolMember> selected, Func<PoolMember, string> category,
        IReadOnlyList<string>? order = null)
    {
        var groups = selected.GroupBy(category).ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(m => m.Partnership).ToHashSet());
        var keys = (order ?? []).Where(groups.ContainsKey).Concat(groups.Keys.Where(k => order is null || !order.Contains(k)).Order(StringComparer.Ordinal)).ToArray();
        var hidden = HideCategories(keys.Select(k => groups[k]).ToArray());
        return keys.Select((k, i) => (k, !hidden[i])).ToArray();
    }

    private static bool Visible(PoolMember[] rest, PoolFilter filter, string dimension)
    {
        if (dimension == PoolFilter.YearDimension)
        {
            var years = Breakdown(rest, m => m.Year.ToString("D4"));
            bool Inside(string year) => (filter.FromYear is not { } f || int.Parse(year) >= f) && (filter.ToYear is not { } t || int.Parse(year) <= t);
            var hiddenYears = years.Where(y => !y.Shown).Select(y => y.Category).ToArray();
            return hiddenYears.All(y => !Inside(y)) || hiddenYears.All(Inside);
        }
        var key = dimension == PoolFilter.FrameDimension
            ? (Func<PoolMember, string>)(m => (m.Frames & filter.Frame!.Value) != 0 ? "yes" : "no")
            : m => m.Codes.GetValueOrDefault(dimension, "");
        var wanted = dimension == PoolFilter.FrameDimension ? "yes" : filter.Codes[dimension];
        return Breakdown(rest, key).Any(c => c.Category == wanted && c.Shown);
    }

    private static int HiddenPartnerships(IReadOnlyList<IReadOnlySet<int>> partnerships, bool[] hidden) =>
        partnerships.Where((_, i) => hidden[i]).SelectMany(p => p).Distinct().Count();
}
