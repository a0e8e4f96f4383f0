using Poet.Analysis.QMethod;
using Poet.Analysis.QMethod.Formats;

namespace Poet.Analysis.Tests.QMethod.Formats;

public class PqMethodStaTests
{
    [Fact]
    public void WriteThenRead_LipsetStatements_KeepsEveryCharacter()
    {
        var statements = LipsetFiles.Statements;
        // Fixtures/QMethod/README.md: sta_2 keeps a trailing space; sta_19, sta_21 and sta_33 contain quotes
        Assert.Equal(33, statements.Count);
        Assert.EndsWith(" ", statements[1]);
        Assert.Contains('"', statements[18]);
        var text = PqMethodSta.Write(statements);
        Assert.Equal(33, text.Split("\r\n").Length - 1);
        Assert.Equal(statements, PqMethodSta.Read(text, statementCount: 33));
    }

    [Fact]
    public void Read_TrailingBlankLines_AreIgnored()
    {
        Assert.Equal(["One", "Two"], PqMethodSta.Read("One\nTwo\n\n  \n"));
    }

    [Theory]
    [InlineData("One\nTwo\n", 3, "The .STA file has 2 statements, but the Q-sorts rank 3; give one line for each statement.")]
    [InlineData("One\n\nThree\n", null, "Line 2 of the .STA file is empty; each line holds one statement, so statement 2 is missing.")]
    [InlineData("\n", null, "The .STA file is empty; it needs one statement per line.")]
    public void Read_MissingStatement_NamesIt(string sta, int? count, string message)
    {
        var e = Assert.Throws<QMethodInputException>(() => PqMethodSta.Read(sta, count));
        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData("Two\nlines", "Statement 2 holds a line break, which a .STA file cannot keep; put it on one line.")]
    [InlineData(" ", "Statement 2 is empty; a .STA file needs the text of every statement.")]
    public void Write_StatementTheFileCannotKeep_IsRefused(string second, string message)
    {
        var e = Assert.Throws<QMethodInputException>(() => PqMethodSta.Write(["One", second]));
        Assert.Equal(message, e.Message);
    }
}
