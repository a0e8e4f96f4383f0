using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

public class GridTests
{
    [Fact]
    public void FromLowest_LipsetCounts_ExpandsToSortedDistribution()
    {
        var grid = Grid.FromLowest(-4, [2, 3, 4, 5, 5, 5, 4, 3, 2]);
        // Fixtures/QMethod/README.md "Shape": 2 at -4, 3 at -3, ... 2 at +4, 33 in all
        Assert.Equal(33, grid.StatementCount);
        Assert.Equal([-4, -4, -3, -3, -3], grid.Distribution.Take(5));
        Assert.Equal([3, 3, 3, 4, 4], grid.Distribution.TakeLast(5));
    }

    [Fact]
    public void FromSort_LipsetFirstSort_EqualsReadmeGrid()
    {
        var grid = Grid.FromSort(Lipset.Sorts.Sort(0));
        Assert.Equal([-4, -3, -2, -1, 0, 1, 2, 3, 4], grid.Values); // README "Shape"
        Assert.Equal([2, 3, 4, 5, 5, 5, 4, 3, 2], grid.Counts);
    }

    [Fact]
    public void ProblemWith_CountsNotSummingToStatements_NamesBothNumbers()
    {
        var grid = Grid.FromLowest(-1, [1, 2, 1]);
        Assert.Equal(
            "The grid has room for 4 statements, but there are 5 statements; the column counts must add up to the number of statements.",
            grid.ProblemWith(5));
    }

    [Fact]
    public void ProblemWith_CountsMatching_IsNull() => Assert.Null(Grid.FromLowest(-1, [1, 2, 1]).ProblemWith(4));

    [Fact]
    public void New_UnequalValuesAndCounts_Throws()
    {
        var e = Assert.Throws<QMethodInputException>(() => new Grid([-1, 0, 1], [1, 2]));
        Assert.Equal("The grid has 3 column values but 2 column counts; give one count for each column.", e.Message);
    }

    [Fact]
    public void New_ValuesNotAscending_Throws()
    {
        var e = Assert.Throws<QMethodInputException>(() => new Grid([0, -1, 1], [1, 1, 1]));
        Assert.Equal("The grid's column values must go up from left to right with no repeats.", e.Message);
    }
}
