using Poet.Analysis.Workshops;

namespace Poet.Analysis.Tests.Workshops;

/// <summary>
/// Importance × certainty (strategic assumption surfacing). Expected values are worked by hand in the comments: medians by
/// R's quantile(x, 0.5, type = 1), the value at sorted position ceil(n / 2).
/// </summary>
public class AssumptionRatingsTests
{
    [Theory]
    [InlineData(5, 4, Quadrant.ImportantCertain)]
    [InlineData(4, 2, Quadrant.ImportantUncertain)]
    [InlineData(3, 5, Quadrant.LessImportantCertain)]
    [InlineData(3, 3, Quadrant.LessImportantUncertain)] // the middle of the scale counts as less important and uncertain
    [InlineData(1, 1, Quadrant.LessImportantUncertain)]
    public void QuadrantOf_AboveTheMiddleIsImportantOrCertain(int importance, int certainty, Quadrant expected) =>
        Assert.Equal(expected, AssumptionRatings.QuadrantOf(importance, certainty));

    [Fact]
    public void Label_NamesEachCornerInWords()
    {
        Assert.Equal(["Important and certain", "Important and uncertain", "Less important and certain", "Less important and uncertain"],
            Enum.GetValues<Quadrant>().Select(AssumptionRatings.Label));
    }

    [Fact]
    public void Summarise_EvenNumberOfRatings_TakesTheLowerMedian_NotAMean()
    {
        // Importance 1,2,3,4,4,5: n = 6, position 3 -> 3 (the mean would be 3.17). Certainty 2,2,3,5,5,5: position 3 -> 3 (mean 3.67).
        AssumptionRating[] ratings = [new(7, 1, 5, 2), new(7, 1, 4, 2), new(7, 1, 4, 3), new(7, 2, 2, 5), new(7, 2, 1, 5), new(7, 2, 3, 5)];

        var rated = AssumptionRatings.Summarise([7], ratings, new Dictionary<int, int> { [1] = 3, [2] = 3 }).Single();

        Assert.Equal((6, 3, 3, Quadrant.LessImportantUncertain), (rated.Raters, rated.Importance, rated.Certainty, rated.Quadrant));
        Assert.Equal([1, 1, 1, 2, 1], rated.ImportanceCounts);
        Assert.Equal([0, 2, 1, 0, 3], rated.CertaintyCounts);
    }

    /// <summary>
    /// Groups 1 (3 raters), 2 (4), 3 (1) and 4 (1): groups 3 and 4 pool to 2, under 3, so they take in the smallest shown
    /// group, group 1, and the cells are "Group 2" (4 people) and "Other groups (1, 3 and 4)" (5 people).
    /// </summary>
    private static readonly Dictionary<int, int> Raters = new() { [1] = 3, [2] = 4, [3] = 1, [4] = 1 };

    private static readonly AssumptionRating[] Ratings =
    [
        // Candidate 10. Group 2: importance 4,4,5,5 -> position 2 -> 4; certainty 1,2,2,3 -> 2.
        new(10, 2, 5, 2), new(10, 2, 5, 1), new(10, 2, 4, 2), new(10, 2, 4, 3),
        // Others: importance 1,2,2,3,4 -> position 3 -> 2; certainty 3,4,4,4,5 -> 4.
        new(10, 1, 2, 4), new(10, 1, 3, 4), new(10, 1, 2, 5), new(10, 3, 4, 3), new(10, 4, 1, 4),
        // Overall importance 1,2,2,3,4,4,4,5,5 -> position 5 -> 4; certainty 1,2,2,3,3,4,4,4,5 -> 3.
        // Candidate 11: all 4 and 4, one of group 2 did not rate it (3 left, still shown).
        new(11, 2, 4, 4), new(11, 2, 4, 4), new(11, 2, 4, 4),
        new(11, 1, 4, 4), new(11, 1, 4, 4), new(11, 1, 4, 4), new(11, 3, 4, 4), new(11, 4, 4, 4),
        // Candidate 12: two of group 2 (too few to show their medians) and the five others.
        new(12, 2, 1, 1), new(12, 2, 1, 1),
        new(12, 1, 5, 5), new(12, 1, 5, 5), new(12, 1, 5, 5), new(12, 3, 5, 5), new(12, 4, 5, 5),
        // A candidate not on the shortlist is ignored.
        new(99, 1, 1, 1),
    ];

    [Fact]
    public void Summarise_WorkedExample_OverallMediansAndQuadrant()
    {
        var rated = AssumptionRatings.Summarise([10, 11, 12], Ratings, Raters);

        Assert.Equal([10, 11, 12], rated.Select(r => r.CandidateId));
        Assert.Equal((9, 4, 3, Quadrant.ImportantUncertain), (rated[0].Raters, rated[0].Importance, rated[0].Certainty, rated[0].Quadrant));
        Assert.Equal((8, 4, 4, Quadrant.ImportantCertain), (rated[1].Raters, rated[1].Importance, rated[1].Certainty, rated[1].Quadrant));
        // Candidate 12: 1,1,5,5,5,5,5 -> position 4 -> 5 on both.
        Assert.Equal((7, 5, 5), (rated[2].Raters, rated[2].Importance, rated[2].Certainty));
    }

