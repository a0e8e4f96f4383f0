using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

/// <summary>The researcher's own pre- and post-sort questions (issue 19): what makes one usable, and whether an answer fits.</summary>
public class SortQuestionsTests
{
    private static readonly SortQuestion Years = new(1, "How long have you worked here?", []);
    private static readonly SortQuestion Setting = new(2, "Where do you mostly work?", ["Hospital", "Community", "Home visits"]);

    [Fact]
    public void Problems_UsableChoice_None()
    {
        Assert.Empty(SortQuestions.Problems("Where do you mostly work?", true, ["Hospital", "Community"]));
    }

    [Fact]
    public void Problems_NoWordingAndOneOption_SayWhatToDo()
    {
        Assert.Equal([("Text", "Enter the question"), ("Options", "Enter at least 2 options, one on each line")],
            SortQuestions.Problems("  ", true, ["Hospital"]));
    }

    [Fact]
    public void Problems_RepeatedOption_NamesIt()
    {
        Assert.Equal([("Options", "The option \u201cHospital\u201d is there twice; give each option once")],
            SortQuestions.Problems("Where?", true, ["Hospital", "Community", "hospital"]));
    }

    [Fact]
    public void Problems_TextQuestion_OptionsIgnored()
    {
        Assert.Empty(SortQuestions.Problems("How long?", false, []));
    }

    [Fact]
    public void Problems_QuestionTooLong_SaysTheLimit()
    {
        Assert.Equal([("Text", "The question must be 300 characters or fewer")], SortQuestions.Problems(new string('a', 301), false, []));
    }

    [Fact]
    public void Check_Blank_NoAnswerNoProblem()
    {
        Assert.Equal((null, null), SortQuestions.Check(Years, "   "));
    }

    [Fact]
    public void Check_ChoiceInOtherCase_StoredAsTheOptionIsSpelt()
    {
        Assert.Equal(("Community", null), SortQuestions.Check(Setting, " community "));
    }

    [Fact]
    public void Check_NotAnOption_NamesTheQuestion()
    {
        Assert.Equal((null, "Choose one of the options for \u201cWhere do you mostly work?\u201d, or leave it blank"), SortQuestions.Check(Setting, "Prison"));
    }

    [Fact]
    public void Check_TextTooLong_SaysTheLimit()
    {
        Assert.Equal((null, "Shorten your answer to \u201cHow long have you worked here?\u201d to 500 characters or fewer"), SortQuestions.Check(Years, new string('x', 501)));
    }

    [Fact]
    public void SplitOptions_OneALine_BlankLinesDropped()
    {
        Assert.Equal(["Hospital", "Community"], SortQuestions.SplitOptions(" Hospital \r\n\n Community\n"));
    }
}
