using Poet.Analysis.National;

namespace Poet.Analysis.Tests.National;

public class CharacteristicReleaseTests
{
    /// <summary>One round per partnership 0..n-1 of year 2024, region and type as given, frames as flags, 10 responses.</summary>
    private static PoolMember[] Rounds(int from, int count, string region, string type = "a", int frames = 1, int year = 2024) =>
        Enumerable.Range(from, count).Select(p => new PoolMember(p, p, year,
            new Dictionary<string, string> { ["region"] = region, ["type"] = type }, frames, 10)).ToArray();

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<PoolMember>> NoClasses = new Dictionary<string, IReadOnlyList<PoolMember>>();

    [Fact]
    public void Plan_StaffColumns_AreTheSameCellsAsTheDashboards()
    {
        PoolMember[] pool = [.. Rounds(0, 6, "london"), .. Rounds(6, 5, "wales"), .. Rounds(11, 3, "scotland")];

        var plan = CharacteristicRelease.Plan(pool, NoClasses, PoolFilter.Everything, "region");

        var dashboard = NationalDisclosure.Columns(pool, PoolFilter.Everything, "region");
        Assert.Equal(dashboard.Select(c => (c.Category, c.Verdict)), plan.Staff.Select(c => (c.Category, c.Verdict)));
        // Scotland's 3 partnerships fail; completing the table hides the smaller of the rest (Wales, 5), so 8 are hidden.
        Assert.Equal([("london", true), ("scotland", false), ("wales", false)], plan.Staff.Select(c => (c.Category, c.Verdict.Shown)).OrderBy(c => c.Category));
    }

    [Fact]
    public void Plan_ByFrame_EachColumnIsTheSelectionWithThatFrame()
    {
        PoolMember[] pool = [.. Rounds(0, 6, "london", frames: 1), .. Rounds(6, 5, "london", frames: 3), .. Rounds(11, 3, "london", frames: 2)];

        var plan = CharacteristicRelease.Plan(pool, NoClasses, new PoolFilter(new Dictionary<string, string> { ["region"] = "london" }), PoolFilter.FrameDimension, ["1", "2", "4"]);

        // Frame 1: partnerships 0-10; inside it only 6 lack frame 2, so it is shown. Frame 2: partnerships 6-13, of which
        // 3 (11-13) lack frame 1, so frame 1 within it would single them out. The total (14) lacks frame 1 in the same 3,
        // so it is withheld too (ADR 0003: the wider of two nearly coinciding selections goes). Frame 4: nobody, no column.
        Assert.Equal([("1", true, 11), ("2", false, 8)], plan.Staff.Select(c => (c.Category, c.Verdict.Shown, c.Verdict.Partnerships)));
        Assert.Equal((Withheld.NearlyCovered, false), (plan.Staff[1].Verdict.Reason, plan.Total.Shown));
    }

    [Fact]
    public void Plan_FrameFilterAndByFrame_Refused() =>
        Assert.Throws<ArgumentException>(() => CharacteristicRelease.Plan(Rounds(0, 5, "london"), NoClasses, PoolFilter.Everything with { Frame = 1 }, PoolFilter.FrameDimension, ["1"]));

    [Fact]
    public void Plan_ClassWithFourRatedPartnerships_HiddenWhileStaffShown()
    {
        var pool = Rounds(0, 10, "london");
        var rated = new Dictionary<string, IReadOnlyList<PoolMember>> { ["change"] = pool.Take(4).ToArray(), ["service-process"] = pool.Take(7).ToArray() };

        var plan = CharacteristicRelease.Plan(pool, rated, PoolFilter.Everything, "region");

        Assert.True(plan.Total.Shown);
        Assert.Equal([("change", false, Withheld.TooFew), ("service-process", true, Withheld.None)], plan.Classes.Select(c => (c.Class, c.Total.Shown, c.Total.Reason)));
    }

    [Theory]
    [InlineData(6, true)]   // itself and 5 others
    [InlineData(5, false)]  // itself and 4 others: taking its own answers away would leave 4 partnerships' pooled answers
    public void Benchmark_NeedsFiveOtherPartnerships(int partnerships, bool shown) =>
        Assert.Equal(shown, CharacteristicRelease.Benchmark(Rounds(0, partnerships, "london"), PoolFilter.Everything, partnership: 0).Shown);

    [Fact]
    public void Benchmark_PartnershipNotInTheSelection_NotShown()
    {
        var pool = Rounds(0, 8, "london");

        Assert.True(NationalDisclosure.Assess(pool, PoolFilter.Everything).Shown);
        Assert.False(CharacteristicRelease.Benchmark(pool, PoolFilter.Everything, partnership: 99).Shown);
    }

    [Fact]
    public void Benchmark_OwnRoundsDominate_NotShown()
    {
        // Partnership 0 supplies 100 of 150 responses: the (1, 50%) rule withholds the cell for everyone, itself included.
        PoolMember[] pool = [new(100, 0, 2024, new Dictionary<string, string> { ["region"] = "london", ["type"] = "a" }, 1, 100), .. Rounds(1, 5, "london")];

        var verdict = CharacteristicRelease.Benchmark(pool, PoolFilter.Everything, partnership: 0);

        Assert.Equal((false, Withheld.Dominated), (verdict.Shown, verdict.Reason));
    }
}
