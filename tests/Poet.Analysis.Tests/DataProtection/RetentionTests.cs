using Poet.Analysis.DataProtection;

namespace Poet.Analysis.Tests.DataProtection;

public class RetentionTests
{
    [Fact]
    public void Defaults_AreTheStatedPeriods() =>
        // Issue 23's suggested defaults: contacts 90 days after the close, link hashes at the close, outbox 30 days after
        // sending, audit details a year; interview notes 180 days after the questionnaire closes (POET's choice).
        Assert.Equal(new RetentionPeriods(90, 0, 30, 180, 365), RetentionPeriods.Defaults);

    [Theory]
    [InlineData(90, "Deleted 90 days after the staff survey closes")]
    [InlineData(1, "Deleted 1 day after the staff survey closes")]
    [InlineData(0, "Deleted when the staff survey closes")]
    public void Kept_SaysWhenInWords(int days, string expected) =>
        Assert.Equal(expected, Retention.Rule(nameof(RetentionPeriods.RosterContactDays)).Kept(RetentionPeriods.Defaults with { RosterContactDays = days }));

    [Fact]
    public void IsDue_OnTheDayItself_NotTheDayBefore()
    {
        var closed = new DateOnly(2026, 11, 2);
        Assert.False(Retention.IsDue(closed, 90, new DateOnly(2027, 1, 30)));
        Assert.True(Retention.IsDue(closed, 90, new DateOnly(2027, 1, 31))); // 2 Nov + 90 days = 31 Jan
        Assert.True(Retention.IsDue(closed, 0, closed));
    }

    [Fact]
    public void ClosedOn_RoundClosedBeforeTheTimeWasKept_CountsFromItsClosingDate()
    {
        Assert.Equal(new DateOnly(2026, 10, 31), Retention.ClosedOn(null, new DateOnly(2026, 10, 31)));
        Assert.Equal(new DateOnly(2026, 10, 20), Retention.ClosedOn(new DateTime(2026, 10, 20, 23, 59, 0, DateTimeKind.Utc), new DateOnly(2026, 10, 31)));
    }

    [Theory]
    [InlineData(null, "Enter how many days to keep sent emails and outbox files")]
    [InlineData(" ", "Enter how many days to keep sent emails and outbox files")]
    [InlineData("3.5", "Days to keep sent emails and outbox files must be a whole number, like 90")]
    [InlineData("-1", "Days to keep sent emails and outbox files must be a whole number, like 90")]
    [InlineData("3651", "Days to keep sent emails and outbox files must be 3650 or fewer")]
    public void Problem_BadDays_NamesTheField(string? value, string expected) =>
        Assert.Equal(expected, Retention.Problem("Sent emails and outbox files", value));

    [Theory]
    [InlineData("0")]
    [InlineData(" 30 ")]
    [InlineData("3650")]
    public void Problem_WholeDaysInRange_IsNone(string value) => Assert.Null(Retention.Problem("Sent emails and outbox files", value));

    [Fact]
    public void ContactsSentence_BeforeAndAfter()
    {
        Assert.Equal("Contact details will be deleted on 31 January 2027.", Retention.ContactsSentence(new DateOnly(2027, 1, 31), null));
        Assert.Equal("Contact details will be deleted on 31 January 2027 if the round closes on its closing date.", Retention.ContactsSentence(new DateOnly(2027, 1, 31), null, closed: false));
        Assert.Equal("Contact details were deleted on 1 February 2027.", Retention.ContactsSentence(new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 1)));
    }

    [Fact]
    public void Dpia_HostSchedule_IsStatedInTheTableAndTheScheduleSection()
    {
        var host = Dpia.Template with { Retention = new RetentionPeriods(30, 7, 14, 60, 730) };
        var text = Dpia.Markdown(host);

        Assert.Contains("- Roster names and email addresses, and the emails sent to them: deleted 30 days after the staff survey closes.", text);
        Assert.Contains("| AccessCodes | So your link and code open your survey; the link itself is stored nowhere | Nobody: the hashes cannot be turned back into the link | Deleted 7 days after the staff survey closes | Yes |", text);
        Assert.DoesNotContain("90 days", text);
    }
}
