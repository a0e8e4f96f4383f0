using Poet.Analysis.Responses;

namespace Poet.Analysis.Tests.Responses;

public class UsabilityTests
{
    [Fact]
    public void IsUsable_ExactlyHalfAnswered_IsUsable() => Assert.True(Usability.IsUsable(true, 30, 60));

    [Fact]
    public void IsUsable_OneShortOfHalf_IsNotUsable() => Assert.False(Usability.IsUsable(true, 29, 60));

    [Fact]
    public void IsUsable_OddItemCount_NeedsTheRoundedUpHalf()
    {   // 7 items: 3 is under half, 4 is over it.
        Assert.False(Usability.IsUsable(true, 3, 7));
        Assert.True(Usability.IsUsable(true, 4, 7));
    }

    [Fact]
    public void IsUsable_NotSubmitted_IsNotUsableHoweverComplete() => Assert.False(Usability.IsUsable(false, 60, 60));

    [Fact]
    public void IsUsable_MoreAnswersThanItems_Throws() =>
        Assert.Throws<ArgumentException>(() => Usability.IsUsable(true, 61, 60));

    [Fact]
    public void IsUsable_DontKnowAnswers_CountAsAnswered()
    {   // Two of four items answered, both "Don't know" (code 3).
        Assert.True(Usability.IsUsable(true, [3, null, 3, null], 4));
    }

    [Fact]
    public void IsUsable_SkippedItems_DoNotCount() => Assert.False(Usability.IsUsable(true, [4, null, null, null], 4));
}
