using Poet.Analysis.Responses;

namespace Poet.Analysis.Tests.Responses;

public class ParticipationTests
{
    private static GroupParticipation Row(IReadOnlyList<GroupParticipation> rows, string name) => rows.Single(r => r.Name == name);

    [Fact]
    public void SuppressSmallGroups_AllLarge_ShowsEveryRateFromCounts()
    {
        // CP pilot split, derived in the brief §5: about 35/15/3 of 53 responses; invitations made up for the test.
        var rows = Participation.SuppressSmallGroups([new("LEH", 60, 35), new("SHUH", 30, 15), new("BtPCT", 16, 6)]);
        Assert.All(rows, r => Assert.False(r.Hidden));
        Assert.Equal(35 / 60d, Row(rows, "LEH").Rate);
        Assert.Equal(0.5, Row(rows, "SHUH").Rate);
    }

    [Fact]
    public void SuppressSmallGroups_FewerThanFiveResponded_HidesItAndTheNextSmallest()
    {
        var rows = Participation.SuppressSmallGroups([new("LEH", 60, 35), new("SHUH", 30, 15), new("BtPCT", 16, 3)]);
        Assert.True(Row(rows, "BtPCT").Hidden);
        Assert.Null(Row(rows, "BtPCT").Responded);
        Assert.True(Row(rows, "SHUH").Hidden);   // else 53 - 35 - 15 = 3 gives BtPCT away
        Assert.False(Row(rows, "LEH").Hidden);
    }

    [Fact]
    public void SuppressSmallGroups_FewerThanFiveInvited_IsHiddenEvenWithManyResponses()
    {
        var rows = Participation.SuppressSmallGroups([new("A", 4, 6), new("B", 40, 20), new("C", 40, 30)]);
        Assert.True(Row(rows, "A").Hidden);
        Assert.True(Row(rows, "B").Hidden);
        Assert.False(Row(rows, "C").Hidden);
    }

    [Fact]
    public void SuppressSmallGroups_TwoSmallGroups_HidesOnlyThoseTwo()
    {
        var rows = Participation.SuppressSmallGroups([new("A", 50, 2), new("B", 50, 3), new("C", 50, 30)]);
        Assert.Equal([true, true, false], rows.Select(r => r.Hidden));
    }

    [Fact]
    public void SuppressSmallGroups_SmallUnsureGroup_HidesAPartnerSoItCannotBeSubtracted()
    {
        // "Unsure or other" has no invitations, but its responses still add up to the total submitted.
        var rows = Participation.SuppressSmallGroups([new("Council", 50, 30), new("Trust", 20, 8), new("Social care", 25, 9), new("Unsure or other", null, 2)]);
        Assert.True(Row(rows, "Unsure or other").Hidden);
        Assert.True(Row(rows, "Trust").Hidden);
        Assert.True(Row(rows, "Social care").Hidden);   // else the invited total less Council and Social care gives Trust's invitations away
        Assert.False(Row(rows, "Council").Hidden);
    }

    [Fact]
    public void SuppressSmallGroups_TwoPartnersAndSmallUnsure_HidesEverything()
    {
        // Hiding Trust protects the response column; Council alone would then give Trust's invited count away.
        var rows = Participation.SuppressSmallGroups([new("Council", 50, 30), new("Trust", 20, 8), new("Unsure or other", null, 2)]);
        Assert.All(rows, r => Assert.True(r.Hidden));
    }

    [Fact]
    public void SuppressSmallGroups_HiddenPartnerBesideVisibleUnsure_HidesAnotherPartnerToProtectInvitedCounts()
    {
        // Hiding "Unsure" would protect the responses column, but the invited column (partners only) would still give A away.
        var rows = Participation.SuppressSmallGroups([new("A", 10, 3), new("B", 40, 20), new("C", 40, 25), new("Unsure or other", null, 6)]);
        Assert.True(Row(rows, "A").Hidden);
        Assert.Equal(2, rows.Count(r => r.Hidden && r.Name != "Unsure or other" ));
    }

    [Fact]
    public void SuppressSmallGroups_OneGroupOnly_SmallIsHidden()
    {
        var rows = Participation.SuppressSmallGroups([new("Only", 4, 4)]);
        Assert.True(rows.Single().Hidden);
    }

    [Fact]
    public void Rate_NobodyInvited_IsNull() => Assert.Null(new GroupParticipation("Unsure", null, 7, false).Rate);
}
