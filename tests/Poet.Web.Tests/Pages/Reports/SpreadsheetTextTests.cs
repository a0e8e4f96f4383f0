using Poet.Web.Pages.Reports;

namespace Poet.Web.Tests.Pages.Reports;

public class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+44", "'+44")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    public void Escape_FormulaStart_GetsLeadingApostrophe(string text, string expected) => Assert.Equal(expected, SpreadsheetText.Escape(text));

    [Theory]
    [InlineData("Council")]
    [InlineData("")]
    [InlineData("a=b")]
    public void Escape_OrdinaryText_IsUnchanged(string text) => Assert.Equal(text, SpreadsheetText.Escape(text));

    [Fact]
    public void CsvWrite_QuotesCommasAndEscapesFormulas()
    {
        var csv = System.Text.Encoding.UTF8.GetString(CsvFile.Write(new DataTable(["a", "b"], [["x, y", "=1+1"], [null, 3]])));

        Assert.Equal("\uFEFFa,b\r\n\"x, y\",'=1+1\r\n,3\r\n", csv);
    }
}
