using Poet.Analysis.Responses;

namespace Poet.Analysis.Tests.Responses;

public class UsabilityTests
{
    [Theory]
    [InlineData(25, 50, true)]   // exactly half is enough
    [InlineData(24, 50, false)]
    [InlineData(50, 50, true)]
    [InlineData(3, 5, true)]     // odd counts: 2.5 rounds up to 3
    [InlineData(2, 5, false)]
    public void IsUsable_Submitted_DependsOnShareAnswered(int answered, int items, bool expected) =>
        Assert.Equal(expected, Usability.IsUsable(true, answered, items));

    [Fact]
    public void IsUsable_NotSubmitted_IsNeverUsable() => Assert.False(Usability.IsUsable(false, 50, 50));

    [Fact]
    public void IsUsable_RoundWithoutLikertItems_CountsSubmittedOnly() => Assert.True(Usability.IsUsable(true, 0, 0));

    [Fact]
    public void IsUsable_NegativeCount_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Usability.IsUsable(true, -1, 10));
}
