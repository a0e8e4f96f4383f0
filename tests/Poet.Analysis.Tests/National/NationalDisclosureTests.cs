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
    public void Assess_RelaxingAFilterAddsOnePartnership_BlockedByThatFilter()
    {
        // London: 5 integrated + 1 joint-commissioning. "London, integrated" vs "London" would expose the one.
        var pool = Partnerships(1, 5, "london").Append(M(6, 6, "london", "joint-commissioning")).Concat(Partnerships(7, 10, "wales", "joint-commissioning")).ToArray();

        var verdict = NationalDisclosure.Assess(pool, Filter(("region", "london"), ("type", "integrated-service")));

        Assert.False(verdict.Shown);
        Assert.Equal("type", verdict.BlockedBy);
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

    private static IReadOnlySet<int> Set(int first, int count) => Enumerable.Range(first, count).ToHashSet();
}
