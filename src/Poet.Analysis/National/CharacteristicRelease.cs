namespace Poet.Analysis.National;

/// <summary>One outcome class of a characteristic view: its users' and carers' ratings in the whole selection and in each column.</summary>
public sealed record ClassPlan(string Class, Verdict Total, IReadOnlyList<ColumnPlan> Columns);

/// <summary>
/// What a characteristic view may show: the staff's pooled answers in the whole selection and per category of the
/// characteristic (or per year, for the trend view), and per outcome class the users' and carers' ratings the same way.
/// </summary>
public sealed record CharacteristicPlan(string By, Verdict Total, IReadOnlyList<ColumnPlan> Staff, IReadOnlyList<ClassPlan> Classes)
{
    public bool AnyShown => Total.Shown || Staff.Any(c => c.Verdict.Shown) || Classes.Any(c => c.Total.Shown || c.Columns.Any(x => x.Verdict.Shown));
}

/// <summary>
/// The characteristic-by-outcome view and the trend view as pure functions of the shared rounds. Every figure is a
/// cell of one of the pools the dashboard already protects: staff answers (the rounds, weighted by usable responses)
/// or one outcome class's ratings (the rounds with a rated outcome of that class, weighted by answers). Each is
/// decided by <see cref="NationalDisclosure.Assess"/> through <see cref="NationalDisclosure.Columns"/>, so a column of
/// this view is the same cell, with the same verdict, as anywhere else, and the proof of ADR 0003 covers it.
/// Staff answers are deliberately not split by outcome class: "rounds with an outcome of class c" is not a selection
/// the near-cover audit knows, so a staff figure restricted to it could be set against an unrestricted one.
/// </summary>
public static class CharacteristicRelease
{
    /// <param name="staff">Every shared round as a staff cell member (version among its codes, usable responses as weight).</param>
    /// <param name="rated">Per outcome class, the shared rounds with a rated outcome of that class, weighted by answers.</param>
    /// <param name="by">A coded characteristic, <see cref="PoolFilter.YearDimension"/> (the trend view) or
    /// <see cref="PoolFilter.FrameDimension"/> (one column per flag in <paramref name="frames"/>).</param>
    /// <param name="order">The display order of the categories of <paramref name="by"/> (not stated last); frames: the flags as text.</param>
    public static CharacteristicPlan Plan(IReadOnlyList<PoolMember> staff, IReadOnlyDictionary<string, IReadOnlyList<PoolMember>> rated,
        PoolFilter filter, string by, IReadOnlyList<string>? order = null,
        Func<PoolFilter, Verdict>? assessStaff = null, IReadOnlyDictionary<string, Func<PoolFilter, Verdict>>? assessRated = null)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(rated);
        ArgumentNullException.ThrowIfNull(filter);
        if (by == PoolFilter.FrameDimension && filter.Frame is not null)
            throw new ArgumentException("A view compared by frame cannot also be filtered by a frame.", nameof(by));
        assessStaff ??= NationalRelease.Cached(staff);
        var total = assessStaff(filter);
        var staffColumns = Columns(staff, filter, by, order, assessStaff);
        var classes = rated.Select(c =>
        {
            var assess = assessRated?.GetValueOrDefault(c.Key) ?? NationalRelease.Cached(c.Value);
            return new ClassPlan(c.Key, assess(filter), Columns(c.Value, filter, by, order, assess));
        }).ToArray();
        return new CharacteristicPlan(by, total, staffColumns, classes);
    }

    private static IReadOnlyList<ColumnPlan> Columns(IReadOnlyList<PoolMember> pool, PoolFilter filter, string by, IReadOnlyList<string>? order,
        Func<PoolFilter, Verdict> assess)
    {
        if (by != PoolFilter.FrameDimension)
            return NationalDisclosure.Columns(pool, filter, by, order, assess).Select(c => new ColumnPlan(c.Category, c.Verdict)).ToArray();
        // Frames overlap, so their columns are not a partition to complete: each is a cell with one frame flag in force,
        // and the whole selection's own near-cover check already keeps "without this frame" at none or at least 5.
        return (order ?? []).Select(f => new ColumnPlan(f, assess(filter with { Frame = int.Parse(f, System.Globalization.CultureInfo.InvariantCulture) })))
            .Where(c => c.Verdict.Partnerships > 0).ToArray();
    }

    /// <summary>
    /// Whether a partnership's benchmark against the selection may be shown: the selection is a cell the dashboard
    /// could show (it passes <see cref="NationalDisclosure.Assess"/>, so no partnership, the asking one included,
    /// supplies more than half of it), the partnership itself belongs to it, and without it the cell still holds at
    /// least five partnerships, so the partnership cannot learn a small group's answers by taking its own away.
    /// </summary>
    public static Verdict Benchmark(IReadOnlyList<PoolMember> pool, PoolFilter filter, int partnership, Func<PoolFilter, Verdict>? assess = null)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(filter);
        var verdict = (assess ?? NationalRelease.Cached(pool))(filter);
        if (!verdict.Shown) return verdict;
        var members = pool.Where(m => filter.Matches(m)).ToArray();
        var others = members.Where(m => m.Partnership != partnership).Select(m => m.Partnership).Distinct().Count();
        return members.Any(m => m.Partnership == partnership) && others >= NationalDisclosure.MinimumPartnerships
            ? verdict : verdict with { Shown = false, Reason = Withheld.TooFew };
    }
}
