using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

public class QSortSetTests
{
    private static readonly Grid Small = Grid.FromLowest(-1, [1, 1, 1]);

    [Fact]
    public void New_Lipset_Has33StatementsAnd9Sorts()
    {
        // README: 33 statements x 9 Q-sorts; header id,US1,...,FR9; qsorts.csv row sta_1 starts -1,-1,2
        Assert.Equal(33, Lipset.Sorts.StatementCount);
        Assert.Equal(["US1", "US2", "US3", "US4", "JP5", "CA6", "UK7", "US8", "FR9"], Lipset.Sorts.SortNames);
        Assert.Equal(2, Lipset.Sorts[0, 2]);
    }

    [Fact]
    public void FromSorts_SortShorterThanStatements_NamesTheSort()
    {
        var e = Assert.Throws<QMethodInputException>(() => QSortSet.FromSorts(
            ["a", "b", "c"], [("Ann", [-1, 0, 1]), ("Bob", [0, 1])]));
        Assert.Equal("Q-sort 'Bob' ranks 2 statements, but there are 3 statements.", e.Message);
    }

    [Fact]
    public void New_RowsNotMatchingStatementIds_Throws()
    {
        var e = Assert.Throws<QMethodInputException>(() => new QSortSet(["a", "b"], ["Ann", "Bob"], new int[3, 2]));
        Assert.Equal("There are 2 statement ids but 3 rows of rankings; give one row for each statement.", e.Message);
    }

    [Fact]
    public void New_DuplicateSortNames_NamesTheDuplicate()
    {
        var e = Assert.Throws<QMethodInputException>(() => QSortSet.FromSorts(
            ["a", "b", "c"], [("Ann", [-1, 0, 1]), ("Ann", [1, 0, -1])]));
        Assert.Equal("The Q-sort name 'Ann' is used more than once; each Q-sort needs its own name.", e.Message);
    }

    [Fact]
    public void New_OneSort_Throws()
    {
        var e = Assert.Throws<QMethodInputException>(() => QSortSet.FromSorts(["a", "b", "c"], [("Ann", [-1, 0, 1])]));
        Assert.Equal("There must be at least two Q-sorts.", e.Message);
    }

    [Fact]
    public void ProblemsWith_ValueOffTheGrid_NamesSortStatementAndValue()
    {
        var sorts = QSortSet.FromSorts(["a", "b", "c"], [("Ann", [-1, 0, 1]), ("Bob", [1, 0, 2])]);
        Assert.Equal(
            ["Q-sort 'Bob' puts statement 'c' at +2, which is off the grid (-1 to +1)."],
            sorts.ProblemsWith(Small, factors: 1));
    }

    [Fact]
    public void ProblemsWith_ForcedSortNotFillingGrid_NamesColumn()
    {
        var sorts = QSortSet.FromSorts(["a", "b", "c"], [("Ann", [-1, 0, 1]), ("Bob", [1, 1, -1])]);
        Assert.Equal(
            ["Q-sort 'Bob' puts 0 statements at 0, but the grid has room for 1; with a forced distribution every Q-sort must fill the grid exactly."],
            sorts.ProblemsWith(Small, factors: 1));
    }

    [Fact]
    public void ProblemsWith_UnforcedSortNotFillingGrid_IsAccepted()
    {
        var sorts = QSortSet.FromSorts(["a", "b", "c"], [("Ann", [-1, 0, 1]), ("Bob", [1, 1, -1])]);
        Assert.Empty(sorts.ProblemsWith(Small, factors: 1, forced: false));
    }

    [Fact]
    public void ProblemsWith_FewerSortsThanFactors_SaysSo()
    {
        var sorts = QSortSet.FromSorts(["a", "b", "c"], [("Ann", [-1, 0, 1]), ("Bob", [1, 0, -1])]);
        Assert.Equal(
            ["There are 2 Q-sorts, which is fewer than the 3 factors asked for; choose at most 2 factors."],
            sorts.ProblemsWith(Small, factors: 3));
    }

    [Fact]
    public void ProblemsWith_GridForOtherStatementCount_SaysSo()
    {
        var grid = Grid.FromLowest(-1, [1, 2, 1]);
        var problems = Lipset.Sorts.ProblemsWith(grid, factors: 2);
        Assert.Equal(
            "The grid has room for 4 statements, but there are 33 statements; the column counts must add up to the number of statements.",
            problems[0]);
    }

    [Fact]
    public void ProblemsWith_SortWithOneValue_CannotBeCorrelated()
    {
        var sorts = QSortSet.FromSorts(["a", "b", "c"], [("Ann", [-1, 0, 1]), ("Bob", [0, 0, 0])]);
        Assert.Equal(
            ["Q-sort 'Bob' puts every statement at 0, so it cannot be correlated with the other Q-sorts."],
            sorts.ProblemsWith(Small, factors: 1, forced: false));
    }

    [Fact]
    public void ProblemsWith_Lipset_IsEmpty() => Assert.Empty(Lipset.Sorts.ProblemsWith(Lipset.Grid, factors: 2));
}
