namespace Poet.Analysis.National;

/// <summary>
/// One opted-in round as the disclosure rules see it. <c>Codes</c> maps a characteristic (dimension id) to the
/// partnership's code, "" when not stated; <c>Frames</c> is a set of flags, of which a partnership may hold several.
/// <c>Weight</c> is what the round adds to the pooled figures (usable responses, outcomes or answers): the dominance
/// rule compares partnerships by it.
/// </summary>
public sealed record PoolMember(int Round, int Partnership, int Year, IReadOnlyDictionary<string, string> Codes, int Frames, int Weight = 1);

/// <summary>A national selection: a code per filtered characteristic, one frame flag, a year range; anything absent is "any".</summary>
public sealed record PoolFilter(IReadOnlyDictionary<string, string> Codes, int? Frame = null, int? FromYear = null, int? ToYear = null)
{
    public const string FrameDimension = "frame", YearDimension = "year";

    /// <summary>The instrument version, held among a member's codes: a view's per-version tables are cells with this code fixed.</summary>
    public const string VersionDimension = "version";

    public static PoolFilter Everything { get; } = new(new Dictionary<string, string>());

    /// <summary>Whether the member matches every filter except <paramref name="relaxed"/> (null: every filter).</summary>
    public bool Matches(PoolMember m, string? relaxed = null) =>
        Codes.All(c => c.Key == relaxed || m.Codes.GetValueOrDefault(c.Key, "") == c.Value)
        && (Frame is not { } f || relaxed == FrameDimension || (m.Frames & f) != 0)
        && (relaxed == YearDimension || ((FromYear is not { } from || m.Year >= from) && (ToYear is not { } to || m.Year <= to)));

    /// <summary>The filters in force, by dimension id.</summary>
    public IEnumerable<string> Active =>
        Codes.Keys.Concat(Frame is null ? [] : [FrameDimension]).Concat(FromYear is null && ToYear is null ? [] : [YearDimension]);

    /// <summary>The same selection narrowed to one code of <paramref name="dimension"/> (a column of a comparison).</summary>
    public PoolFilter With(string dimension, string code) => new(new Dictionary<string, string>(Codes) { [dimension] = code }, Frame, FromYear, ToYear);

    /// <summary>The same selection narrowed to one year (a column of the change-across-years table); null when outside the range.</summary>
    public PoolFilter? InYear(int year) =>
        (FromYear is { } f && year < f) || (ToYear is { } t && year > t) ? null : this with { FromYear = year, ToYear = year };

    /// <summary>A canonical text of the selection, for caching verdicts.</summary>
    public string Key => string.Join('&', Codes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"))
                         + $"|{Frame}|{FromYear}|{ToYear}";
}

/// <summary>Why a selection is not shown.</summary>
public enum Withheld
{
    None,
    /// <summary>Fewer than five partnerships.</summary>
    TooFew,
    /// <summary>Removing the filter named in <see cref="Verdict.BlockedBy"/> adds 1 to 4 partnerships, or its value is hidden.</summary>
    Filter,
    /// <summary>Another selection the dashboard can show holds all but 1 to 4 of its partnerships (<see cref="Verdict.BlockedBy"/> names how).</summary>
    NearlyCovered,
    /// <summary>One partnership supplies more than <see cref="NationalDisclosure.DominanceShare"/> of what the selection pools.</summary>
    Dominated,
}

/// <summary>Whether a selection may be shown; <c>BlockedBy</c> names the characteristic behind a refusal, when there is one.</summary>
public sealed record Verdict(bool Shown, int Partnerships, int Rounds, string? BlockedBy, Withheld Reason = Withheld.None)
{
    public bool TooFew => Reason == Withheld.TooFew;
}

/// <summary>
/// Disclosure control for the national dataset, where the unit to protect is a partnership (docs/adr/0003-national-differencing.md).
/// <para>
/// Every number the dashboard shows or exports belongs to a <em>cell</em>: the rounds matching a selection (filters, plus a
/// version or a comparison column). A cell is shown only if <see cref="Assess"/> passes it, which checks, in order:
/// </para>
/// <list type="number">
/// <item>Threshold: at least <see cref="MinimumPartnerships"/> partnerships.</item>
/// <item>Dominance, the (1, 50%) rule: no single partnership supplies more than half the cell's weight.</item>
/// <item>Filters: for every filter in force whose removal gives a shown selection, its value is a category that
/// <see cref="HideCategories"/> leaves visible among the rounds matching the other filters (a year range must hold all
/// or none of the hidden years), so a shown total less its shown categories isolates no small group.</item>
/// <item>Near cover (the query-set audit): for every characteristic and every value the dashboard can restrict it to
/// (a code, a frame, a version, any year range), the cell's rounds outside that value hold no partnership or at least
/// five. Any other cell differs from this one only by rounds outside some such value, so the difference of two shown
/// cells, however many filters or columns separate them, holds no partnership or at least five.</item>
/// </list>
/// <para>
/// Within a table (the columns of a comparison, the versions of a view) every column that fails is hidden, and then
/// further columns, smallest first, until the hidden ones together hold no partnership or at least five, so that a
/// total less its shown columns isolates no small group either.
/// </para>
/// </summary>
public static class NationalDisclosure
{
    public const int MinimumPartnerships = 5;

