using Poet.Data.Documents;

namespace Poet.Web.Tests.Documents;

public class InvitationLetterTests
{
    private static InvitationLetter.Content Letter(string partnership = "Riverside Integrated Support Service", string address = "https://poet.example.org/survey/code") =>
        new(partnership, "Staff survey, winter 2026", new DateOnly(2026, 12, 18), address, 25, "Sam Patel (sam.patel@example.org)");

    [Fact]
    public void Create_TypicalRound_IsOneA4Page()
    {
        var pdf = InvitationLetter.Create(Letter());
        Assert.Equal(1, pdf.PageCount);
        Assert.Equal(1, Pdf.PageCount(pdf.Bytes));
    }

    [Fact]
    public void Create_LongPartnershipNameAndAddress_StillFitsOnePage()
    {
        var name = "The Northern and Western Counties Integrated Health, Education and Social Care Partnership for Children and Young Adults";
        var pdf = InvitationLetter.Create(Letter(name, "https://evaluation.partnership-outcomes.northern-and-western-counties.nhs.example.org/survey/code"));
        Assert.Equal(1, Pdf.PageCount(pdf.Bytes));
    }

    [Fact]
    public void Create_PlacesTheAnonymityPromiseInPlainWords()
    {
        var pdf = InvitationLetter.Create(Letter());
        Assert.True(pdf.Mentions("only lets you in to the survey. It is not kept with your answers."));
        Assert.True(pdf.Mentions("POET keeps no record of which answers are yours."));
        Assert.True(pdf.Mentions("Results are only shown for groups of 5 or more people"));
        Assert.True(pdf.Mentions("Your coordinator can see who has responded, so that reminders go only to people who have not, but never what anyone said."));
    }

    [Fact]
    public void Create_PlacesPurposeTimeClosingDateAddressAndCodeLine()
    {
        var pdf = InvitationLetter.Create(Letter());
        Assert.True(pdf.Mentions("how the partnership feels to you"));
        Assert.True(pdf.Mentions("how the partnership is organised"));
        Assert.True(pdf.Mentions("which outcomes for service users and carers the partnership should deliver"));
        Assert.True(pdf.Mentions("It takes about 25 minutes."));
        Assert.True(pdf.Mentions("Please answer by Friday 18 December 2026."));
        Assert.True(pdf.Mentions("Go to https://poet.example.org/survey/code and type in your personal code."));
        Assert.Contains(pdf.Text, t => t.Text == "Your personal code:");
        Assert.True(pdf.Mentions("please ask Sam Patel (sam.patel@example.org)"));
    }

    [Fact]
    public void Create_NamesOutsideLatin1AndEmoji_StillRendersOnePage()
    {
        var pdf = InvitationLetter.Create(new("Łódź – Zürich € Партнёрство 🙂", "Ronde d'été", new DateOnly(2026, 7, 1), "https://poet.example.org/survey/code", 20, "Zoë Ødegård"));
        Assert.Equal(1, Pdf.PageCount(pdf.Bytes));
        Assert.True(pdf.Mentions("Łódź – Zürich € Партнёрство 🙂 is looking at how well it works"));
    }
}
