using Poet.Analysis.National;

namespace Poet.Analysis.Tests.National;

public class NationalDisclosureTests
{
    private static PoolMember M(int round, int partnership, string region = "london", string type = "integrated-service", int year = 2025, int frames = 1) =>
        new(round, partnership, year, new Dictionary<string, string> { ["region"] = region, ["type"] = type }, frames);

    private static PoolFilter Filter(params (string Dimension, string Code)[] codes) => new(codes.ToDictionary(c => c.Dimension, c => c.Code));

    private static List<PoolMember> Partnerships(int first, int count, string region, string type = "integrated-service", int year = 2025) =>
        Enumerable.Range(first, count).Select(p => M(p, p, region, type, year)).ToList();

    [Fact]
    public void Assess_FourPartnerships_NotShownAsTooFew()
    {
        var verdict = NationalDisclosure.Assess(Partnerships(1, 4, "london"), PoolFilter.Everything);

        Assert.False(verdict.Shown);
        Assert.True(verdict.TooFew);
    }

    [Fact]
    public void Assess_FivePartnershipsWithManyRounds_ShownCountingPartnershipsNotRounds()
    {
        var pool = Partnerships(1, 5, "london").Concat(Partnerships(1, 5, "london", year: 2024).Select(m => m with { Round = m.Round + 100 })).ToArray();

        var verdict = NationalDisclosure.Assess(pool, PoolFilter.Everything);

        Assert.True(verdict.Shown);
        Assert.Equal((5, 10), (verdict.Partnerships, verdict.Rounds));
    }

    [Fact]
    public void Assess_FourRoundsOfOnePartnership_TooFew()
    {
        var pool = Enumerable.Range(1, 6).Select(r => M(r, 1)).ToArray();

        Assert.True(NationalDisclosure.Assess(pool, PoolFilter.Everything).TooFew);
    }

    [Fact]
    public void Assess_RelaxingAFilterAddsOnePartnership_TheWiderSelectionWithheld()
    {
        // London: 5 integrated + 1 joint-commissioning. "London, integrated" vs "London" would expose the one; the
        // wider selection is the one withheld, so the narrower can be shown.
        var pool = Partnerships(1, 5, "london").Append(M(6, 6, "london", "joint-commissioning")).Concat(Partnerships(7, 10, "wales", "joint-commissioning")).ToArray();

        var narrow = NationalDisclosure.Assess(pool, Filter(("region", "london"), ("type", "integrated-service")));
        var wide = NationalDisclosure.Assess(pool, Filter(("region", "london")));

        Assert.True(narrow.Shown);
        Assert.Equal((false, Withheld.NearlyCovered, "type"), (wide.Shown, wide.Reason, wide.BlockedBy));
    }

    [Fact]
    public void Assess_RelaxingAddsFivePartnerships_Shown()
    {
        var pool = Partnerships(1, 5, "london").Concat(Partnerships(6, 5, "london", "joint-commissioning")).Concat(Partnerships(11, 5, "wales")).ToArray();

        Assert.True(NationalDisclosure.Assess(pool, Filter(("region", "london"), ("type", "integrated-service"))).Shown);
    }

    [Fact]
    public void Assess_TwoCategoriesShownAndASmallThird_SmallestShownOneHiddenToo()
    {
        // Without complementary suppression, all − london − wales would give the 2 Scottish partnerships.
        var pool = Partnerships(1, 6, "london").Concat(Partnerships(7, 8, "wales")).Concat(Partnerships(15, 2, "scotland")).ToArray();

        Assert.False(NationalDisclosure.Assess(pool, Filter(("region", "london"))).Shown);
        Assert.True(NationalDisclosure.Assess(pool, Filter(("region", "wales"))).Shown);
        Assert.Equal("region", NationalDisclosure.Assess(pool, Filter(("region", "london"))).BlockedBy);
    }

    [Fact]
    public void Assess_YearRangeSplittingTheHiddenYears_Blocked()
    {
        var pool = Partnerships(1, 6, "london", year: 2023).Concat(Partnerships(7, 2, "london", year: 2024)).Concat(Partnerships(9, 6, "london", year: 2025)).ToArray();

        var withSmallYear = NationalDisclosure.Assess(pool, PoolFilter.Everything with { FromYear = 2024, ToYear = 2025 });
        var withoutIt = NationalDisclosure.Assess(pool, PoolFilter.Everything with { FromYear = 2025, ToYear = 2025 });

        Assert.Equal("year", withSmallYear.BlockedBy);
        Assert.True(withoutIt.Shown);
    }

    [Fact]
    public void HideCategories_OneSmallCategory_HidesTheNextSmallestToo()
    {
        var sets = new IReadOnlySet<int>[] { Set(1, 7), Set(8, 2), Set(10, 6) };

        Assert.Equal([false, true, true], NationalDisclosure.HideCategories(sets));
    }

    [Fact]
    public void Breakdown_CategoriesFollowTheGivenOrder()
    {
        var pool = Partnerships(1, 5, "wales").Concat(Partnerships(6, 5, "london")).ToArray();

        var cells = NationalDisclosure.Breakdown(pool, m => m.Codes["region"], ["wales", "london"]);

        Assert.Equal([("wales", true), ("london", true)], cells);
    }

