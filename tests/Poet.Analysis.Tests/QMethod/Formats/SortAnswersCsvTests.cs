using Poet.Analysis.QMethod;
using Poet.Analysis.QMethod.Formats;

namespace Poet.Analysis.Tests.QMethod.Formats;

/// <summary>Answers imported with sorts made elsewhere (issue 19), in the layout of POET's answers.csv.</summary>
public class SortAnswersCsvTests
{
    private static readonly SortQuestion[] Questions = [new(1, "How long have you worked here?", []), new(2, "Where do you mostly work?", ["Hospital", "Community"])];
    private static readonly string[] Names = ["US1", "US2", "FR3"];

    [Fact]
    public void Read_AnswersByName_EmptyCellIsNoAnswer()
    {
        var answers = SortAnswersCsv.Read("study_code,q_1,q_2\nUS1,12 years,hospital\nFR3,,Community\n", Questions, Names);

        Assert.Equal(["US1", "FR3"], answers.Keys);
        Assert.Equal(new Dictionary<int, string> { [1] = "12 years", [2] = "Hospital" }, answers["US1"]);
        Assert.Equal(new Dictionary<int, string> { [2] = "Community" }, answers["FR3"]);
    }

    [Fact]
    public void Read_UnknownQuestionColumn_NamesTheStudysQuestions()
    {
        var e = Assert.Throws<QMethodInputException>(() => SortAnswersCsv.Read("study_code,q_3\nUS1,x\n", Questions, Names));

        Assert.Equal("The answers file has a column 'q_3', but the study's questions are q_1, q_2.", e.Message);
    }

    [Fact]
    public void Read_SortNotInTheSortsFile_NamesTheLine()
    {
        var e = Assert.Throws<QMethodInputException>(() => SortAnswersCsv.Read("study_code,q_1\nUS1,x\nUS9,y\n", Questions, Names));

        Assert.Equal("Line 3 of the answers file is for a Q-sort named 'US9', which is not in the file of Q-sorts.", e.Message);
    }

    [Fact]
    public void Read_ChoiceNotAnOption_NamesLineQuestionAndOptions()
    {
        var e = Assert.Throws<QMethodInputException>(() => SortAnswersCsv.Read("study_code,q_2\nUS1,Prison\n", Questions, Names));

        Assert.Equal("Line 2 of the answers file, q_2: 'Prison' is not one of its options (Hospital, Community).", e.Message);
    }

    [Fact]
    public void Read_SortTwice_Refused()
    {
        var e = Assert.Throws<QMethodInputException>(() => SortAnswersCsv.Read("study_code,q_1\nUS1,x\nUS1,y\n", Questions, Names));

        Assert.Equal("Line 3 of the answers file repeats the Q-sort 'US1'; give each Q-sort one row.", e.Message);
    }
}
