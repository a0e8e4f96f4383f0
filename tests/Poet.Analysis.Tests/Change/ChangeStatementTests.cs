using Poet.Analysis.Change;
using Poet.Analysis.Ordinal;

namespace Poet.Analysis.Tests.Change;

/// <summary>Issue 16, point 2: every change states its direction, an ordinal effect size with its interval, and the test.</summary>
public class ChangeStatementTests
{
    // Expected intervals: a Python transcription of effsize 0.8's cliff.delta.default (use.unbiased = FALSE,
    // use.normal = TRUE) on the expanded answers, through the full dominance matrix rather than POET's counts
    // (R itself was not run here). Its own test prints -0.25 for this pair, as here.
    [Fact]
    public void CliffsDelta_EffsizeExample_MatchesTheDominanceMatrix()
    {   // treatment = c(10,10,20,20,20,30,30,30,40,50), control = c(10,20,30,40,40,50), as codes 1 to 5.
        var d = RankTests.CliffsDelta(new Distribution([2, 3, 3, 1, 1]), new Distribution([1, 1, 1, 2, 1]))!;

        Assert.Equal(-0.25, d.Delta, 12);
        Assert.Equal(0.10605720164609053, d.Variance, 12);
        Assert.Equal(-0.7125350951153084, d.Lower, 10);
        Assert.Equal(0.363999895035978, d.Upper, 10);
    }

    [Fact]
    public void CliffsDelta_OneAnswerInAGroup_None() =>
        Assert.Null(RankTests.CliffsDelta(new Distribution([0, 1, 0, 0, 0]), new Distribution([3, 0, 0, 2, 0])));

    // Issue 16's example: Disagree/Don't know 10/40 before, Strongly disagree/Agree 45/5 after. % agree rose from
    // 0 to 10, but 45 of 50 substantive answers now sit below every earlier one: delta = (5·10 − 45·10) / 500 = −0.8.
    [Fact]
    public void Describe_DontKnowTurnsIntoDisagreement_SaysLessAgreementAndWhyPercentAgreeMisleads()
    {
        var result = ChangeOverTime.Compare(new Distribution([0, 10, 40, 0, 0]), new Distribution([45, 0, 0, 5, 0]));

        Assert.Equal(-0.8, result.Effect!.Delta, 12);
        Assert.Equal(10, result.AgreeChangePoints!.Value, 9);
        Assert.Equal("Less agreement now: % agree rose, but answers overall moved towards disagreement (Cliff's delta -0.80, 95% CI -0.91 to -0.57; Mann-Whitney p < 0.001)",
            ChangeStatement.Describe(result));
    }

    [Fact]
    public void Describe_ClearGain_SaysMoreAgreementWithTheInterval()
    {   // ChangeOverTimeTests' rounds: R> wilcox.test(...) p = 0.0428 (see there); delta 0.4107 [0.0195, 0.6929] (Python transcription).
        var result = ChangeOverTime.Compare(new Distribution([2, 4, 6, 6, 2]), new Distribution([0, 2, 4, 8, 6]));

        Assert.Equal("More agreement now (Cliff's delta +0.41, 95% CI +0.02 to +0.69; Mann-Whitney p = 0.043)", ChangeStatement.Describe(result));
    }

    [Fact]
    public void Describe_NoClearChange_SaysSoWithTheInterval()
    {
        var same = new Distribution([2, 4, 6, 6, 2]);

        Assert.StartsWith("No clear change (Cliff's delta 0.00, 95% CI ", ChangeStatement.Describe(ChangeOverTime.Compare(same, same)));
    }

    [Theory]
    [InlineData(0.0, "p < 0.001")]
    [InlineData(0.00099, "p < 0.001")]
    [InlineData(0.001, "p = 0.001")]
    [InlineData(0.0428, "p = 0.043")]
    public void PValue_NeverPrintsZero(double p, string expected) => Assert.Equal(expected, ChangeStatement.PValue(p));

    [Fact]
    public void Describe_ChiSquare_StatesNoDirection()
    {
        var result = ChangeOverTime.Compare(new Distribution([0, 10, 40, 0, 0]), new Distribution([45, 0, 0, 5, 0]), test: ChangeTest.ChiSquare);

        Assert.Equal("The answers differ, in no stated direction (chi-square p < 0.001)", ChangeStatement.Describe(result));
    }
}
