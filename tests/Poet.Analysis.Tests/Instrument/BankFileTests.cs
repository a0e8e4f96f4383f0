using Poet.Analysis.Instrument;

namespace Poet.Analysis.Tests.Instrument;

/// <summary>The uploaded bank file (BankFile.Parse). Expected messages are the literal text the admin page shows.</summary>
public class BankFileTests
{
    private static readonly IReadOnlySet<string> Standard = new HashSet<string> { "ORG-ACCOUNT-01", "FEEL-TRUST-01" };
    private const string Header = "id,section,theme,text,help,source\n";

    [Fact]
    public void Valid_MapsStandardIds_AndMarksTheRestSettingSpecific()
    {
        var r = BankFile.Parse(Header +
            "ORG-ACCOUNT-01,3,Accountability,\"The board holds every partner to account, fairly.\",\"For example, each partner reports to the board.\",Own words\n" +
            "sga-learn-01,3,Learning,Lessons from reviews change how we work.,\"For example, you can name a change.\",\n" +
            "FEEL-TRUST-01,2,Trust,I trust colleagues in other agencies.,\"For example, they do what they say.\",\n", Standard);

        Assert.True(r.IsValid);
        Assert.Equal([("ORG-ACCOUNT-01", "ORG-ACCOUNT-01"), ("SGA-LEARN-01", null), ("FEEL-TRUST-01", "FEEL-TRUST-01")], r.Items.Select(i => (i.Id, i.Standard)));
        Assert.Equal("The board holds every partner to account, fairly.", r.Items[0].Text);
        Assert.Equal([2, 3, 4], r.Items.Select(i => i.Line));
    }

    /// <summary>Done-when of issue 23: a malformed bank file gets a report by line.</summary>
    [Fact]
    public void Malformed_EveryProblemNamesItsLine()
    {
        var r = BankFile.Parse(Header +
            "ORG-ACCOUNT-01,3,Accountability,Text,Help with an example,\n" +
            "ORG-ACCOUNT-01,4,,Text,Help,\n" +
            "bad id!,2,Theme,,,\n" +
            "ONLY,FOUR,COLUMNS,HERE\n", Standard);

        Assert.False(r.IsValid);
        Assert.Empty(r.Items);
        Assert.Equal(
        [
            "Line 3: the id ORG-ACCOUNT-01 is already used on line 2. Give each statement its own id.",
            "Line 3: section must be 2 (how the partnership feels) or 3 (how it is organised).",
            "Line 3: enter a theme, like Trust.",
            "Line 4: the id \"bad id!\" must be capital letters and digits joined by hyphens, at most 40 characters.",
            "Line 4: enter the statement staff will rate.",
            "Line 4: enter a help prompt that says what the statement means, with an example.",
            "Line 5: has 4 columns, not 6. Put any comma inside a value in double quotes.",
        ], r.Problems);
    }

    [Theory]
    [InlineData("", "The file is empty. Add a header row (id,section,theme,text,help,source) and one row for each statement.")]
    [InlineData("id,text\nA,B\n", "Line 1: the header row must be exactly id,section,theme,text,help,source.")]
    [InlineData("id,section,theme,text,help,source\n", "The file has a header row but no statements. Add one row for each statement.")]
    [InlineData("id,section,theme,text,help,source\n\"A,2,T,x,h,\n", "Line 2 opens a quoted field that is never closed; add the closing double quote.")]
    [InlineData("id,section,theme,text,help,source\nA-1,2,T,x,h,\n", "The file has no statements for section 3. Add at least one.")]
    public void WholeFileProblems_SayWhatToDo(string text, string problem) =>
        Assert.Equal([problem], BankFile.Parse(text, Standard).Problems);

    [Fact]
    public void TooLongStatement_SaysTheLimitAndTheLength()
    {
        var r = BankFile.Parse(Header + $"A-1,2,T,{new string('x', 301)},h,\nB-1,3,T,x,h,\n", Standard);
        Assert.Equal(["Line 2: the statement must be 300 characters or fewer; it has 301."], r.Problems);
    }

    [Fact]
    public void ByteOrderMarkAndCapitalisedHeader_AreAccepted() =>
        Assert.True(BankFile.Parse("\uFEFFId,Section,Theme,Text,Help,Source\nA-1,2,T,x,h,\nB-1,3,T,x,h,\n", Standard).IsValid);
}
