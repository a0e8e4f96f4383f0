using Poet.Analysis.QMethod;
using Poet.Analysis.QMethod.Formats;

namespace Poet.Analysis.Tests.QMethod.Formats;

public class GridNotationTests
{
    [Fact]
    public void Parse_LipsetGrid_GivesColumnsAndCounts()
    {
        var grid = GridNotation.Parse("-4:2,3,4,5,5,5,4,3,2");
        Assert.Equal(Enumerable.Range(-4, 9), grid.Values);
        Assert.Equal([2, 3, 4, 5, 5, 5, 4, 3, 2], grid.Counts);
    }

    [Theory]
    [InlineData("2,3,4")]
    [InlineData("-4:2,x,4")]
    [InlineData("-4:2,-3,4")]
    [InlineData("a:1,2")]
    public void Parse_NotTheNotation_ShowsAnExample(string text)
    {
        var e = Assert.Throws<QMethodInputException>(() => GridNotation.Parse(text));
        Assert.Equal($"A grid is written as its lowest column, a colon and the count of each column, such as -4:2,3,4,5,5,5,4,3,2; '{text}' is not.", e.Message);
    }
}
