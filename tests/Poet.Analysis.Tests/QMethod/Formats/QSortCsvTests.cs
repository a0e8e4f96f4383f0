using Poet.Analysis.QMethod;
using Poet.Analysis.QMethod.Formats;

namespace Poet.Analysis.Tests.QMethod.Formats;

public class QSortCsvTests
{
    [Fact]
    public void Read_LipsetCsv_GivesTheKnownMatrix()
    {
        var sorts = QSortCsv.Read(LipsetFiles.SortsCsv);
        // Fixtures/QMethod/README.md: 33 statements x 9 Q-sorts, header id,US1,...,FR9, ids sta_1..sta_33
        Assert.Equal(["US1", "US2", "US3", "US4", "JP5", "CA6", "UK7", "US8", "FR9"], sorts.SortNames);
        Assert.Equal(Enumerable.Range(1, 33).Select(i => $"sta_{i}"), sorts.StatementIds);
        // qsorts.csv line 2: sta_1,-1,-1,2,3,-4,1,2,-2,3
        Assert.Equal([-1, -1, 2, 3, -4, 1, 2, -2, 3], Enumerable.Range(0, 9).Select(q => sorts[0, q]));
        // README "Shape": every Q-sort fills -4..+4 with 2,3,4,5,5,5,4,3,2
        Assert.All(Enumerable.Range(0, 9), q =>
        {
            var grid = Grid.FromSort(sorts.Sort(q));
            Assert.Equal([-4, -3, -2, -1, 0, 1, 2, 3, 4], grid.Values);
            Assert.Equal([2, 3, 4, 5, 5, 5, 4, 3, 2], grid.Counts);
        });
        SortsAssert.Same(Lipset.Sorts, sorts);
    }

    [Fact]
    public void Read_RWriteCsvLayout_UnquotesNamesAndIds()
    {
        // R's write.csv(lipset[[1]]) quotes the names and leaves the first header cell empty
        var sorts = QSortCsv.Read("\"\",\"US1\",\"US2\"\r\n\"sta_1\",-1,1\r\n\"sta_2\",1,-1\r\n\r\n");
        Assert.Equal(["US1", "US2"], sorts.SortNames);
        Assert.Equal(["sta_1", "sta_2"], sorts.StatementIds);
        Assert.Equal([1, -1], sorts.Sort(1));
    }

    [Fact]
    public void Read_ByteOrderMarkAndPlusSigns_AreAccepted()
    {
        var sorts = QSortCsv.Read("\uFEFFid,A,B\ns1, +1 ,-1\ns2,-1,+1\n");
        Assert.Equal(["A", "B"], sorts.SortNames);
        Assert.Equal([1, -1], sorts.Sort(0));
    }

    [Fact]
    public void WriteThenRead_Lipset_GivesTheSameSorts()
    {
        var text = QSortCsv.Write(Lipset.Sorts);
        Assert.StartsWith("id,US1,US2,US3,US4,JP5,CA6,UK7,US8,FR9\nsta_1,-1,-1,2,3,-4,1,2,-2,3\n", text);
        SortsAssert.Same(Lipset.Sorts, QSortCsv.Read(text));
    }

    [Fact]
    public void WriteThenRead_NamesWithCommasQuotesAndSpaces_SurviveUnchanged()
    {
        var sorts = new QSortSet(["a, b", "say \"hi\"", " padded "], ["Ann, RN", "Bob \"B\""], new[,] { { -1, 1 }, { 0, 0 }, { 1, -1 } });
        SortsAssert.Same(sorts, QSortCsv.Read(QSortCsv.Write(sorts)));
    }

    [Theory]
    [InlineData("id,A,B\ns1,1,-1\ns2,-1\n", "Line 3 has 2 cells but the header has 3; every row needs its statement id and one ranking for each Q-sort.")]
    [InlineData("id,A,B\ns1,1,-1,0\ns2,-1,1\n", "Line 2 has 4 cells but the header has 3; every row needs its statement id and one ranking for each Q-sort.")]
    [InlineData("id,A,B\ns1,1,-1\ns2,1.5,1\n", "Line 3 (statement 's2'), Q-sort 'A': '1.5' is not a whole number; rankings are grid columns such as -4, 0 or 3.")]
    [InlineData("id,A,B\ns1,1,-1\ns2,NA,1\n", "Line 3 (statement 's2'), Q-sort 'A': 'NA' is not a whole number; rankings are grid columns such as -4, 0 or 3.")]
    [InlineData("id,A,A\ns1,1,-1\ns2,-1,1\n", "The Q-sort name 'A' is used more than once; each Q-sort needs its own name.")]
    [InlineData("id,A,B\ns1,1,-1\ns1,-1,1\n", "The statement id 's1' is used more than once; each statement needs its own id.")]
    [InlineData("id,A,B\ns1,1,-1\ns2,,1\n", "Line 3 (statement 's2') has no ranking for Q-sort 'A'; every Q-sort must place every statement.")]
    [InlineData("id,A,B\ns1,1,-1\n,-1,1\n", "Line 3 has no statement id; the first cell of every row names its statement.")]
    [InlineData("id,A,\ns1,1,-1\n", "Column 3 of the header (line 1) has no Q-sort name; name every Q-sort.")]
    [InlineData("id,A\ns1,1\ns2,-1\n", "The header (line 1) has 2 columns; it needs the statement id column and at least two Q-sorts.")]
    [InlineData("id,A,B\n", "The CSV file has a header but no statements; add one row per statement.")]
    [InlineData("\n\n", "The CSV file is empty; it needs a header row of Q-sort names and one row per statement.")]
    [InlineData("id,\"A,B\ns1,1,-1\n", "Line 1 opens a quoted field that is never closed; add the closing double quote.")]
    public void Read_BadInput_NamesTheProblem(string csv, string message)
    {
        var e = Assert.Throws<QMethodInputException>(() => QSortCsv.Read(csv));
        Assert.Equal(message, e.Message);
    }
}