    [Fact]
    public void Consensus_TieBetweenTwoClasses_None()
    {
        Assert.Null(RoundAggregation.Consensus(["change", "service-process", null]));
        Assert.Equal("change", RoundAggregation.Consensus(["change", "change", "service-process"]));
    }

    // Issue 13: "[all | 2024] minus [frame 1 | 2024] is one partnership". Six partnerships in 2024, five holding frame 1.
    [Fact]
    public void Assess_AllButOnePartnershipHoldAFrame_TheWiderSelectionIsWithheld()
    {
        var pool = Partnerships(1, 5, "london", year: 2024).Append(M(6, 6, "london", year: 2024, frames: 2)).ToArray();
        var all2024 = PoolFilter.Everything with { FromYear = 2024, ToYear = 2024 };

        var wide = NationalDisclosure.Assess(pool, all2024);
        var narrow = NationalDisclosure.Assess(pool, all2024 with { Frame = 1 });

        Assert.Equal((false, Withheld.NearlyCovered, "frame"), (wide.Shown, wide.Reason, wide.BlockedBy));
        Assert.False(wide.Shown && narrow.Shown);
    }

    // Two filters changed at once: [london, integrated] against [wales-or-london... ] cannot be covered by relaxing one
    // filter; here [2025] holds 7 partnerships and [london, integrated, 2025] 5 of them, each one-filter step adding 1.
    [Fact]
    public void Assess_TwoFiltersAwayFromANearCopy_OneOfTheTwoWithheld()
    {
        var pool = Partnerships(1, 5, "london").Append(M(6, 6, "london", "joint-commissioning")).Append(M(7, 7, "wales")).ToArray();
        var wide = NationalDisclosure.Assess(pool, PoolFilter.Everything);
        var narrow = NationalDisclosure.Assess(pool, Filter(("region", "london"), ("type", "integrated-service")));

        Assert.False(wide.Shown && narrow.Shown);
        Assert.Equal(Withheld.NearlyCovered, wide.Reason);
    }

    // Issue 13: "in the demo one partnership supplied 69% of pooled responses". Weights are usable responses.
    [Fact]
    public void Assess_OnePartnershipSuppliesMoreThanHalf_WithheldAsDominated()
    {
        var pool = Partnerships(1, 5, "london").Select(m => m with { Weight = m.Partnership == 1 ? 69 : 31 / 4 + 1 }).ToArray();

        var verdict = NationalDisclosure.Assess(pool, PoolFilter.Everything);

        Assert.Equal((false, Withheld.Dominated), (verdict.Shown, verdict.Reason));
        Assert.True(NationalDisclosure.Assess(pool.Select(m => m with { Weight = 10 }).ToArray(), PoolFilter.Everything).Shown);
    }

    [Fact]
    public void Dominated_ExactlyHalf_NotDominated()
    {
        var members = new[] { M(1, 1) with { Weight = 50 }, M(2, 2) with { Weight = 50 } };

        Assert.False(NationalDisclosure.Dominated(members));
        Assert.True(NationalDisclosure.Dominated([members[0] with { Weight = 51 }, members[1] with { Weight = 49 }]));
    }

    // Issue 13: "overall and per-version totals subtract to a blocked version". Seven partnerships on 1.0, two on 1.1.
    [Fact]
    public void Plan_ASmallVersion_TotalWithheldAndTheLargeVersionShown()
    {
        PoolMember V(PoolMember m, string version) => m with { Codes = new Dictionary<string, string>(m.Codes) { [PoolFilter.VersionDimension] = version } };
        var pool = Partnerships(1, 7, "london").Select(m => V(m, "1.0")).Concat(Partnerships(8, 2, "london").Select(m => V(m, "1.1"))).ToArray();

        var plan = NationalRelease.Plan(pool, PoolFilter.Everything, null);

        Assert.Equal((false, Withheld.NearlyCovered, "version"), (plan.Total.Shown, plan.Total.Reason, plan.Total.BlockedBy));
        Assert.Equal([("1.0", true), ("1.1", false)], plan.Versions.Select(v => (v.Version, v.Verdict.Shown)));
    }

    // A breakdown column now passes the same rule as a selection: [all | by region] with 6 London partnerships of which
    // 5 are 2025 and 1 is 2024 shows London only if [London] is not nearly covered by [London, 2025].
    [Fact]
    public void Columns_AColumnNearlyCoveredByAYear_HiddenWithItsComplement()
    {
        var pool = Partnerships(1, 5, "london").Append(M(6, 6, "london", year: 2024)).Concat(Partnerships(7, 6, "wales")).Concat(Partnerships(13, 6, "scotland")).ToArray();

        var columns = NationalDisclosure.Columns(pool, PoolFilter.Everything, "region");

        Assert.Equal([("london", false), ("scotland", true), ("wales", true)], columns.Select(c => (c.Category, c.Verdict.Shown)));
        Assert.Equal(Withheld.NearlyCovered, columns[0].Verdict.Reason);
    }

    private static IReadOnlySet<int> Set(int first, int count) => Enumerable.Range(first, count).ToHashSet();
}
