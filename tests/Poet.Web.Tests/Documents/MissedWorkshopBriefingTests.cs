using Poet.Data.Documents;

namespace Poet.Web.Tests.Documents;

public class MissedWorkshopBriefingTests
{
    private static readonly PdfFile Briefing = MissedWorkshopBriefing.Create(new(
        "Riverside Integrated Support Service", "Staff survey, winter 2026", new DateOnly(2026, 12, 18),
        "https://poet.example.org/survey/code", 25, "Sam Patel (sam.patel@example.org)"));

    [Fact]
    public void Create_TypicalRound_IsOneOrTwoPages()
    {
        Assert.InRange(Pdf.PageCount(Briefing.Bytes), 1, 2);
    }

    [Fact]
    public void Create_ExplainsPoetAndItsTwoStages()
    {
        Assert.True(Briefing.Mentions("POET, the Partnership Outcomes Evaluation Toolkit"));
        Assert.True(Briefing.Mentions("Stage 1, the staff survey."));
        Assert.True(Briefing.Mentions("Stage 2, service users and carers."));
    }

    [Fact]
    public void Create_GivesAWorkedOutcomeWithItsRationale()
    {
        Assert.True(Briefing.Mentions("Why outcomes and theories of change matter"));
        Assert.Contains(Briefing.Text, t => t.Text == "Outcome");
        Assert.Contains(Briefing.Text, t => t.Text == "Rationale");
        Assert.True(Briefing.Mentions("Families tell their story once"));
        Assert.True(Briefing.Mentions("share one assessment and one record"));
    }

    [Fact]
    public void Create_CoversDontKnowResultsAndAnonymity()
    {
        Assert.True(Briefing.Mentions("Choose \"Don't know\" only if you do not understand the statement or it does not apply to your work."));
        Assert.True(Briefing.Mentions("\"health of the partnership\" report"));
        Assert.True(Briefing.Mentions("A feedback workshop"));
        Assert.True(Briefing.Mentions("POET keeps no record of which answers are yours."));
        Assert.True(Briefing.Mentions("Please answer by Friday 18 December 2026."));
    }
}
