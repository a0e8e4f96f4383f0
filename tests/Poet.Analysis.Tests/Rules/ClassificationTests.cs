using Poet.Analysis.Ordinal;
using Poet.Analysis.Rules;

namespace Poet.Analysis.Tests.Rules;

public class ClassificationTests
{
    private static ItemClassification Classify(int[] counts, CelebrationDevelopmentRules? rules = null) =>
        Classification.Classify("q1", OrdinalSummary.Summarise(new Distribution(counts)), rules);

    [Fact]
    public void Classify_HighAgreementLowDisagreement_IsCelebration()
    {   // 9 of 10 substantive agree (90%), 1 of 10 disagrees (10%, the most allowed), 0 don't know.
        Assert.Equal(ItemClass.Celebration, Classify([0, 1, 0, 5, 4]).Class);
    }

    // Issue 16, point 3: "4 agree + 1 Don't know = 100%". Five answered, but only four gave a view.
    [Fact]
    public void Classify_FourAgreeOneDontKnow_IsNotSortedAsCelebration()
    {
        Assert.Equal(ItemClass.TooFewAnswers, Classify([0, 0, 1, 4, 0]).Class);
        Assert.Equal(ItemClass.Celebration, Classify([0, 0, 1, 5, 0]).Class);
    }

    [Fact]
    public void Classify_FewViewsButMostlyDontKnow_IsStillAKnowledgeGap()
    {   // 2 disagree, 6 Don't know of 8 answered: 75% Don't know is a finding; 100% disagree over 2 is not.
        var item = Classify([0, 2, 6, 0, 0]);

        Assert.Equal((ItemClass.Development, DevelopmentReason.KnowledgeGap), (item.Class, item.Reasons));
    }

    [Fact]
    public void Classify_AgreementJustUnder75_IsNeither()
    {   // Over substantive answers, 0% disagree forces 100% agree, so this case needs the Answered base:
        // 74 of 100 answered agree, 26 don't know, none disagree.
        var rules = new CelebrationDevelopmentRules(AgreementBase: PercentBase.Answered);

        Assert.Equal(ItemClass.Neither, Classify([0, 0, 26, 74, 0], rules).Class);
    }

    [Fact]
    public void Classify_DisagreementOfElevenPercent_IsNotCelebration()
    {   // 89 agree, 11 disagree of 100 substantive.
        Assert.Equal(ItemClass.Neither, Classify([0, 11, 0, 89, 0]).Class);
    }

    [Fact]
    public void Classify_DisagreementOfTwentyFivePercent_IsDevelopment()
    {
        Assert.Equal(ItemClass.Development, Classify([5, 20, 0, 75, 0]).Class);
    }

    [Fact]
    public void Classify_DisagreementOfTwentyFivePercent_GivesDisagreementAsReason()
    {
        Assert.Equal(DevelopmentReason.Disagreement, Classify([5, 20, 0, 75, 0]).Reasons);
    }

    [Fact]
    public void Classify_DontKnowOverThirtyPercent_IsKnowledgeGap()
    {   // 31 of 100 don't know; every substantive answer agrees.
        Assert.Equal(DevelopmentReason.KnowledgeGap, Classify([0, 0, 31, 69, 0]).Reasons);
    }

    [Fact]
    public void Classify_DontKnowExactlyThirtyPercent_IsNotKnowledgeGap()
    {   // The rule is "more than 30%".
        Assert.Equal(ItemClass.Celebration, Classify([0, 0, 30, 70, 0]).Class);
    }

    [Fact]
    public void Classify_DisagreementAndKnowledgeGap_GivesBothReasons()
    {
        Assert.Equal(DevelopmentReason.Disagreement | DevelopmentReason.KnowledgeGap, Classify([0, 5, 40, 5, 0]).Reasons);
    }

    [Fact]
    public void Classify_EveryoneSaysDontKnow_IsKnowledgeGap()
    {
        Assert.Equal(DevelopmentReason.KnowledgeGap, Classify([0, 0, 6, 0, 0]).Reasons);
    }

    [Fact]
    public void Classify_FourAnswers_IsTooFewAnswers()
    {
        Assert.Equal(ItemClass.TooFewAnswers, Classify([0, 0, 0, 4, 0]).Class);
    }

    [Fact]
    public void Classify_FiveAnswers_IsClassified()
    {
        Assert.Equal(ItemClass.Celebration, Classify([0, 0, 0, 5, 0]).Class);
    }

    [Fact]
    public void Classify_Round_KeepsPartnershipAndRound()
    {
        var round = new Round("riss", "2007-1", [new("q1", new Distribution([0, 0, 0, 5, 0]))]);

        var result = Classification.Classify(round);

        Assert.Equal(("riss", "2007-1"), (result.PartnershipId, result.RoundId));
    }

    [Fact]
    public void Classify_RoundWithDuplicateItem_Throws()
    {
        var d = new Distribution([0, 0, 0, 5, 0]);

        Assert.Throws<ArgumentException>(() => Classification.Classify(new Round("p", "r", [new("q1", d), new("q1", d)])));
    }

    [Fact]
    public void RankCelebrations_TwoCelebrations_PutsHigherAgreementFirst()
    {
        var round = Classification.Classify(new Round("p", "r",
        [
            new("q1", new Distribution([0, 1, 0, 9, 0])),   // 90% agree
            new("q2", new Distribution([0, 0, 0, 10, 0])),  // 100% agree
            new("q3", new Distribution([5, 5, 0, 0, 0])),   // development
        ]));

        Assert.Equal(["q2", "q1"], Classification.RankCelebrations(round).Select(i => i.ItemId));
    }

    [Fact]
    public void RankDevelopments_TwoDevelopments_PutsHigherDisagreementFirst()
    {
        var round = Classification.Classify(new Round("p", "r",
        [
            new("q1", new Distribution([0, 3, 0, 7, 0])),   // 30% disagree
            new("q2", new Distribution([0, 6, 0, 4, 0])),   // 60% disagree
        ]));

        Assert.Equal(["q2", "q1"], Classification.RankDevelopments(round).Select(i => i.ItemId));
    }

    [Fact]
    public void PublicApi_TakesNoCollectionOfPartnerships()
    {   // Brief section 4, rule 3: no cross-partnership rankings. Every ranking takes one round.
        var parameters = typeof(Classification).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters())
            .Where(p => p.ParameterType.IsAssignableTo(typeof(IEnumerable<Round>)) ||
                        p.ParameterType.IsAssignableTo(typeof(IEnumerable<RoundClassification>)));

        Assert.Empty(parameters);
    }
}
