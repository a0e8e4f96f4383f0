using Poet.Analysis.Disclosure;
using Poet.Analysis.Rules;
using Poet.Analysis.Tests.Fixtures;

namespace Poet.Analysis.Tests.Rules;

public class ResponseRateTests
{
    [Fact]
    public void RoundedPercent_RissSubmittedAsPrinted_Is71NotThePrinted69()
    {   // 52 / 73 = 71.2% (brief section 5: the printed 69% does not follow from 73 invited).
        Assert.Equal(71, PilotSites.RissAsPrinted.SubmittedRate.RoundedPercent);
    }

    [Fact]
    public void RoundedPercent_RissUsableAsPrinted_Is63NotThePrinted61()
    {   // 46 / 73 = 63.0%.
        Assert.Equal(63, PilotSites.RissAsPrinted.UsableRate.RoundedPercent);
    }

    [Fact]
    public void RoundedPercent_RissWithSeventyFiveInvited_GivesThePrinted69And61()
    {   // 52 / 75 = 69.3%, 46 / 75 = 61.3%: the reading that fits the printed figures.
        var riss = PilotSites.RissAsPercentagesImply;

        Assert.Equal((69, 61), (riss.SubmittedRate.RoundedPercent, riss.UsableRate.RoundedPercent));
    }

    [Fact]
    public void Excluded_RissAsPrinted_IsSixNotThePrintedFive()
    {
        Assert.Equal(6, PilotSites.RissAsPrinted.Excluded);
    }

    [Fact]
    public void RequiredResponses_DldsThirtyPercentOfSixHundred_Is180()
    {
        Assert.Equal(180, new ResponseThreshold.PercentOfInvited(PilotSites.DldsThresholdPercent).RequiredResponses(PilotSites.DldsInvited));
    }

    [Fact]
    public void RoundedPercent_Dlds108OfSixHundred_Is18()
    {
        Assert.Equal(18, new ResponseRate(PilotSites.DldsInvited, PilotSites.DldsResponded).RoundedPercent);
    }

    [Fact]
    public void MeetsThreshold_Dlds18PercentAgainst30Percent_IsFalse()
    {
        var dlds = new ResponseRate(PilotSites.DldsInvited, PilotSites.DldsResponded);

        Assert.False(dlds.MeetsThreshold(new ResponseThreshold.PercentOfInvited(PilotSites.DldsThresholdPercent)));
    }

    [Fact]
    public void MeetsThreshold_ExactlyThirtyPercent_IsTrue()
    {
        Assert.True(new ResponseRate(600, 180).MeetsThreshold(new ResponseThreshold.PercentOfInvited(30)));
    }

    [Fact]
    public void MeetsThreshold_OneShortOfCount_IsFalse()
    {
        Assert.False(new ResponseRate(600, 179).MeetsThreshold(new ResponseThreshold.Count(180)));
    }

    [Fact]
    public void MeetsThreshold_PercentNeedingPartOfAPerson_RoundsUp()
    {   // 30% of 73 = 21.9 people, so 22 are needed.
        Assert.False(new ResponseRate(73, 21).MeetsThreshold(new ResponseThreshold.PercentOfInvited(30)));
    }

    [Fact]
    public void RoundedPercent_Cp53OfAbout106_Is50()
    {
        Assert.Equal(50, new ResponseRate(PilotSites.CpInvited, PilotSites.CpResponses).RoundedPercent);
    }

    [Fact]
    public void Percent_NobodyInvited_IsNull()
    {
        Assert.Null(new ResponseRate(0, 0).Percent);
    }

    [Fact]
    public void New_MoreRespondedThanInvited_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ResponseRate(10, 11));
    }

    [Fact]
    public void SurveyReturns_MoreUsableThanSubmitted_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SurveyReturns(Invited: 73, Submitted: 46, Usable: 52));
    }

    [Fact]
    public void Suppress_CpEmployers_HidesBtPctGroupOfThree()
    {
        var table = Suppression.Suppress(PilotSites.CpEmployers, PilotSites.CpResponses);

        Assert.Null(table.Groups.Single(g => g.Name == "BtPCT").N);
    }

    [Fact]
    public void Suppress_CpEmployers_AlsoHidesShuhSoBtPctIsNot53Minus35Minus15()
    {
        var table = Suppression.Suppress(PilotSites.CpEmployers, PilotSites.CpResponses);

        Assert.Equal(["SHUH", "BtPCT"], table.Hidden.Select(g => g.Name));
    }

    [Fact]
    public void Suppress_CpEmployers_PublishesLehAndTheTotal()
    {
        var table = Suppression.Suppress(PilotSites.CpEmployers, PilotSites.CpResponses);

        Assert.Equal((35, 53), (table.Groups[0].N, table.Total));
    }

    [Fact]
    public void CpEmployers_DerivedCounts_RoundToThePrintedPercentages()
    {   // 35/53 = 66.0%, 15/53 = 28.3%, 3/53 = 5.7%  ->  66 / 28 / 6 as printed (L1642).
        var percents = PilotSites.CpEmployers.Select(g => new ResponseRate(PilotSites.CpResponses, g.N).RoundedPercent);

        Assert.Equal([66, 28, 6], percents);
    }
}
