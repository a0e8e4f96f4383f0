using Poet.Analysis.Ordinal;

namespace Poet.Analysis.Tests.Ordinal;

public class DistributionTests
{
    [Fact]
    public void FromResponses_ManyResponses_TalliesEachItemSeparately()
    {
        IReadOnlyList<int?>[] responses = [[4, 1], [5, null], [4, 3]];

        var items = Distribution.FromResponses(responses, itemCount: 2);

        Assert.Equal([new Distribution([0, 0, 0, 2, 1]), new Distribution([1, 0, 1, 0, 0], Missing: 1)], items);
    }

    [Fact]
    public void FromResponses_ShortRow_CountsRemainingItemsAsMissing()
    {
        var items = Distribution.FromResponses([[4]], itemCount: 3);

        Assert.Equal((0, 1, 1), (items[0].Missing, items[1].Missing, items[2].Missing));
    }

    [Fact]
    public void FromResponses_TenThousandResponsesToSixtyItems_KeepsEveryAnswer()
    {
        static IEnumerable<IReadOnlyList<int?>> Generate()
        {
            for (var r = 0; r < 10_000; r++)
                yield return Enumerable.Range(0, 60).Select(i => (r + i) % 7 == 0 ? (int?)null : 1 + (r + i) % 5).ToArray();
        }

        var items = Distribution.FromResponses(Generate(), itemCount: 60);

        Assert.All(items, d => Assert.Equal(10_000, d.Total));
    }

    [Fact]
    public void New_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Distribution([1, -1, 0, 0, 0]));
    }

    [Fact]
    public void Equals_SameCountsInDifferentLists_IsTrue()
    {
        Assert.Equal(new Distribution([1, 2, 3, 4, 5], 1), new Distribution(new List<int> { 1, 2, 3, 4, 5 }, 1));
    }
}