    /// <summary>The (n, k) dominance rule with n = 1: the largest partnership may supply at most this share of a cell.</summary>
    public const double DominanceShare = 0.5;

    /// <summary>Which categories to hide, given the partnerships in each (in display order).</summary>
    public static bool[] HideCategories(IReadOnlyList<IReadOnlySet<int>> partnerships)
    {
        ArgumentNullException.ThrowIfNull(partnerships);
        return Complete(partnerships, partnerships.Select(p => p.Count < MinimumPartnerships).ToArray());
    }

    /// <summary>
    /// Starting from the categories already hidden, hides further ones (smallest first, then in order) until the hidden
    /// ones together hold no partnership or at least five.
    /// </summary>
    public static bool[] Complete(IReadOnlyList<IReadOnlySet<int>> partnerships, bool[] hidden)
    {
        ArgumentNullException.ThrowIfNull(partnerships);
        hidden = hidden.ToArray();
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

    public static Verdict Assess(IReadOnlyList<PoolMember> pool, PoolFilter filter) => new Assessor(pool).Assess(filter);

    /// <summary>
    /// Assesses cells of one pool, remembering each verdict (the filter rule consults the verdict on each relaxed
    /// selection, and a page assesses many overlapping cells).
    /// </summary>
    public sealed class Assessor(IReadOnlyList<PoolMember> pool)
    {
        private readonly Dictionary<string, Verdict> verdicts = new(StringComparer.Ordinal);

        public Verdict Assess(PoolFilter filter)
        {
            ArgumentNullException.ThrowIfNull(filter);
            var key = filter.Key;
            if (verdicts.TryGetValue(key, out var known)) return known;
            return verdicts[key] = Decide(filter);
        }

        private Verdict Decide(PoolFilter filter)
        {
            ArgumentNullException.ThrowIfNull(pool);
            var selected = pool.Where(m => filter.Matches(m)).ToArray();
            var partnerships = selected.Select(m => m.Partnership).Distinct().Count();
            if (partnerships < MinimumPartnerships) return new Verdict(false, partnerships, selected.Length, null, Withheld.TooFew);
            if (Dominated(selected)) return new Verdict(false, partnerships, selected.Length, null, Withheld.Dominated);
            foreach (var dimension in filter.Active)
            {
                // Only a shown wider selection can be set against this one, so only then must the value be visible in it.
                var wider = Relax(filter, dimension);
                if (!Assess(wider).Shown) continue;
                if (!Visible(wider, filter, dimension)) return new Verdict(false, partnerships, selected.Length, dimension, Withheld.Filter);
            }
            if (NearCover(selected) is { } cover) return new Verdict(false, partnerships, selected.Length, cover, Withheld.NearlyCovered);
            return new Verdict(true, partnerships, selected.Length, null);
        }

        private readonly Dictionary<string, IReadOnlyList<(string Category, bool Shown)>> breakdowns = new(StringComparer.Ordinal);

        /// <summary>Whether the filter's value on <paramref name="dimension"/> is visible in the breakdown of the wider selection (kept per wider selection).</summary>
        private bool Visible(PoolFilter wider, PoolFilter filter, string dimension)
        {
            var key = $"{wider.Key}#{dimension}#{(dimension == PoolFilter.FrameDimension ? filter.Frame : null)}";
            if (!breakdowns.TryGetValue(key, out var cells))
            {
                var rest = pool.Where(m => wider.Matches(m)).ToArray();
                Func<PoolMember, string> category = dimension switch
                {
                    PoolFilter.YearDimension => m => m.Year.ToString("D4"),
                    PoolFilter.FrameDimension => m => (m.Frames & filter.Frame!.Value) != 0 ? "yes" : "no",
                    _ => m => m.Codes.GetValueOrDefault(dimension, ""),
                };
                breakdowns[key] = cells = Breakdown(rest, category);
            }
            if (dimension == PoolFilter.YearDimension)
            {
                bool Inside(string year) => (filter.FromYear is not { } f || int.Parse(year) >= f) && (filter.ToYear is not { } t || int.Parse(year) <= t);
                var hiddenYears = cells.Where(y => !y.Shown).Select(y => y.Category).ToArray();
                return hiddenYears.All(y => !Inside(y)) || hiddenYears.All(Inside);
            }
            var wanted = dimension == PoolFilter.FrameDimension ? "yes" : filter.Codes[dimension];
            return cells.Any(c => c.Category == wanted && c.Shown);
        }
    }

    /// <summary>The selection without the filter on <paramref name="dimension"/>.</summary>
    public static PoolFilter Relax(PoolFilter filter, string dimension) => dimension switch
    {
        PoolFilter.FrameDimension => filter with { Frame = null },
        PoolFilter.YearDimension => filter with { FromYear = null, ToYear = null },
        _ => new PoolFilter(filter.Codes.Where(c => c.Key != dimension).ToDictionary(), filter.Frame, filter.FromYear, filter.ToYear),
    };

    /// <summary>Whether one partnership supplies more than <see cref="DominanceShare"/> of the members' total weight.</summary>
    public static bool Dominated(IReadOnlyCollection<PoolMember> members)
    {
        long total = members.Sum(m => (long)m.Weight);
        if (total <= 0) return false;
        var largest = members.GroupBy(m => m.Partnership).Max(g => g.Sum(m => (long)m.Weight));
        return largest > DominanceShare * total;
    }

    /// <summary>
    /// The characteristic by which some value the dashboard can select leaves 1 to 4 of the cell's partnerships outside
    /// it; null when there is none. Checked: every code of every coded characteristic (version included), every frame
    /// flag, and every run of consecutive years the cell holds (a year range selects exactly such a run).
    /// </summary>
    public static string? NearCover(IReadOnlyCollection<PoolMember> cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Count == 0) return null;
        static bool Small(int n) => n is > 0 and < MinimumPartnerships;
        var dimensions = cell.SelectMany(m => m.Codes.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var years = cell.Select(m => m.Year).Distinct().Order().ToArray();
        var yearBit = years.Select((y, i) => (y, i)).ToDictionary(x => x.y, x => x.i);
        var flags = cell.Aggregate(0, (a, m) => a | m.Frames);
        // One pass: per partnership, its years (as bits), the frame flags some round of it lacks, and per characteristic
        // its one code (null once it has two).
        var summaries = new Dictionary<int, Summary>();
        foreach (var m in cell)
        {
            if (!summaries.TryGetValue(m.Partnership, out var p))
                summaries[m.Partnership] = p = new Summary(dimensions.Select(d => m.Codes.GetValueOrDefault(d, "")).ToArray());
            p.Years |= 1UL << (yearBit[m.Year] & 63);
            p.Lacks |= ~m.Frames & flags;
            for (var d = 0; d < dimensions.Length; d++)
                if (p.Codes[d] is { } code && code != m.Codes.GetValueOrDefault(dimensions[d], "")) p.Codes[d] = null;
        }
        var partnerships = summaries.Values.ToArray();
        for (var d = 0; d < dimensions.Length; d++)
        {
            // Partnerships with a round outside code v: all of them less those whose every round has v.
            var onlyOne = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var p in partnerships) if (p.Codes[d] is { } code) onlyOne[code] = onlyOne.GetValueOrDefault(code) + 1;
            var values = cell.Select(m => m.Codes.GetValueOrDefault(dimensions[d], "")).Distinct(StringComparer.Ordinal);
            if (values.Any(v => Small(partnerships.Length - onlyOne.GetValueOrDefault(v)))) return dimensions[d];
        }
        for (var f = 1; f != 0 && f <= flags; f <<= 1)
            if ((flags & f) != 0 && Small(partnerships.Count(p => (p.Lacks & f) != 0))) return PoolFilter.FrameDimension;
        if (years.Length > 64) return PoolFilter.YearDimension; // beyond what the bit sets hold: withhold rather than guess
        for (var i = 0; i < years.Length; i++)
            for (var j = i; j < years.Length; j++)
            {
                var inside = (j - i == 63 ? ulong.MaxValue : ((1UL << (j - i + 1)) - 1)) << i;
                if (Small(partnerships.Count(p => (p.Years & ~inside) != 0))) return PoolFilter.YearDimension;
            }
        return null;
    }

