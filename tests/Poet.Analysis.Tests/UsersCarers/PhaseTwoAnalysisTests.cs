using Poet.Analysis.UsersCarers;

namespace Poet.Analysis.Tests.UsersCarers;

public class PhaseTwoAnalysisTests
{
    private static readonly string[] Three = ["Kindness", "Quick response", "Home visits"];

    /// <summary>A return rating every outcome with the given importance and happens codes.</summary>
    private static UcReturn Return(int?[] importance, int?[] happens, RespondentGroup group = RespondentGroup.Carers, bool[]? top = null) =>
        new(group, importance, happens, top ?? new bool[importance.Length]);

    private static UcReturn[] Many(int n, int?[] importance, int?[] happens, RespondentGroup group = RespondentGroup.Carers) =>
        Enumerable.Range(0, n).Select(_ => Return(importance, happens, group)).ToArray();

    [Fact]
    public void Analyse_Distributions_CountEachOptionWithoutMeans()
    {
        UcReturn[] returns = [.. Many(3, [4, 4, 1], [4, 1, 5]), .. Many(2, [3, 4, null], [3, 1, 5])];

        var result = PhaseTwoAnalysis.Analyse(Three, returns);

        Assert.Equal([0, 0, 2, 3], result.Outcomes[0].Importance.Counts);
        Assert.Equal(60, result.Outcomes[0].VeryImportantPercent);
        Assert.Equal(2, result.Outcomes[2].Importance.Missing);
        Assert.Equal(0, result.Outcomes[2].HappensKnown);
        Assert.Null(result.Outcomes[2].AlwaysOrUsuallyPercent);
    }

    [Fact]
    public void GridOrder_MattersMostHappensLeast_First()
    {   // all three 100% very important; kindness happens always, quick response never, home visits half usually
        UcReturn[] returns = [.. Many(5, [4, 4, 4], [4, 1, 3]), .. Many(5, [4, 4, 4], [4, 1, 2])];

        var grid = PhaseTwoAnalysis.Analyse(Three, returns).Grid;

        Assert.Equal(["Quick response", "Home visits", "Kindness"], grid.Select(o => o.Outcome));
    }

    [Fact]
    public void GridOrder_ImportanceBeforeDelivery()
    {   // home visits: very important for 10 of 10 but always happens; kindness: 5 of 10, never happens
        UcReturn[] returns = [.. Many(5, [4, 3, 4], [1, 1, 4]), .. Many(5, [3, 3, 4], [1, 1, 4])];

        var grid = PhaseTwoAnalysis.Analyse(Three, returns).Grid;

        Assert.Equal(["Home visits", "Kindness", "Quick response"], grid.Select(o => o.Outcome));
    }

    [Fact]
    public void Analyse_OutcomeRatedByFewerThanFive_IsHiddenAndLastInGrid()
    {
        UcReturn[] returns = [.. Many(4, [4, 4, 1], [1, 4, 1]), .. Many(2, [null, 4, 1], [null, 4, 1])];

        var result = PhaseTwoAnalysis.Analyse(Three, returns);

        Assert.False(result.Outcomes[0].ImportanceShown);
        Assert.False(result.Outcomes[0].HappensShown);
        Assert.Equal("Kindness", result.Grid[^1].Outcome);
    }

    [Fact]
    public void Analyse_FewerThanFiveReturns_NothingToReport()
    {
        var result = PhaseTwoAnalysis.Analyse(Three, Many(4, [4, 4, 4], [4, 4, 4]), [3, 2, 1]);

        Assert.False(result.EnoughToReport);
        Assert.Empty(result.Grid);
        Assert.Null(result.Comparison);
    }

    [Fact]
    public void Analyse_UsersAndCarersBothFive_ShownSeparately()
    {
        UcReturn[] returns = [.. Many(5, [4, 4, 4], [4, 4, 4], RespondentGroup.Users), .. Many(5, [1, 1, 1], [1, 1, 1], RespondentGroup.Carers)];

        var groups = PhaseTwoAnalysis.Analyse(Three, returns).Groups;

        Assert.Equal([RespondentGroup.Users, RespondentGroup.Carers], groups.Select(g => g.Group));
        Assert.Equal(100, groups[0].Outcomes[0].VeryImportantPercent);
        Assert.Equal(0, groups[1].Outcomes[0].VeryImportantPercent);
    }

    [Fact]
    public void Analyse_TwoNotStated_GroupsNotShownSinceOverallMinusBothGroupsWouldGiveTheirAnswers()
    {
        // Issue 13: any published table must not let a small group be had by subtraction.
        UcReturn[] returns = [.. Many(5, [4, 4, 4], [4, 4, 4], RespondentGroup.Users), .. Many(5, [1, 1, 1], [1, 1, 1], RespondentGroup.Carers),
            .. Many(2, [2, 2, 2], [2, 2, 2], RespondentGroup.NotStated)];

        Assert.Empty(PhaseTwoAnalysis.Analyse(Three, returns).Groups);
    }

    [Fact]
    public void Analyse_FiveNotStated_GroupsShown()
    {
        UcReturn[] returns = [.. Many(5, [4, 4, 4], [4, 4, 4], RespondentGroup.Users), .. Many(5, [1, 1, 1], [1, 1, 1], RespondentGroup.Carers),
            .. Many(5, [2, 2, 2], [2, 2, 2], RespondentGroup.NotStated)];

        Assert.Equal(2, PhaseTwoAnalysis.Analyse(Three, returns).Groups.Count);
    }

    [Fact]
    public void Analyse_OneGroupUnderFive_NotShownSeparately()
    {
        UcReturn[] returns = [.. Many(4, [4, 4, 4], [4, 4, 4], RespondentGroup.Users), .. Many(9, [1, 1, 1], [1, 1, 1], RespondentGroup.Carers)];

        Assert.Empty(PhaseTwoAnalysis.Analyse(Three, returns).Groups);
    }

    [Fact]
    public void Analyse_TopThree_CountsChoices()
    {
        var returns = Enumerable.Range(0, 6).Select(i => Return([4, 4, 4], [4, 4, 4], top: [true, i < 2, false])).ToArray();

        var result = PhaseTwoAnalysis.Analyse(Three, returns);

        Assert.Equal([6, 2, 0], result.Outcomes.Select(o => o.TopThree));
    }

    [Fact]
    public void Analyse_StaffSupport_ComparesWithUsersImportanceOrder()
    {   // staff put home visits first; families rate it least important
        UcReturn[] returns = [.. Many(5, [4, 4, 1], [4, 4, 4]), .. Many(5, [4, 3, 1], [4, 4, 4])];

        var comparison = PhaseTwoAnalysis.Analyse(Three, returns, [2, 1, 9]).Comparison!;

        Assert.Equal(-0.5, comparison.Rho!.Value, 10);
        Assert.Equal("Home visits", comparison.LargestDisagreements[0].Outcome);
    }

    [Fact]
    public void Analyse_AnswerOffScale_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PhaseTwoAnalysis.Analyse(Three, Many(5, [9, 4, 4], [4, 4, 4])));

        Assert.Contains("Answer 9 is not on the scale (1 to 4)", ex.Message);
    }
}
