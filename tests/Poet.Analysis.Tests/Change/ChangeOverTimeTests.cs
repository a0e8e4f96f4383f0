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
    public void Compare_TwentyAnswersEach_RunsMannWhitneyLikeROnTheSubstantiveAnswers()
    {   // Don't know (3) left out of both rounds:
        // R> wilcox.test(rep(c(1,2,4,5), c(0,2,8,6)), rep(c(1,2,4,5), c(2,4,6,2)), exact = FALSE, correct = TRUE)
        //    -> W = 158, p = 0.042822397103297334 (a Python transcription of R's formula on the expanded answers,
        //    mid-ranks and tie-corrected variance; R itself was not run here).
        var mw = ChangeOverTime.Compare(Before, After).MannWhitney!;

        Assert.Equal((158.0, 0.0428223971033), (mw.W, Math.Round(mw.PValue, 13)));
    }

    [Fact]
    public void Compare_DontKnowTurnsIntoDisagreement_TestSaysWorse()
    {   // Issue 16's example: Disagree/Don't know 10/40 before, Strongly disagree/Agree 45/5 after. Substantive answers:
        // R> wilcox.test(rep(c(1,4), c(45,5)), rep(2, 10), exact = FALSE, correct = TRUE)
        //    -> W = 50, Z = -5.2273014766, p = 1.72e-07 (same Python transcription): clearly worse, not better.
        var result = ChangeOverTime.Compare(new Distribution([0, 10, 40, 0, 0]), new Distribution([45, 0, 0, 5, 0]));

        Assert.Equal((50.0, -5.2273014766), (result.MannWhitney!.W, Math.Round(result.MannWhitney.Z, 10)));
        Assert.Equal(1.72001920247e-07, result.MannWhitney.PValue, 1e-17);
    }

    [Fact]
    public void Compare_WithoutContinuityCorrection_MatchesRCorrectFalse()
    {   // R> wilcox.test(..., exact = FALSE, correct = FALSE) on the substantive answers  ->  p = 0.04058982783620361 (Python transcription).
        var mw = ChangeOverTime.Compare(Before, After, continuityCorrection: false).MannWhitney!;

        Assert.Equal(0.0405898278362, Math.Round(mw.PValue, 13));
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