    private sealed class Summary(string?[] codes)
    {
        public string?[] Codes { get; } = codes;
        public ulong Years { get; set; }
        public int Lacks { get; set; }
    }

    /// <summary>Categories of one characteristic within a shown selection, in order, with whether each may be shown (counts only).</summary>
    public static IReadOnlyList<(string Category, bool Shown)> Breakdown(IReadOnlyList<PoolMember> selected, Func<PoolMember, string> category,
        IReadOnlyList<string>? order = null)
    {
        var (keys, groups) = Group(selected, category, order);
        var hidden = HideCategories(keys.Select(k => groups[k]).ToArray());
        return keys.Select((k, i) => (k, !hidden[i])).ToArray();
    }

    /// <summary>
    /// The columns of a comparison of the cell <paramref name="filter"/> by <paramref name="by"/> (a coded characteristic,
    /// version included, or <see cref="PoolFilter.YearDimension"/>): each column is itself a cell that must pass
    /// <see cref="Assess"/>; when the cell itself is shown, the hidden ones are then completed so that together they hold
    /// none or at least five partnerships.
    /// </summary>
    public static IReadOnlyList<(string Category, Verdict Verdict)> Columns(IReadOnlyList<PoolMember> pool, PoolFilter filter, string by,
        IReadOnlyList<string>? order = null, Func<PoolFilter, Verdict>? assess = null)
    {
        assess ??= f => Assess(pool, f);
        var selected = pool.Where(m => filter.Matches(m)).ToArray();
        var (keys, groups) = Group(selected, Key(by), order);
        var verdicts = keys.Select(k => assess(Narrow(filter, by, k))).ToArray();
        // The total less the shown columns would reveal the hidden ones; without a shown total there is nothing to subtract from.
        var failed = verdicts.Select(v => !v.Shown).ToArray();
        var hidden = assess(filter).Shown ? Complete(keys.Select(k => groups[k]).ToArray(), failed) : failed;
        return keys.Select((k, i) => (k, hidden[i] && verdicts[i].Shown ? verdicts[i] with { Shown = false, BlockedBy = by, Reason = Withheld.Filter } : verdicts[i])).ToArray();
    }

