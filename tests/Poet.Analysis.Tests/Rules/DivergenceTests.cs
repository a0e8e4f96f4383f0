using Poet.Analysis.Ordinal;
using Poet.Analysis.Rules;

namespace Poet.Analysis.Tests.Rules;

public class DivergenceTests
{
    private static GroupItems Group(string name, params int[] counts) =>
        new(name, [new ItemDistribution("q1", new Distribution(counts))]);

    [Fact]
    public void Find_GapOfThirtyPoints_FlagsItem()
    {   // 80% agree vs 50% agree.
        var result = Divergence.Find([Group("LEH", 0, 2, 0, 8, 0), Group("SHUH", 0, 5, 0, 5, 0)]);

        Assert.Equal([new DivergentItem("q1", "LEH", 80, "SHUH", 50)], result);
    }

    [Fact]
    public void Find_GapOfTwentyNinePoints_FlagsNothing()
    {   // 79% vs 50%: 79 of 100 against 5 of 10.
        var result = Divergence.Find([Group("LEH", 0, 21, 0, 79, 0), Group("SHUH", 0, 5, 0, 5, 0)]);

        Assert.Empty(result);
    }

    [Fact]
    public void Find_GroupUnderFiveAnswers_IsLeftOut()
    {
        var result = Divergence.Find([Group("LEH", 0, 0, 0, 10, 0), Group("BtPCT", 3, 0, 0, 0, 0)]);

        Assert.Empty(result);
    }

    [Fact]
    public void Find_ThreeGroups_ReportsHighestAndLowest()
    {
        var result = Divergence.Find([Group("A", 0, 5, 0, 5, 0), Group("B", 0, 0, 0, 10, 0), Group("C", 0, 9, 0, 1, 0)]);

        Assert.Equal(("B", "C"), (result[0].HigherGroup, result[0].LowerGroup));
    }

    [Fact]
    public void Find_RaisedGapRule_FlagsOnlyLargerGaps()
    {
        var result = Divergence.Find([Group("A", 0, 2, 0, 8, 0), Group("B", 0, 5, 0, 5, 0)], new DivergenceRules(MinimumGapPoints: 40));

        Assert.Empty(result);
    }

    [Fact]
    public void Find_MinimumAnsweredBelowFive_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Divergence.Find([], new DivergenceRules(MinimumAnswered: 3)));
    }
}
