using Poet.Analysis.Disclosure;

namespace Poet.Analysis.Tests.Disclosure;

public class SuppressionTests
{
    private static GroupCount[] Groups(params (string Name, int N)[] groups) =>
        groups.Select(g => new GroupCount(g.Name, g.N)).ToArray();

    private static string[] HiddenNames(SuppressedTable table) => table.Hidden.Select(g => g.Name).ToArray();

    [Fact]
    public void MinimumCellSize_IsFive()
    {
        Assert.Equal(5, Suppression.MinimumCellSize);
    }

    [Fact]
    public void Suppress_GroupOfExactlyFive_IsPublished()
    {
        var table = Suppression.Suppress(Groups(("A", 5), ("B", 12)), total: 17);

        Assert.Equal(new PublishedGroup("A", 5, false, null), table.Groups[0]);
    }

    [Fact]
    public void Suppress_CellBelowFive_IsHidden()
    {
        var table = Suppression.Suppress(Groups(("A", 4), ("B", 12), ("C", 20)), total: 36);

        Assert.Equal(new PublishedGroup("A", null, true, Suppression.HiddenReason), table.Groups[0]);
    }

    [Fact]
    public void Suppress_OneSmallGroup_AlsoHidesNextSmallestSoTotalMinusOthersGivesNothing()
    {   // Publishing B=12 and C=20 with total 36 would give A = 36 - 12 - 20 = 4.
        var table = Suppression.Suppress(Groups(("A", 4), ("B", 12), ("C", 20)), total: 36);

        Assert.Equal(["A", "B"], HiddenNames(table));
    }

    [Fact]
    public void Suppress_TwoGroupsOfThree_HidesBothAndNothingElse()
    {
        var table = Suppression.Suppress(Groups(("A", 3), ("B", 3), ("C", 20)), total: 26);

        Assert.Equal(["A", "B"], HiddenNames(table));
    }

    [Fact]
    public void Suppress_TwoGroupsOfThree_StillPublishesTheTotal()
    {
        var table = Suppression.Suppress(Groups(("A", 3), ("B", 3), ("C", 20)), total: 26);

        Assert.Equal(26, table.Total);
    }

    [Fact]
    public void Suppress_AllGroupsSmall_HidesEveryGroup()
    {
        var table = Suppression.Suppress(Groups(("A", 2), ("B", 3), ("C", 1)), total: 6);

        Assert.All(table.Groups, g => Assert.Null(g.N));
    }

    [Fact]
    public void Suppress_TotalBelowThreshold_HidesTheTotal()
    {
        var table = Suppression.Suppress(Groups(("A", 1), ("B", 3)), total: 4);

        Assert.Null(table.Total);
    }

    [Fact]
    public void Suppress_OnlyOneGroupAndItIsSmall_HidesTheTotalBecauseNothingElseCanBeHidden()
    {   // 3 in the group and 7 "not stated": the total 10 minus the 7 would give the group away.
        var table = Suppression.Suppress(Groups(("A", 3)), total: 10);

        Assert.Null(table.Total);
    }

    [Fact]
    public void Suppress_HiddenGroupsAllZero_HidesAnotherGroupBecauseZeroPlusZeroIsKnown()
    {
        var table = Suppression.Suppress(Groups(("A", 0), ("B", 0), ("C", 9), ("D", 30)), total: 39);

        Assert.Equal(["A", "B", "C"], HiddenNames(table));
    }

    [Fact]
    public void Suppress_TieForNextSmallest_HidesTheEarlierGroup()
    {
        var table = Suppression.Suppress(Groups(("A", 8), ("B", 2), ("C", 8)), total: 18);

        Assert.Equal(["A", "B"], HiddenNames(table));
    }

    [Fact]
    public void Suppress_Empty_PublishesNoGroups()
    {
        var table = Suppression.Suppress([], total: 0);

        Assert.Empty(table.Groups);
    }

    [Fact]
    public void Suppress_Empty_HidesAZeroTotal()
    {
        var table = Suppression.Suppress([], total: 0);

        Assert.Null(table.Total);
    }

