using Poet.Data.Documents;

namespace Poet.Web.Tests.Documents;

public class PaperQuestionnaireTests
{
    private static readonly IReadOnlyList<PaperQuestionnaire.Item> Items =
    [
        .. Enumerable.Range(1, 12).Select(n => new PaperQuestionnaire.Item($"FEEL-{n:00}", 2, $"Feeling statement number {n} about working in the partnership.", $"Help for feeling {n}: for example, team meetings.")),
        .. Enumerable.Range(1, 12).Select(n => new PaperQuestionnaire.Item($"ORG-{n:00}", 3, $"Organising statement number {n}, long enough to wrap over more than one line in the narrow text column of the form.", n % 2 == 0 ? "" : $"Help for organising {n}.")),
    ];

    private static readonly PdfFile Form = PaperQuestionnaire.Create(new(
        "Riverside Integrated Support Service", "Staff survey, winter 2026", new DateOnly(2026, 12, 18),
        ["Riverside Borough Council", "Riverside Community Health NHS Trust"], ["Social work", "Nursing", "Education"], Items));

    [Fact]
    public void Create_ReadsBackWithTheSamePageCount()
    {
        Assert.Equal(Form.PageCount, Pdf.PageCount(Form.Bytes));
        Assert.True(Form.PageCount >= 4);
    }

    [Fact]
    public void Create_CoverGivesInstructionsClosingDateAndAnonymity()
    {
        var cover = Form.Text.Where(t => t.Page == 1).ToList();
        Assert.Contains(cover, t => t.Text == "Your answers are anonymous");
        Assert.Contains(cover, t => t.Text == "How to fill it in");
        Assert.True(Form.Mentions("Please return this form by Friday 18 December 2026."));
        Assert.True(Form.Mentions("Do not write your name anywhere on this form or on the envelope."));
        Assert.True(Form.Mentions("Results are only shown for groups of 5 or more people"));
    }

    [Fact]
    public void Create_SectionOneListsPartnersAndProfessionsWithOtherOptions()
    {
        foreach (var option in new[] { "Riverside Borough Council", "Riverside Community Health NHS Trust", "Unsure or other", "Social work", "Nursing", "Education", "None or other" })
            Assert.Contains(Form.Text, t => t.Text == option);
        Assert.True(Form.Mentions("1.2 Which partner organisation employs you? Tick one."));
    }

    [Fact]
    public void Create_EveryScaleItemHasItsTextHelpReferenceAndCommentLine()
    {
        foreach (var item in Items)
        {
            Assert.True(Form.Mentions(item.Text), item.ItemId);
            if (item.Help.Length > 0) Assert.True(Form.Mentions(item.Help), item.ItemId);
            Assert.Contains(Form.Text, t => t.Text == $"ref. {item.ItemId}");
        }
        Assert.Equal(Items.Count, Form.Text.Count(t => t.Text == "Comment:"));
    }

    [Fact]
    public void Create_EveryPageWithStatementsHasTheFiveScaleHeadings()
    {
        var pagesWithStatements = Form.Text.Where(t => t.Text.StartsWith("ref. ")).Select(t => t.Page).Distinct();
        foreach (var page in pagesWithStatements)
        {
            Assert.Contains(Form.Text, t => t.Page == page && t.Text == "Disagree");
            Assert.Contains(Form.Text, t => t.Page == page && t.Text == "Agree");
            Assert.Contains(Form.Text, t => t.Page == page && t.Text == "know");
        }
    }

    [Fact]
    public void Create_OutcomesSectionHasFiveOutcomeAndRationaleBoxes()
    {
        Assert.Contains(Form.Text, t => t.Text == "Section 4: Outcomes for service users");
        Assert.Equal(5, Form.Text.Count(t => t.Text == "Rationale: why and how will the partnership achieve it?"));
        Assert.Contains(Form.Text, t => t.Text == "Outcome 5");
    }

    [Fact]
    public void Create_EveryPageCarriesTheNoNameNoteAndItsNumber()
    {
        for (var page = 1; page <= Form.PageCount; page++)
        {
            Assert.Contains(Form.Text, t => t.Page == page && t.Text == PaperQuestionnaire.FooterNote);
            Assert.Contains(Form.Text, t => t.Page == page && t.Text == $"Page {page} of {Form.PageCount}");
        }
        Assert.Equal("Paper returns are keyed in by your coordinator; do not write your name on this form", PaperQuestionnaire.FooterNote);
    }

    [Fact]
    public void Create_NoTextRunsIntoTheFooter()
    {
        var footerTop = Form.Text.Where(t => t.Text == PaperQuestionnaire.FooterNote).Min(t => t.Y);
        Assert.All(Form.Text.Where(t => t.Y < footerTop), t => Assert.True(t.Y + TextStyle.Body.LineHeight < footerTop, t.Text));
    }
}
