using Poet.Analysis.Text;

namespace Poet.Analysis.Tests.Text;

public class PlainTextTests
{
    [Theory]
    [InlineData("\u001B[31mred", "[31mred")]
    [InlineData("partner\u0001name", "partnername")]
    [InlineData("nul\0here", "nulhere")]
    [InlineData("x\uFFFEy\uFFFF", "xy")]
    [InlineData("\u202Eevil\u202C.exe", "evil.exe")]
    [InlineData("\u2066isolate\u2069", "isolate")]
    [InlineData("del\u007F c1\u0085\u009F", "del c1")]
    [InlineData("astral nonchar \U0001FFFE end", "astral nonchar  end")]
    public void Clean_RemovesWhatNoWriterCanHold(string input, string expected) => Assert.Equal(expected, PlainText.Clean(input));

    [Theory]
    [InlineData("Line one\r\nline two\tcolumn")]
    [InlineData("Zoë, Łukasz and Ørjan: €5")]
    [InlineData("مرحبا بالعالم")]
    [InlineData("mark \u200F kept")]
    [InlineData("emoji 😀 kept")]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("")]
    public void Clean_OrdinaryText_IsTheSameInstance(string input)
    {
        Assert.Same(input, PlainText.Clean(input));
        Assert.False(PlainText.NeedsCleaning(input));
    }

    // Not InlineData: attribute strings are stored as UTF-8, which turns a lone surrogate into U+FFFD before the test runs.
    [Fact]
    public void Clean_RemovesLoneSurrogates_KeepsPairs()
    {
        Assert.Equal("lone  high", PlainText.Clean("lone " + (char)0xD800 + " high"));
        Assert.Equal("lone  low", PlainText.Clean("lone " + (char)0xDC00 + " low"));
        Assert.Equal("end", PlainText.Clean("end" + (char)0xD83D));
        Assert.Equal("reversed  pair", PlainText.Clean("reversed " + (char)0xDE00 + (char)0xD83D + " pair"));
    }

    [Fact]
    public void CleanOrNull_LetsNullThrough() => Assert.Null(PlainText.CleanOrNull(null));
}