    [Fact]
    public void Suppress_ThresholdBelowFive_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Suppression.Suppress(Groups(("A", 4)), total: 4, threshold: 4));
    }

    [Fact]
    public void Suppress_RaisedThreshold_HidesGroupsUnderIt()
    {
        var table = Suppression.Suppress(Groups(("A", 8), ("B", 9), ("C", 30)), total: 47, threshold: 10);

        Assert.Equal(["A", "B"], HiddenNames(table));
    }

    [Fact]
    public void Suppress_TotalLessThanGroups_Throws()
    {
        Assert.Throws<ArgumentException>(() => Suppression.Suppress(Groups(("A", 8), ("B", 9)), total: 10));
    }

    [Fact]
    public void Suppress_DuplicateNames_Throws()
    {
        Assert.Throws<ArgumentException>(() => Suppression.Suppress(Groups(("A", 8), ("A", 9)), total: 17));
    }

    [Fact]
    public void Suppress_HiddenCells_ShareOneReasonSoPrimaryAndComplementaryLookAlike()
    {
        var table = Suppression.Suppress(Groups(("A", 4), ("B", 12), ("C", 20)), total: 36);

        Assert.Single(table.Hidden.Select(g => g.Reason).Distinct());
    }

    [Fact]
    public void MergeSmallGroups_TwoSmallGroupsMakingFive_MergesThemIntoOther()
    {
        var table = Suppression.MergeSmallGroups(Groups(("A", 2), ("B", 3), ("C", 20)), total: 25);

        Assert.Equal([new PublishedGroup("C", 20, false, null), new PublishedGroup("Other", 5, false, null)], table.Groups);
    }

    [Fact]
    public void MergeSmallGroups_OneSmallGroup_MergesTheNextSmallestToo()
    {   // "Other" = A alone would publish A's 4.
        var table = Suppression.MergeSmallGroups(Groups(("A", 4), ("B", 12), ("C", 20)), total: 36);

        Assert.Equal(["A", "B"], table.MergedNames);
    }

    [Fact]
    public void MergeSmallGroups_SmallGroupsUnderFiveTogether_MergesUntilOtherReachesThreshold()
    {
        var table = Suppression.MergeSmallGroups(Groups(("A", 1), ("B", 2), ("C", 6), ("D", 20)), total: 29);

        Assert.Equal(new PublishedGroup("Other", 9, false, null), table.Groups[^1]);
    }

    [Fact]
    public void MergeSmallGroups_AllGroupsTogetherUnderThreshold_HidesEveryGroup()
    {
        var table = Suppression.MergeSmallGroups(Groups(("A", 1), ("B", 2)), total: 3);

        Assert.All(table.Groups, g => Assert.True(g.Suppressed));
    }

    [Fact]
    public void MergeSmallGroups_LoneSmallGroupAndRestNotStated_HidesTheTotal()
    {   // 3 in the group and 7 "not stated": 10 - 7 would give the group away.
        var table = Suppression.MergeSmallGroups(Groups(("A", 3)), total: 10);

        Assert.Null(table.Total);
    }

    [Fact]
    public void MergeSmallGroups_NothingSmall_MergesNothing()
    {
        var table = Suppression.MergeSmallGroups(Groups(("A", 5), ("B", 6)), total: 11);

        Assert.Empty(table.MergedNames);
    }

    [Fact]
    public void MergeSmallGroups_ExistingGroupCalledOther_Throws()
    {
        Assert.Throws<ArgumentException>(() => Suppression.MergeSmallGroups(Groups(("Other", 2), ("B", 6)), total: 8));
    }

    [Fact]
    public void SuppressParticipation_RespondedUnderThreshold_HidesRow()
    {
        var table = Suppression.SuppressParticipation(
            [new("A", 40, 20), new("B", 12, 4), new("C", 30, 9), new("D", 50, 25)]);

        Assert.True(table.Rows[1].Suppressed);
    }

    [Fact]
    public void SuppressParticipation_InvitedUnderThreshold_HidesRow()
    {
        var table = Suppression.SuppressParticipation(
            [new("A", 40, 20), new("B", 4, 4), new("C", 30, 3)]);

        Assert.True(table.Rows[1].Suppressed);
    }

    [Fact]
    public void SuppressParticipation_OneSmallRow_HidesTheRowWithFewestResponsesToo()
    {
        var table = Suppression.SuppressParticipation(
            [new("A", 40, 20), new("B", 12, 4), new("C", 30, 9), new("D", 50, 25)]);

        Assert.Equal(["B", "C"], table.Rows.Where(r => r.Suppressed).Select(r => r.Name));
    }

    [Fact]
    public void SuppressParticipation_HiddenRow_HidesBothCounts()
    {
        var table = Suppression.SuppressParticipation([new("A", 40, 20), new("B", 12, 4), new("C", 30, 9)]);

        Assert.Equal((null, null), (table.Rows[1].Invited, table.Rows[1].Responded));
    }

    [Fact]
    public void SuppressParticipation_MoreRespondedThanInvited_PublishesBoth()
    {
        // Respondents choose their own employer, so a partner can have more responses than invitations.
        var table = Suppression.SuppressParticipation([new("A", 10, 11), new("B", 40, 20)]);

        Assert.Equal((10, 11), (table.Rows[0].Invited, table.Rows[0].Responded));
    }

    [Fact]
    public void SuppressParticipation_AllLarge_ShowsEveryRateFromCounts()
    {
        // CP pilot split, derived in the brief §5: about 35/15/3 of 53 responses; invitations made up for the test.
        var table = Suppression.SuppressParticipation([new("LEH", 60, 35), new("SHUH", 30, 15), new("BtPCT", 16, 6)]);

        Assert.All(table.Rows, r => Assert.False(r.Suppressed));
        Assert.Equal(35 / 60d, table.Rows[0].Rate);
        Assert.Equal(0.5, table.Rows[1].Rate);
    }

    [Fact]
    public void SuppressParticipation_PilotSplitWithThreeResponses_HidesItAndTheNextSmallest()
    {
        var table = Suppression.SuppressParticipation([new("LEH", 60, 35), new("SHUH", 30, 15), new("BtPCT", 16, 3)]);

        // Else 53 - 35 - 15 = 3 gives BtPCT away.
        Assert.Equal([false, true, true], table.Rows.Select(r => r.Suppressed));
    }

    [Fact]
    public void SuppressParticipation_SmallUnsureGroup_HidesPartnersSoNeitherColumnCanBeSubtracted()
    {
        // "Unsure or other" has no invitations, but its responses still add up to the total submitted.
        var table = Suppression.SuppressParticipation(
            [new("Council", 50, 30), new("Trust", 20, 8), new("Social care", 25, 9), new("Unsure or other", null, 2)]);

        // Hiding Trust protects the responses; Social care goes too, else the invited total less Council and Social care gives Trust's invitations away.
        Assert.Equal([false, true, true, true], table.Rows.Select(r => r.Suppressed));
    }

    [Fact]
    public void SuppressParticipation_TwoPartnersAndSmallUnsure_HidesEverythingAndTheTotals()
    {
        var table = Suppression.SuppressParticipation([new("Council", 50, 30), new("Trust", 20, 8), new("Unsure or other", null, 2)]);

        Assert.All(table.Rows, r => Assert.True(r.Suppressed));
    }

    [Fact]
    public void SuppressParticipation_HiddenPartnerBesideVisibleUnsure_HidesAnotherPartnerNotUnsure()
    {
        // Hiding "Unsure" would protect the responses column, but the invited column (partners only) would still give A away.
        var table = Suppression.SuppressParticipation(
            [new("A", 10, 3), new("B", 40, 20), new("C", 40, 25), new("Unsure or other", null, 6)]);

        Assert.Equal([true, true, false, false], table.Rows.Select(r => r.Suppressed));
    }

    [Fact]
    public void SuppressParticipation_NobodyInvitedAsTheGroup_HasNoRate()
    {
        var table = Suppression.SuppressParticipation([new("A", 40, 20), new("Unsure or other", null, 7), new("B", 30, 9)]);

        Assert.Null(table.Rows[1].Rate);
        Assert.Equal(7, table.Rows[1].Responded);
    }
}