    /// <summary>How a member is filed under <paramref name="by"/>: its year as 4 digits, or its code ("" when not stated).</summary>
    public static Func<PoolMember, string> Key(string by) =>
        by == PoolFilter.YearDimension ? m => m.Year.ToString("D4") : m => m.Codes.GetValueOrDefault(by, "");

    private static PoolFilter Narrow(PoolFilter filter, string by, string category) =>
        by == PoolFilter.YearDimension ? filter with { FromYear = int.Parse(category), ToYear = int.Parse(category) } : filter.With(by, category);

    private static (string[] Keys, Dictionary<string, IReadOnlySet<int>> Groups) Group(IReadOnlyList<PoolMember> selected, Func<PoolMember, string> category,
        IReadOnlyList<string>? order)
    {
        var groups = selected.GroupBy(category).ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(m => m.Partnership).ToHashSet());
        var keys = (order ?? []).Where(groups.ContainsKey).Concat(groups.Keys.Where(k => order is null || !order.Contains(k)).Order(StringComparer.Ordinal)).ToArray();
        return (keys, groups);
    }

    private static int HiddenPartnerships(IReadOnlyList<IReadOnlySet<int>> partnerships, bool[] hidden) =>
        partnerships.Where((_, i) => hidden[i]).SelectMany(p => p).Distinct().Count();
}
