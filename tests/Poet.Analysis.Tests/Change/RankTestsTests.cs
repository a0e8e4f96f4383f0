using Poet.Analysis.Change;
using Poet.Analysis.Ordinal;

namespace Poet.Analysis.Tests.Change;

/// <summary>
/// R is not installed on this machine, so no expected value here was produced by running R. Each one
/// was worked out by hand (shown) and checked with a separate Python transcription of R's
/// wilcox.test / chisq.test formulas applied to the expanded answers (mid-ranks computed from the sorted list).
/// </summary>
public class RankTestsTests
{
    private const double Tolerance = 1e-9;

    // x = after = c(4,4,5), y = before = c(2,2,4).
    private static readonly Distribution SmallAfter = new([0, 0, 0, 2, 1]);
    private static readonly Distribution SmallBefore = new([0, 2, 0, 1, 0]);

    [Fact]
    public void MannWhitney_SmallTiedSample_GivesWEight()
    {   // R> wilcox.test(c(4,4,5), c(2,2,4), exact = FALSE, correct = TRUE)  ->  W = 8
        // by hand: pooled 2,2,4,4,4,5 -> mid-ranks 1.5,1.5,4,4,4,6; rank sum of x = 4+4+6 = 14; W = 14 - 3*4/2 = 8.
        Assert.Equal(8.0, RankTests.MannWhitney(SmallAfter, SmallBefore)!.W);
    }

    [Fact]
    public void MannWhitney_SmallTiedSampleWithCorrection_GivesPOfErfcOne()
    {   // R> wilcox.test(c(4,4,5), c(2,2,4), exact = FALSE, correct = TRUE)$p.value  ->  0.1572992
        // by hand: mean 4.5; ties 2,3,1 -> sum(t^3-t) = 30; var = 9/12 * (7 - 30/30) = 4.5;
        // z = (8 - 4.5 - 0.5)/sqrt(4.5) = sqrt(2); p = 2 * (1 - pnorm(sqrt(2))) = erfc(1) = 0.157299207050285.
        Assert.Equal(0.157299207050285, RankTests.MannWhitney(SmallAfter, SmallBefore)!.PValue, Tolerance);
    }

    [Fact]
    public void MannWhitney_SmallTiedSampleWithoutCorrection_GivesSmallerP()
    {   // R> wilcox.test(c(4,4,5), c(2,2,4), exact = FALSE, correct = FALSE)$p.value  ->  0.09896015
        // by hand: z = 3.5/sqrt(4.5) = 1.649915822768611; p = erfc(z/sqrt(2)) = 0.0989601540194058.
        Assert.Equal(0.0989601540194058, RankTests.MannWhitney(SmallAfter, SmallBefore, continuityCorrection: false)!.PValue, Tolerance);
    }

    [Fact]
    public void MannWhitney_XTendsHigher_GivesPositiveZ()
    {
        Assert.True(RankTests.MannWhitney(SmallAfter, SmallBefore)!.Z > 0);
    }

    [Fact]
    public void MannWhitney_SwappedSamples_GivesSameP()
    {
        var forward = RankTests.MannWhitney(SmallAfter, SmallBefore)!.PValue;

        Assert.Equal(forward, RankTests.MannWhitney(SmallBefore, SmallAfter)!.PValue, Tolerance);
    }

    [Fact]
    public void MannWhitney_EveryAnswerTheSame_GivesNoTest()
    {
        Assert.Null(RankTests.MannWhitney(new Distribution([0, 0, 0, 4, 0]), new Distribution([0, 0, 0, 6, 0])));
    }

    [Fact]
    public void ChiSquare_TwoByTwo_MatchesHandComputation()
    {   // R> chisq.test(rbind(c(10,10), c(5,15)), correct = FALSE)  ->  X-squared = 2.6667, df = 1, p = 0.1025
        // by hand: expected 7.5 and 12.5 in each row; X2 = 2 * (2.5^2/7.5 + 2.5^2/12.5) = 8/3;
        // p = P(chi2_1 > 8/3) = erfc(sqrt(4/3)) = 0.10247043485974947.
        var result = RankTests.ChiSquare(new Distribution([0, 10, 0, 10, 0]), new Distribution([0, 5, 0, 15, 0]))!;

        Assert.Equal((Math.Round(8.0 / 3, 12), 1, Math.Round(0.10247043485974947, 12)), (Math.Round(result.Statistic, 12), result.DegreesOfFreedom, Math.Round(result.PValue, 12)));
    }

    [Fact]
    public void ChiSquare_FiveOptionsUsed_HasFourDegreesOfFreedom()
    {   // R> chisq.test(rbind(c(2,4,6,6,2), c(0,2,4,8,6)))  ->  X-squared = 5.352381, df = 4, p = 0.2530132
        // (Python transcription; p by hand: for df = 4, P(X > x) = exp(-x/2)(1 + x/2).)
        var result = RankTests.ChiSquare(new Distribution([2, 4, 6, 6, 2]), new Distribution([0, 2, 4, 8, 6]))!;

        Assert.Equal((4, 0.253013240689438), (result.DegreesOfFreedom, Math.Round(result.PValue, 15)));
    }

    [Fact]
    public void ChiSquare_SmallExpectedCounts_AreFlagged()
    {
        var result = RankTests.ChiSquare(new Distribution([2, 4, 6, 6, 2]), new Distribution([0, 2, 4, 8, 6]))!;

        Assert.True(result.SmallExpectedCounts);
    }

    [Fact]
    public void ChiSquare_OverwhelmingDifference_GivesATinyPNotZero()
    {   // 100 vs 0 against 0 vs 100: statistic N = 200 on 1 df. R> pchisq(200, 1, lower.tail = FALSE) = erfc(10)
        // = 2.088487583762545e-45 (for 1 df the survival function is erfc(sqrt(x / 2))). 1 - CDF gives exactly 0.
        var result = RankTests.ChiSquare(new Distribution([100, 0]), new Distribution([0, 100]))!;

        Assert.Equal(200.0, result.Statistic, 9);
        Assert.Equal(2.088487583762545e-45, result.PValue, 2.088487583762545e-45 * 1e-9);
    }

    [Fact]
    public void ChiSquare_OnlyOneOptionUsed_GivesNoTest()
    {
        Assert.Null(RankTests.ChiSquare(new Distribution([0, 0, 0, 4, 0]), new Distribution([0, 0, 0, 6, 0])));
    }
}
