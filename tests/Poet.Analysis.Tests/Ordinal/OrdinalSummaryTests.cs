using Poet.Analysis.Ordinal;

namespace Poet.Analysis.Tests.Ordinal;

public class OrdinalSummaryTests
{
    [Fact]
    public void Summarise_MixedAnswers_CountsEachOption()
    {
        var summary = OrdinalSummary.Summarise([1, 2, 2, 3, 4, 4, 4, 5, null]);

        Assert.Equal([1, 2, 1, 3, 1], summary.Options.Select(o => o.Count));
    }

    [Fact]
    public void Summarise_MixedAnswers_LabelsOptionsFromTheStaffScale()
    {
        var summary = OrdinalSummary.Summarise([4]);

        Assert.Equal(["Strongly disagree", "Disagree", "Don't know", "Agree", "Strongly agree"], summary.Options.Select(o => o.Label));
    }

    [Fact]
    public void Summarise_MissingAnswers_AreCountedApartFromAnswered()
    {
        var summary = OrdinalSummary.Summarise([4, null, 5, null, null]);

        Assert.Equal((2, 3), (summary.Answered, summary.Missing));
    }

    [Fact]
    public void Summarise_OptionPercentages_AreOfAnsweredNotOfAll()
    {
        var summary = OrdinalSummary.Summarise([4, 4, 5, 2, null, null]);

        Assert.Equal(50.0, summary.Options[3].PercentOfAnswered);
    }

    [Fact]
    public void Summarise_DontKnowAnswers_AreLeftOutOfPercentAgree()
    {   // 3 agree, 1 disagree, 4 don't know: 3 of the 4 substantive answers agree.
        var summary = OrdinalSummary.Summarise([4, 5, 4, 1, 3, 3, 3, 3]);

        Assert.Equal(75.0, summary.AgreePercent);
    }

    [Fact]
    public void Summarise_DontKnowAnswers_AreLeftOutOfPercentDisagree()
    {
        var summary = OrdinalSummary.Summarise([4, 5, 4, 1, 3, 3, 3, 3]);

        Assert.Equal(25.0, summary.DisagreePercent);
    }

    [Fact]
    public void Summarise_DontKnowAnswers_AreAShareOfAnswered()
    {
        var summary = OrdinalSummary.Summarise([4, 5, 4, 1, 3, 3, 3, 3, null]);

        Assert.Equal(50.0, summary.DontKnowPercent);
    }

    [Fact]
    public void Summarise_DontKnowAnswers_AreInTheBaseOfPercentAgreeOfAnswered()
    {
        var summary = OrdinalSummary.Summarise([4, 5, 4, 1, 3, 3, 3, 3]);

        Assert.Equal(37.5, summary.AgreePercentOfAnswered);
    }

    [Fact]
    public void Summarise_OnlyDontKnow_HasNoPercentAgree()
    {
        var summary = OrdinalSummary.Summarise([3, 3]);

        Assert.Null(summary.AgreePercent);
    }

    [Fact]
    public void Summarise_NoAnswers_HasNoMedian()
    {
        var summary = OrdinalSummary.Summarise([null, null]);

        Assert.Null(summary.Median);
    }

