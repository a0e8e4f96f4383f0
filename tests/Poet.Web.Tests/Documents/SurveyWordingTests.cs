using Poet.Data.Documents;

namespace Poet.Web.Tests.Documents;

public class SurveyWordingTests
{
    [Theory]
    [InlineData(0, 10)]   // outcomes section only
    [InlineData(30, 20)]  // 10 + 10
    [InlineData(40, 25)]  // 13.3 + 10, rounded up to 5
    [InlineData(60, 30)]
    public void MinutesNeeded_Statements_TwentySecondsEachPlusTenRoundedUpToFive(int statements, int minutes)
    {
        Assert.Equal(minutes, SurveyWording.MinutesNeeded(statements));
    }

    [Fact]
    public void LongDate_IsBritishWithWeekday()
    {
        Assert.Equal("Friday 18 December 2026", SurveyWording.LongDate(new DateOnly(2026, 12, 18)));
    }
}
