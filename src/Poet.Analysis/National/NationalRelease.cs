namespace Poet.Analysis.National;

/// <summary>One comparison column of a version's table: a category and the verdict on its cell.</summary>
public sealed record ColumnPlan(string Category, Verdict Verdict);

/// <summary>One instrument version's tables within a view: the version's cell and its comparison columns.</summary>
public sealed record VersionPlan(string Version, Verdict Verdict, IReadOnlyList<ColumnPlan> ByYear, IReadOnlyList<ColumnPlan>? ByChoice);

/// <summary>What a view of the staff answers may show: the selection's total, then per version its tables.</summary>
public sealed record ViewPlan(Verdict Total, IReadOnlyList<VersionPlan> Versions)
{
    /// <summary>Whether anything at all is shown (a total can be withheld while a version's tables are shown).</summary>
    public bool AnyShown => Total.Shown || Versions.Any(v => v.Verdict.Shown);
}

/// <summary>
/// Decides, as a pure function of the shared rounds, every cell a dashboard view of the staff answers shows: the
/// selection's total (partnerships, rounds, responses), each instrument version's pooled items, and each column of
/// the change-across-years table and of the chosen comparison. Every cell passes <see cref="NationalDisclosure.Assess"/>;
/// the versions of a view and the columns of a table are completed together so that what is hidden holds none or at
/// least five partnerships. The page and its exports show exactly the cells this marks shown, and nothing else.
/// </summary>
public static class NationalRelease
{
    /// <param name="pool">Every shared round, with its version among its codes and its usable responses as its weight.</param>
    /// <param name="by">A coded characteristic to compare by, or null for the year table only.</param>
    /// <param name="assess">How to assess a cell of <paramref name="pool"/>; defaults to <see cref="NationalDisclosure.Assess"/> (a cache may wrap it).</param>
    public static ViewPlan Plan(IReadOnlyList<PoolMember> pool, PoolFilter filter, string? by, IReadOnlyList<string>? order = null,
        Func<PoolFilter, Verdict>? assess = null)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(filter);
        assess ??= f => NationalDisclosure.Assess(pool, f);
        var total = assess(filter);
        if (total.TooFew) return new ViewPlan(total, []);
        var versions = NationalDisclosure.Columns(pool, filter, PoolFilter.VersionDimension, assess: assess);
        var plans = versions.Select(v =>
        {
            if (!v.Verdict.Shown) return new VersionPlan(v.Category, v.Verdict, [], null);
            var cell = filter.With(PoolFilter.VersionDimension, v.Category);
            var byYear = NationalDisclosure.Columns(pool, cell, PoolFilter.YearDimension, assess: assess).Select(c => new ColumnPlan(c.Category, c.Verdict)).ToArray();
            var byChoice = by is null || by == PoolFilter.YearDimension ? null
                : NationalDisclosure.Columns(pool, cell, by, order, assess).Select(c => new ColumnPlan(c.Category, c.Verdict)).ToArray();
            return new VersionPlan(v.Category, v.Verdict, byYear, byChoice);
        }).ToArray();
        return new ViewPlan(total, plans);
    }

    /// <summary>A verdict cache over one pool, for pages and audits that assess the same cells many times.</summary>
    public static Func<PoolFilter, Verdict> Cached(IReadOnlyList<PoolMember> pool) => new NationalDisclosure.Assessor(pool).Assess;
}
