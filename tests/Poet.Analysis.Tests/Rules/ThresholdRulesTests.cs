using Poet.Analysis.Ordinal;
using Poet.Analysis.Rules;

namespace Poet.Analysis.Tests.Rules;

/// <summary>
/// Issue 16 item 4: a partnership may set its own celebration/development thresholds, and the rule must use them.
/// Counts are in scale order: Strongly disagree, Disagree, Don't know, Agree, Strongly agree.
/// </summary>
public class ThresholdRulesTests
{
    // A partnership that asks more of a celebration and flags disagreement sooner.
    private static readonly CelebrationDevelopmentRules Strict = new(
        CelebrationMinimumAgreePercent: 90, CelebrationMaximumDisagreePercent: 5,
        DevelopmentMinimumDisagreePercent: 15, KnowledgeGapAboveDontKnowPercent: 20);

    private static ItemClassification Classify(int[] counts, CelebrationDevelopmentRules? rules = null) =>
        Classification.Classify("q1", OrdinalSummary.Summarise(new Distribution(counts)), rules);

    [Fact]
    public void Classify_TenPercentDisagree_IsCelebrationByDefaultButNotUnderFive()
    {   // 18 agree, 2 disagree of 20 with a view: 90% agree, 10% disagree. Default: ≥ 75 and ≤ 10 → celebration.
        // Strict: 90% agree meets 90, but 10% disagree is over 5 (and under 15) → neither.
        int[] counts = [0, 2, 0, 14, 4];

        Assert.Equal(ItemClass.Celebration, Classify(counts).Class);
        Assert.Equal(ItemClass.Neither, Classify(counts, Strict).Class);
    }

    [Fact]
    public void Classify_SixteenPercentDisagree_IsDevelopmentOnlyUnderFifteen()
    {   // 4 disagree of 25 with a view = 16%: under the default 25, over the strict 15.
        int[] counts = [1, 3, 0, 15, 6];

        Assert.Equal(ItemClass.Neither, Classify(counts).Class);
        Assert.Equal((ItemClass.Development, DevelopmentReason.Disagreement), (Classify(counts, Strict).Class, Classify(counts, Strict).Reasons));
    }

    [Fact]
    public void Classify_DontKnowExactlyAtTheThreshold_IsNotAKnowledgeGap()
    {   // 5 Don't know of 25 answered = 20%: "more than 20%" is not met, and 19 agree, 1 disagree of 20 with a view
        // (95%, 5%) celebrate under Strict. 6 Don't know of 25 = 24% is a knowledge gap.
        Assert.Equal(ItemClass.Celebration, Classify([0, 1, 5, 19, 0], Strict).Class);
        Assert.Equal((ItemClass.Development, DevelopmentReason.KnowledgeGap), (Classify([0, 0, 6, 19, 0], Strict).Class, Classify([0, 0, 6, 19, 0], Strict).Reasons));
    }

    [Fact]
    public void Classify_LowerBars_CelebrateSixtyPercent()
    {   // 12 agree, 8 disagree of 20 with a view: 60% agree, 40% disagree. Over those with a view the two add up to 100,
        // so a celebration bar of 60% agree needs room for 40% disagree, and development must start above that.
        var lenient = new CelebrationDevelopmentRules(CelebrationMinimumAgreePercent: 60, CelebrationMaximumDisagreePercent: 40,
            DevelopmentMinimumDisagreePercent: 50, KnowledgeGapAboveDontKnowPercent: 30);
        int[] counts = [3, 5, 0, 10, 2];

        Assert.Equal(ItemClass.Development, Classify(counts).Class);
        Assert.Equal(ItemClass.Celebration, Classify(counts, lenient).Class);
    }

    [Fact]
    public void Classify_ZeroAndHundredThresholds_AreHonouredAtTheEdges()
    {   // At least 0% disagree makes everything with enough views a development area; more than 100% Don't know is never met.
        var everything = CelebrationDevelopmentRules.Default with { DevelopmentMinimumDisagreePercent = 0 };
        var never = CelebrationDevelopmentRules.Default with { KnowledgeGapAboveDontKnowPercent = 100 };

        Assert.Equal(ItemClass.Development, Classify([0, 0, 0, 10, 0], everything).Class);
        Assert.Equal(ItemClass.TooFewAnswers, Classify([0, 0, 10, 0, 0], never).Class);
        Assert.Equal(ItemClass.Development, Classify([0, 0, 10, 0, 0]).Class);
    }

    [Fact]
    public void Classify_RoundWithStrictRules_UsesThemForEveryItem()
    {
        var round = new Round("p", "r", [
            new("a", new Distribution([0, 2, 0, 14, 4])),   // 90% agree, 10% disagree: neither under Strict
            new("b", new Distribution([0, 1, 0, 15, 4])),   // 95% agree, 5% disagree: celebration under Strict
            new("c", new Distribution([1, 3, 0, 15, 6])),   // 16% disagree: development under Strict
        ]);

        var classes = Classification.Classify(round, Strict).Items.Select(i => i.Class).ToArray();

        Assert.Equal([ItemClass.Neither, ItemClass.Celebration, ItemClass.Development], classes);
    }

    [Fact]
    public void Describe_DefaultRules_GivesTheStandardThresholdsInWords()
    {
        Assert.Equal("Areas for celebration: at least 75% agree and at most 10% disagree. Areas for development: at least 25% disagree, or more than 30% answering \"Don't know\".",
            CelebrationDevelopmentRules.Default.Describe());
        Assert.True(CelebrationDevelopmentRules.Default.IsStandard);
    }

    [Fact]
    public void Describe_StrictRules_GivesTheirThresholds()
    {
        Assert.Equal("Areas for celebration: at least 90% agree and at most 5% disagree. Areas for development: at least 15% disagree, or more than 20% answering \"Don't know\".",
            Strict.Describe());
        Assert.False(Strict.IsStandard);
    }

    [Fact]
    public void DescribeDifferenceFrom_SameThresholds_IsNull()
    {
        Assert.Null(CelebrationDevelopmentRules.Default.DescribeDifferenceFrom(new CelebrationDevelopmentRules(), "Spring"));
        // The minimum answered and the base are not thresholds a partnership sets.
        Assert.Null(CelebrationDevelopmentRules.Default.DescribeDifferenceFrom(new CelebrationDevelopmentRules(MinimumAnswered: 7), "Spring"));
    }

    [Fact]
    public void DescribeDifferenceFrom_OtherThresholds_NamesEachThatDiffers()
    {
        var earlier = CelebrationDevelopmentRules.Default with { CelebrationMinimumAgreePercent = 70, KnowledgeGapAboveDontKnowPercent = 40 };

        Assert.Equal("\"Spring 2026\" used different thresholds for celebration and development (celebration: at least 70% agree then, 75% now; " +
            "development: more than 40% \"Don't know\" then, 30% now). The changes below compare the answers themselves and do not depend on the thresholds, " +
            "but that round's areas for celebration and development were chosen by a different rule, so do not compare the two rounds' lists as they stand.",
            CelebrationDevelopmentRules.Default.DescribeDifferenceFrom(earlier, "Spring 2026"));
    }

    [Fact]
    public void DescribeDifferenceFrom_AllFourDiffer_ListsAllFourInOrder()
    {
        var text = Strict.DescribeDifferenceFrom(CelebrationDevelopmentRules.Default, "Autumn");

        Assert.Contains("(celebration: at least 75% agree then, 90% now; celebration: at most 10% disagree then, 5% now; " +
            "development: at least 25% disagree then, 15% now; development: more than 30% \"Don't know\" then, 20% now)", text);
    }
}
