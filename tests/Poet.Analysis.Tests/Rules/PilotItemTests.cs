using Poet.Analysis.Ordinal;
using Poet.Analysis.Rules;
using Poet.Analysis.Tests.Fixtures;

namespace Poet.Analysis.Tests.Rules;

/// <summary>
/// RISS/SISS "the integrated service has clear outcomes for children and families" (brief 3.7, source
/// L1764): printed as 80% agree or strongly agree, 0% disagree, 20% don't know; 37 and 9 of 46 (derived).
/// </summary>
public class PilotItemTests
{
    private static readonly ItemSummary Riss = OrdinalSummary.Summarise(PilotSites.RissClearOutcomes);

    [Fact]
    public void Summarise_RissClearOutcomes_Has46Answered()
    {
        Assert.Equal(46, Riss.Answered);
    }

    [Fact]
    public void Summarise_RissClearOutcomes_Is80PercentAgreeOfAnswered()
    {   // 37 / 46 = 80.43%, printed as 80%.
        Assert.Equal(80, Math.Round(Riss.AgreePercentOfAnswered!.Value));
    }

    [Fact]
    public void Summarise_RissClearOutcomes_Is100PercentAgreeOfSubstantive()
    {   // Nobody disagreed, so every answer other than Don't know agreed: 37 / 37.
        Assert.Equal(100.0, Riss.AgreePercent);
    }

    [Fact]
    public void Summarise_RissClearOutcomes_IsZeroPercentDisagree()
    {
        Assert.Equal(0.0, Riss.DisagreePercent);
    }

    [Fact]
    public void Summarise_RissClearOutcomes_Is20PercentDontKnow()
    {   // 9 / 46 = 19.57%, printed as 20%.
        Assert.Equal(20, Math.Round(Riss.DontKnowPercent!.Value));
    }

    [Fact]
    public void Classify_RissClearOutcomes_IsCelebrationNotKnowledgeGap()
    {   // 19.6% Don't know is not more than the 30% knowledge-gap default, and 100% agree / 0% disagree
        // meets the celebration rule. Yet staff could not name the outcomes (brief 4, rule 10: agreement is
        // not clarity): the rules cannot see that, which is why the report keeps the comments beside them.
        var result = Classification.Classify("clear-outcomes", Riss);

        Assert.Equal((ItemClass.Celebration, DevelopmentReason.None), (result.Class, result.Reasons));
    }

    [Fact]
    public void Classify_RissClearOutcomesOverAnswered_IsStillCelebration()
    {   // 80.4% of answered agree: still at least 75%.
        var result = Classification.Classify("clear-outcomes", Riss, new CelebrationDevelopmentRules(AgreementBase: PercentBase.Answered));

        Assert.Equal(ItemClass.Celebration, result.Class);
    }
}
