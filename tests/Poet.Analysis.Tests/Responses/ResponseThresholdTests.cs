using Poet.Analysis.Responses;

namespace Poet.Analysis.Tests.Responses;

public class ResponseThresholdTests
{
    [Fact]
    public void Check_DldsPilot_ThirtyPercentOfSixHundredNeeds180()
    {
        // Brief §5: DLDS threshold 30% = 180 of about 600; it reached about 108.
        var check = ResponseThreshold.Check(isPercent: true, 30, invited: 600, usable: 108);
        Assert.Equal(180, check.UsableNeeded);
        Assert.False(check.IsMet);
        Assert.Equal(72, check.MoreNeeded);
    }

    [Fact]
    public void Check_PercentOfOddRoster_RoundsUp() => Assert.Equal(22, ResponseThreshold.Check(true, 30, 73, 0).UsableNeeded);

    [Fact]
    public void Check_CountReached_IsMet()
    {
        var check = ResponseThreshold.Check(isPercent: false, 46, invited: 73, usable: 46);
        Assert.True(check.IsMet);
        Assert.Equal(0, check.MoreNeeded);
    }

    [Fact]
    public void Check_NobodyInvited_IsNotMet() => Assert.False(ResponseThreshold.Check(true, 30, 0, 0).IsMet);
}
