using Poet.Analysis.Text;

namespace Poet.Analysis.Tests.Text;

public class RedactorTests
{
    private static readonly Redactor Roster = new(["Priya Patel", "Jo Li", "Anne-Marie O'Neill", null, " "]);

    [Theory]   // issue 18: "Mrs Jones" passed because she was on no roster
    [InlineData("Mrs Jones was lovely with him", "Mrs [removed] was lovely with him")]
    [InlineData("ask Dr. Okafor or Mr Smith-Jones", "ask Dr. [removed] or Mr [removed]")]
    [InlineData("Nurse Ann Burke came every week", "Nurse [removed] came every week")]
    [InlineData("Mrs jones and the miss", "Mrs jones and the miss")] // no capitalised name after the title: left alone
    [InlineData("Missing support at school", "Missing support at school")]
    public void Mask_TitleAndName_IsRemovedKeepingTheTitle(string text, string expected) => Assert.Equal(expected, Roster.Mask(text));

    [Fact]
    public void Screen_CountsEachKind_AndSaysWhatWasMasked()
    {   // issue 18: "show the coordinator what was masked"
        var notes = Roster.Screen("Mrs Jones and Priya said call 07700 900123");
        var quote = Roster.Screen("write to jo@example.org");

        Assert.Equal(new Screened("Mrs [removed] and [removed] said call [removed]", 0, 1, 2), notes);
        var all = Screened.Sum([notes, quote]);
        Assert.Equal((1, 1, 2, 4), (all.Emails, all.Phones, all.Names, all.Total));
        Assert.Equal("POET masked 2 names, 1 phone number and 1 email address in this interview, shown as [removed]. Check that nothing else in it could identify someone.",
            all.Summary("this interview"));
        Assert.Equal("POET masked 1 email address in the notes, shown as [removed]. Check that nothing else in it could identify someone.", quote.Summary("the notes"));
        Assert.Null(Roster.Screen("Nothing to hide here").Summary("the notes"));
    }

    [Fact]
    public void Mask_EmailAddress_IsRemoved() =>
        Assert.Equal("Write to [removed] please", Roster.Mask("Write to team.lead+poet@council.gov.uk please"));

    [Theory]
    [InlineData("07700 900123")]
    [InlineData("07700900123")]
    [InlineData("+44 7700 900123")]
    [InlineData("+44 (0)20 7946 0000")]
    [InlineData("(0121) 496 0000")]
    [InlineData("0121-496-0000")]
    [InlineData("01632 960000")]
    public void Mask_UkPhoneNumber_IsRemoved(string phone) =>
        Assert.Equal("Call [removed] today", Roster.Mask($"Call {phone} today"));

    [Theory]
    [InlineData("We saw 2019 and 2020 figures")]
    [InlineData("Room 0121 is cold")]
    [InlineData("Ratio 12345678901")]
    public void Mask_NumbersThatAreNotPhoneNumbers_AreKept(string text) => Assert.Equal(text, Roster.Mask(text));

    [Fact]
    public void Mask_RosterSurnameAnyCase_IsRemoved() =>
        Assert.Equal("Ask [removed] about it", Roster.Mask("Ask PATEL about it"));

    [Fact]
    public void Mask_NamePartInsideAnotherWord_IsKept() =>
        Assert.Equal("Patella injuries", Roster.Mask("Patella injuries"));

    [Fact]
    public void Mask_NamePartsShorterThanThreeLetters_AreKept() =>
        Assert.Equal("Jo said Li was away", Roster.Mask("Jo said Li was away"));

    [Fact]
    public void Mask_HyphenatedAndApostropheNames_AreRemoved() =>
        Assert.Equal("[removed]-[removed] [removed] runs it", Roster.Mask("Anne-Marie O'Neill runs it"));

    [Fact]
    public void Mask_EmptyRoster_MasksOnlyContactDetails() =>
        Assert.Equal("Priya on [removed]", new Redactor([]).Mask("Priya on 07700 900123"));

    [Fact]
    public void NameParts_LongestFirstAndDistinct() =>
        Assert.Equal(["O'Neill", "Priya", "Patel", "Marie", "Anne"], Redactor.NameParts(["Priya Patel", "Anne-Marie O'Neill", "priya"]));
}
