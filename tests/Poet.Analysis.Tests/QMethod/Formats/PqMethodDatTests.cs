using Poet.Analysis.QMethod;
using Poet.Analysis.QMethod.Formats;

namespace Poet.Analysis.Tests.QMethod.Formats;

public class PqMethodDatTests
{
    private static readonly PqMethodProject LipsetProject = new("Lipset", Lipset.Grid, Lipset.Sorts);

    /// <summary>Three statements on -1..+1, two Q-sorts: the smallest file that reads.</summary>
    private const string Small = "  0  2  3 Small\r\n -1  1  0  0  0  0  0  1  1  1  0  0  0  0  0\r\nAnn       -1 0 1\r\nBob        1 0-1\r\n";

    [Fact]
    public void Write_Lipset_FollowsPqMethodLayout()
    {
        var lines = PqMethodDat.Write(LipsetProject).Split("\r\n");
        // qmethod's export.pqmethod: '  0', sprintf("% 3d") counts, the name; the grid from column -6 (2 leading zeros
        // for -4..+4); then each Q-sort's id in ten characters and sprintf("%- 2d") per statement (qsorts.csv column US1)
        Assert.Equal("  0  9 33 Lipset", lines[0]);
        Assert.Equal(" -4  4  0  0  2  3  4  5  5  5  4  3  2  0  0", lines[1]);
        Assert.Equal("US1       -1 0-2 0-2 1 0-1 0-1 1 1 2 3-1-4-3-3-1-4 3 2 3 1 1 0 4 2 2-3-2-2 4", lines[2]);
        Assert.Equal(9 + 3, lines.Length); // 9 Q-sorts, two header lines, and the empty text after the last line end
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void WriteThenRead_Lipset_GivesTheSameProject()
    {
        var project = PqMethodDat.Read(PqMethodDat.Write(LipsetProject));
        Assert.Equal("Lipset", project.Name);
        Assert.Equal(Lipset.Grid.Values, project.Grid.Values);
        Assert.Equal(Lipset.Grid.Counts, project.Grid.Counts);
        SortsAssert.Same(Lipset.Sorts, project.Sorts); // the lipset ids are qmethod's sta_1..sta_33, which the reader gives
    }

    [Fact]
    public void WriteThenRead_WithStatementIds_KeepsThem()
    {
        var sorts = new QSortSet(["care", "cost", "time"], ["Ann", "Bob"], new[,] { { -1, 1 }, { 0, 0 }, { 1, -1 } });
        var text = PqMethodDat.Write(new PqMethodProject("Small", Grid.FromLowest(-1, [1, 1, 1]), sorts));
        Assert.Equal(Small, text);
        SortsAssert.Same(sorts, PqMethodDat.Read(text, ["care", "cost", "time"]).Sorts);
    }

    [Fact]
    public void Read_CountsStartingAtLowestColumn_AsQmethodWithoutLeftZeros()
    {
        // export.pqmethod(..., left.zeros = 0, right.zeros = 0) writes only the range's own counts
        var project = PqMethodDat.Read("  0  2  3 Small\n -1  1  1  1  1\nAnn       -1 0 1\nBob        1 0-1\n");
        Assert.Equal([-1, 0, 1], project.Grid.Values);
        Assert.Equal([1, 1, 1], project.Grid.Counts);
        Assert.Equal([1, 0, -1], project.Sorts.Sort(1));
    }

    [Fact]
    public void Read_LongProjectNameOnWrite_IsCutAt60Characters()
    {
        var project = PqMethodDat.Read(PqMethodDat.Write(LipsetProject with { Name = new string('x', 70) }));
        Assert.Equal(new string('x', 60), project.Name);
    }

    [Theory]
    [InlineData("", "The .DAT file is empty; line 1 must give the number of Q-sorts, the number of statements and the project name.")]
    [InlineData("Lipset study\n -1  1  1  1  1\n", "Line 1 of the .DAT file must start with '  0', the number of Q-sorts and the number of statements, each in three characters (for example '  0  9 33 Lipset').")]
    [InlineData("  0  2  3 Small\n -1  1  1  0  1\n", "The grid on line 2 of the .DAT file holds 2 statements, but line 1 says there are 3.")]
    [InlineData("  0  2  3 Small\n -1  x  1  1  1\n", "Line 2 of the .DAT file must give the lowest and highest grid columns and then how many statements each column holds (for example ' -4  4  0  0  2  3  4  5  5  5  4  3  2  0  0').")]
    [InlineData("  0  2  3 Small\n -1  1  0  0  0  0  1  1  1  1  0  0  0  0  0\n", "Line 2 of the .DAT file puts 1 statement in column -2, outside its grid (-1 to +1).")]
    [InlineData("  0  2  3 Small\n -1  1  1  1  1\nAnn       -1 0 1\nBob        1 0\n", "Q-sort 'Bob' (line 4) ranks 2 statements, but the file has 3; every Q-sort must place every statement.")]
    [InlineData("  0  2  3 Small\n -1  1  1  1  1\nAnn       -1   1\nBob        1 0-1\n", "Q-sort 'Ann' (line 3) has no ranking for statement 2; every Q-sort must place every statement.")]
    [InlineData("  0  2  3 Small\n -1  1  1  1  1\nAnn       -1 0 1 1\nBob        1 0-1\n", "Q-sort 'Ann' (line 3) ranks 4 statements, but line 1 says there are 3.")]
    [InlineData("  0  2  3 Small\n -1  1  1  1  1\nAnn       -1 0 2\nBob        1 0-1\n", "Q-sort 'Ann' (line 3) puts statement 3 at +2, which is off the grid (-1 to +1).")]
    [InlineData("  0  2  3 Small\n -1  1  1  1  1\nAnn       -1 0 x\nBob        1 0-1\n", "Q-sort 'Ann' (line 3): 'x' for statement 3 is not a whole number.")]
    [InlineData("  0  2  3 Small\n -1  1  1  1  1\nAnn       -1 0 1\nAnn        1 0-1\n", "The Q-sort name 'Ann' is used more than once; each Q-sort needs its own name.")]
    [InlineData("  0  3  3 Small\n -1  1  1  1  1\nAnn       -1 0 1\nBob        1 0-1\n", "Line 1 of the .DAT file says there are 3 Q-sorts, but the file has 2; check that no Q-sort is missing.")]
    [InlineData("  0  2  3 Small\n -1  1  1  1  1\n           1 0-1\nBob        1 0-1\n", "Line 3 of the .DAT file has no Q-sort name in its first 10 characters.")]
    public void Read_BadInput_NamesTheProblem(string dat, string message)
    {
        var e = Assert.Throws<QMethodInputException>(() => PqMethodDat.Read(dat));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Read_StatementIdsOfAnotherLength_NamesBothCounts()
    {
        var e = Assert.Throws<QMethodInputException>(() => PqMethodDat.Read(Small, ["a", "b"]));
        Assert.Equal("There are 2 statement ids, but the .DAT file has 3 statements.", e.Message);
    }

    [Fact]
    public void Write_SortNameLongerThan8_IsRefusedNotCut()
    {
        var sorts = new QSortSet(["a", "b", "c"], ["Participant1", "Bob"], new[,] { { -1, 1 }, { 0, 0 }, { 1, -1 } });
        var e = Assert.Throws<QMethodInputException>(() => PqMethodDat.Write(new PqMethodProject("x", Grid.FromLowest(-1, [1, 1, 1]), sorts)));
        Assert.Equal("The Q-sort name 'Participant1' is longer than the 8 characters PQMethod allows; shorten it before writing a .DAT file.", e.Message);
    }

    [Fact]
    public void Write_GridBeyondPqMethodRange_IsRefused()
    {
        var sorts = new QSortSet(["a", "b", "c"], ["Ann", "Bob"], new[,] { { -7, 1 }, { 0, 0 }, { 1, -7 } });
        var e = Assert.Throws<QMethodInputException>(() => PqMethodDat.Write(new PqMethodProject("x", Grid.FromSort(sorts.Sort(0)), sorts)));
        Assert.Equal("The grid runs from -7 to +1, but PQMethod's grid must lie within -6 to +13.", e.Message);
    }

    [Fact]
    public void Write_RankingOffTheGrid_NamesSortAndStatement()
    {
        var sorts = new QSortSet(["a", "b", "c"], ["Ann", "Bob"], new[,] { { -1, 1 }, { 0, 0 }, { 1, 2 } });
        var e = Assert.Throws<QMethodInputException>(() => PqMethodDat.Write(new PqMethodProject("x", Grid.FromLowest(-1, [1, 1, 1]), sorts)));
        Assert.Equal("Q-sort 'Bob' puts statement 3 at +2, which is off the grid (-1 to +1).", e.Message);
    }

    [Fact]
    public void Write_GridNotMatchingStatements_IsRefused()
    {
        var e = Assert.Throws<QMethodInputException>(() => PqMethodDat.Write(LipsetProject with { Grid = Grid.FromLowest(-1, [1, 1, 1]) }));
        Assert.Equal("The grid has room for 3 statements, but there are 33 statements; the column counts must add up to the number of statements.", e.Message);
    }
}