    [Fact]
    public void Summarise_AnswerOffTheScale_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OrdinalSummary.Summarise([4, 6]));
    }

    [Fact]
    public void Summarise_FromCounts_MatchesSummaryFromAnswers()
    {
        var fromAnswers = OrdinalSummary.Summarise([1, 2, 2, 3, 4, 4, 5, null]);

        var fromCounts = OrdinalSummary.Summarise(new Distribution([1, 2, 1, 2, 1], Missing: 1));

        Assert.Equal(
            (fromAnswers.Answered, fromAnswers.Missing, fromAnswers.AgreePercent, fromAnswers.Median, fromAnswers.InterquartileRange),
            (fromCounts.Answered, fromCounts.Missing, fromCounts.AgreePercent, fromCounts.Median, fromCounts.InterquartileRange));
    }

    [Fact]
    public void Summarise_CountsForAnotherScaleSize_Throws()
    {
        Assert.Throws<ArgumentException>(() => OrdinalSummary.Summarise(new Distribution([1, 2, 3])));
    }

    [Fact]
    public void MedianCategory_EvenSplit_TakesLowerCategory()
    {   // oracle: R> quantile(c(2, 2, 4, 4), 0.5, type = 1)  ->  2   (definition, not run: R is not installed here)
        Assert.Equal(2, OrdinalSummary.MedianCategory(new Distribution([0, 2, 0, 2, 0])));
    }

    [Fact]
    public void MedianCategory_OddCount_TakesMiddleAnswer()
    {   // oracle: R> quantile(c(1, 4, 4, 5, 5), 0.5, type = 1)  ->  4   (sorted position ceil(5 * 0.5) = 3)
        Assert.Equal(4, OrdinalSummary.MedianCategory(new Distribution([1, 0, 0, 2, 2])));
    }

    [Fact]
    public void Summarise_EightAnswers_GivesType1QuartilesOfTheSubstantiveAnswers()
    {   // Don't know (3) is left out: oracle R> quantile(c(1,2,2,4,4,5,5), c(.25,.75), type = 1)  ->  2 5
        // by hand: 7 substantive answers, positions ceil(7 * .25) = 2 and ceil(7 * .75) = 6 of the sorted answers.
        var summary = OrdinalSummary.Summarise([1, 2, 2, 3, 4, 4, 5, 5]);

        // Disagree to Strongly agree is 2 steps among the options with a view (Agree, Strongly agree): Don't know is no step.
        Assert.Equal((2, 5, 2), (summary.LowerQuartile, summary.UpperQuartile, summary.InterquartileRange));
    }

    [Fact]
    public void Summarise_FewDontKnowsInTheMiddle_MedianIsASubstantiveAnswer()
    {   // Issue 16's example, counts 10/10/2/10/10: with Don't know as a midpoint the median would be "Don't know" (4.8%
        // chose it). Substantive answers only: R> quantile(rep(c(1,2,4,5), each = 10), .5, type = 1)  ->  2;
        // by hand: 40 answers, position ceil(40 * .5) = 20, the last Disagree.
        var summary = OrdinalSummary.Summarise(new Distribution([10, 10, 2, 10, 10]));

        Assert.Equal(2, summary.Median);
        Assert.Equal(2, summary.DontKnow);
        Assert.Equal(100.0 * 2 / 42, summary.DontKnowPercent!.Value, 12);
    }

    [Fact]
    public void Summarise_DontKnowWouldBeTheMedianOfEveryAnswer_MedianOfSubstantiveIsAgree()
    {   // All 11 answers sorted: 1 1 3 3 3 3 3 4 4 4 4, position 6 is Don't know. Substantive: 1 1 4 4 4 4,
        // R> quantile(c(1,1,4,4,4,4), .5, type = 1)  ->  4 (position ceil(6 * .5) = 3).
        var summary = OrdinalSummary.Summarise(new Distribution([2, 0, 5, 4, 0]));

        Assert.Equal(4, summary.Median);
        Assert.Equal((1, 4), (summary.LowerQuartile, summary.UpperQuartile));
    }

    [Fact]
    public void Summarise_OnlyDontKnow_HasNoMedian()
    {
        var summary = OrdinalSummary.Summarise(new Distribution([0, 0, 6, 0, 0]));

        Assert.Null(summary.Median);
        Assert.Equal(100.0, summary.DontKnowPercent);
    }

    [Fact]
    public void QuantileType1_TenthOfThirty_IsNotPushedUpByFloatingError()
    {   // 30 * 0.1 = 3.0000000000000004 in binary floating point; type 1 wants sorted position 3.
        var distribution = new Distribution([3, 27, 0, 0, 0]);

        Assert.Equal(1, OrdinalSummary.QuantileType1(distribution, 0.1));
    }

    [Fact]
    public void PublicApi_HasNoMeanAnywhere()
    {   // Every namespace that handles rating scales. Q methodology's "average reliability coefficient" and
        // the clustering's "average linkage" are named methods over other data, not means of Likert answers.
        string[] ratingNamespaces = ["Poet.Analysis.Ordinal", "Poet.Analysis.Rules", "Poet.Analysis.Disclosure", "Poet.Analysis.Change", "Poet.Analysis.Responses", "Poet.Analysis.UsersCarers"];
        var names = typeof(OrdinalSummary).Assembly.GetExportedTypes()
            .Where(t => ratingNamespaces.Contains(t.Namespace))
            .SelectMany(t => t.GetMembers().Select(m => $"{t.Name}.{m.Name}"))
            .Where(n => n.Contains("Mean", StringComparison.OrdinalIgnoreCase) || n.Contains("Average", StringComparison.OrdinalIgnoreCase));

        Assert.Empty(names);
    }
}