    [Fact]
    public void Summarise_WorkedExample_GroupMediansAndSpread()
    {
        var rated = AssumptionRatings.Summarise([10, 11, 12], Ratings, Raters);

        Assert.Equal([new GroupMedians("Group 2", 4, 4, 2), new GroupMedians("Other groups (1, 3 and 4)", 5, 2, 4)], rated[0].Groups);
        Assert.Equal((2, 2, true), (rated[0].ImportanceSpread, rated[0].CertaintySpread, rated[0].GroupsDisagree));
        Assert.Equal((0, 0, false), (rated[1].ImportanceSpread, rated[1].CertaintySpread, rated[1].GroupsDisagree));
        // Group 2's two ratings of candidate 12 are not shown, so there is only one group to compare: no spread.
        Assert.Equal(new GroupMedians("Group 2", 2, null, null), rated[2].Groups[0]);
        Assert.Equal(((int?)null, (int?)null, false), (rated[2].ImportanceSpread, rated[2].CertaintySpread, rated[2].GroupsDisagree));
        Assert.Equal([10], AssumptionRatings.Disagreements(rated).Select(r => r.CandidateId));
    }

    [Fact]
    public void Summarise_NobodyRated_HasNoMediansOrQuadrant()
    {
        var rated = AssumptionRatings.Summarise([5], [], new Dictionary<int, int>()).Single();

        Assert.Equal((0, (int?)null, (int?)null, (Quadrant?)null), (rated.Raters, rated.Importance, rated.Certainty, rated.Quadrant));
        Assert.Empty(rated.Groups);
    }

    [Fact]
    public void Summarise_RatingOffTheScale_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AssumptionRatings.Summarise([1], [new(1, 1, 6, 3)], new Dictionary<int, int> { [1] = 1 }));
}

public class WorkshopGroupsTests
{
    [Fact]
    public void Merge_EveryGroupHasThree_ShowsEachGroup() =>
        Assert.Equal(["Group 1 [1] 5", "Group 2 [2] 4"], Cells(new() { [1] = 5, [2] = 4 }));

    [Fact]
    public void Merge_SmallGroupsTogetherReachThree_PoolsThemAsOtherGroups() =>
        Assert.Equal(["Group 1 [1] 3", "Other groups (2 and 3) [2,3] 4"], Cells(new() { [1] = 3, [2] = 2, [3] = 2 }));

    [Fact]
    public void Merge_PoolUnderThree_TakesInTheSmallestShownGroup_LaterNumberOnATie() =>
        // Group 4 alone is 1 person; groups 2 and 3 both have 3, so group 3 joins it: 4 people.
        Assert.Equal(["Group 1 [1] 4", "Group 2 [2] 3", "Other groups (3 and 4) [3,4] 4"],
            Cells(new() { [1] = 4, [2] = 3, [3] = 3, [4] = 1 }));

    [Fact]
    public void Merge_OnePersonBesideOneGroup_ShowsNoGroups() =>
        // Showing group 1 would show the other person's votes as the overall figure minus group 1's.
        Assert.Empty(Cells(new() { [1] = 5, [2] = 1 }));

    [Fact]
    public void Merge_AllSmall_OneCellOrNone_ShowsNoGroups()
    {
        Assert.Empty(Cells(new() { [1] = 2, [2] = 2 }));
        Assert.Empty(Cells(new() { [1] = 1 }));
        Assert.Empty(Cells(new() { [1] = 0, [2] = 6 }));
    }

    [Fact]
    public void Tally_CountsDotsPerCell_FromPeopleWhoVoted()
    {
        // Group 1 has 3 voters, group 2 has 1: the pool of 1 takes in group 1, one cell is left, so nothing by group.
        (int, int, int)[] lonely = [(10, 1, 1), (10, 1, 2), (11, 1, 3), (11, 2, 4)];
        Assert.Empty(WorkshopGroups.Tally(lonely).Cells);

        // Groups 1 and 2 have 3 voters each, group 3 has 1 and joins group 2 (the later of the tied smallest).
        (int, int, int)[] votes = [(10, 1, 1), (10, 1, 2), (10, 1, 3), (11, 1, 3), (10, 2, 4), (11, 2, 5), (11, 2, 6), (11, 3, 7), (11, 3, 7)];
        var (cells, tally) = WorkshopGroups.Tally(votes);

        Assert.Equal(["Group 1", "Other groups (2 and 3)"], cells.Select(c => c.Label));
        Assert.Equal([3, 1], tally[10]);
        Assert.Equal([1, 4], tally[11]);
    }

    /// <summary>"Label [groups] people" for each cell.</summary>
    private static IReadOnlyList<string> Cells(Dictionary<int, int> people) =>
        WorkshopGroups.Merge(people).Select(c => $"{c.Label} [{string.Join(",", c.Groups)}] {c.People}").ToList();
}

public class ShortlistTests
{
    private static readonly (int, int)[] Votes = [(1, 3), (2, 1), (3, 5), (4, 1), (5, 0)];

    [Fact]
    public void Top_MostVotesFirst() => Assert.Equal([3, 1], Shortlist.Top(Votes, 2));

    [Fact]
    public void Top_TieAtTheCut_TakesEveryTiedCandidate() =>
        // Third place is a tie on 1 vote between candidates 2 and 4: both go forward.
        Assert.Equal([3, 1, 2, 4], Shortlist.Top(Votes, 3));

    [Fact]
    public void Top_SizeAtLeastTheList_TakesAll_SizeZeroNone()
    {
        Assert.Equal([3, 1, 2, 4, 5], Shortlist.Top(Votes, 10));
        Assert.Empty(Shortlist.Top(Votes, 0));
    }
}
