using Poet.Analysis.Change;
using Poet.Analysis.Ordinal;

namespace Poet.Analysis.Tests.Change;

public class ChangeOverTimeTests
{
    // 20 answers in each round. Before: 8 agree of 14 substantive (57.14%); after: 14 agree of 16 (87.5%).
    private static readonly Distribution Before = new([2, 4, 6, 6, 2]);
    private static readonly Distribution After = new([0, 2, 4, 8, 6]);

    [Fact]
    public void Compare_TwoRounds_GivesChangeInPercentAgreeInPoints()
    {
        // 87.5 - 800/14 = 30.357142857...
        Assert.Equal(30.357143, Math.Round(ChangeOverTime.Compare(Before, After).AgreeChangePoints!.Value, 6));
    }

    [Fact]
    public void Compare_TwentyAnswersEach_RunsMannWhitneyLikeR()
    {   // R> wilcox.test(rep(1:5, c(0,2,4,8,6)), rep(1:5, c(2,4,6,6,2)), exact = FALSE, correct = TRUE)
        //    -> W = 278, p-value = 0.02977 (0.029767725579803228 from a Python transcription of R's
        //    formula on the expanded answers; R itself was not run here).
        var mw = ChangeOverTime.Compare(Before, After).MannWhitney!;

        Assert.Equal((278.0, 0.0297677255798), (mw.W, Math.Round(mw.PValue, 13)));
    }

    [Fact]
    public void Compare_WithoutContinuityCorrection_MatchesRCorrectFalse()
    {   // R> wilcox.test(..., exact = FALSE, correct = FALSE)  ->  p = 0.028728819637536814 (Python transcription).
        var mw = ChangeOverTime.Compare(Before, After, continuityCorrection: false).MannWhitney!;

        Assert.Equal(0.0287288196375, Math.Round(mw.PValue, 13));
    }

    [Fact]
    public void Compare_ChiSquareChosen_RunsChiSquareOnly()
    {
        var result = ChangeOverTime.Compare(Before, After, test: ChangeTest.ChiSquare);

        Assert.Equal((true, false), (result.ChiSquare is not null, result.MannWhitney is not null));
    }

    [Fact]
    public void Compare_EarlierRoundUnderMinimum_RunsNoTestAndSaysWhy()
    {
        var result = ChangeOverTime.Compare(new Distribution([1, 2, 6, 6, 4]), After);

        Assert.Equal("No test: each round needs at least 20 answers (earlier round 19, later round 20).", result.NoTestReason);
    }

    [Fact]
    public void Compare_EarlierRoundUnderMinimum_StillReportsChangeInPercentAgree()
    {
        var result = ChangeOverTime.Compare(new Distribution([0, 0, 0, 5, 0]), new Distribution([5, 0, 0, 0, 0]));

        Assert.Equal(-100.0, result.AgreeChangePoints);
    }

    [Fact]
    public void Compare_MissingAnswers_DoNotCountTowardsMinimum()
    {
        var result = ChangeOverTime.Compare(new Distribution([2, 4, 6, 6, 1], Missing: 5), After);

        Assert.Null(result.MannWhitney);
    }

    [Fact]
    public void Compare_LowerMinimum_RunsTestOnSmallRounds()
    {
        var result = ChangeOverTime.Compare(new Distribution([0, 2, 0, 1, 0]), new Distribution([0, 0, 0, 2, 1]), minimumPerRound: 3);

        Assert.NotNull(result.MannWhitney);
    }

    [Fact]
    public void Compare_EveryoneAgreesInBothRounds_RunsNoTestAndSaysWhy()
    {
        var result = ChangeOverTime.Compare(new Distribution([0, 0, 0, 20, 0]), new Distribution([0, 0, 0, 25, 0]));

        Assert.Equal("No test: every answer in both rounds is the same option.", result.NoTestReason);
    }
}
