using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Admin;

/// <summary>The host sets the retention schedule on one page; the privacy notices, the DPIA and the round page read it.</summary>
public class RetentionScheduleTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string Url = "/admin/data-protection/retention";

    private static Dictionary<string, string> Form(string roster = "30", string codes = "0", string outbox = "14", string notes = "60", string audit = "730") => new()
    {
        ["Days[RosterContactDays]"] = roster, ["Days[AccessCodeDays]"] = codes, ["Days[OutboxDays]"] = outbox,
        ["Days[InterviewNoteDays]"] = notes, ["Days[AuditDetailDays]"] = audit,
    };

    [Fact]
    public async Task Get_NoScheduleSaved_ShowsPoetsDefaults()
    {
        var admin = await app.HostAdminAsync();
        await app.WithDbAsync(db => db.RetentionSettings.ExecuteDeleteAsync());

        var doc = await (await admin.GetAsync(Url)).HtmlAsync();

        // Defaults: Poet.Analysis/DataProtection/Retention.cs, RetentionPeriods.Defaults (90, 0, 30, 180, 365).
        Assert.Equal("90", doc.QuerySelector("input[name='Days[RosterContactDays]']")!.GetAttribute("value"));
        Assert.Equal("365", doc.QuerySelector("input[name='Days[AuditDetailDays]']")!.GetAttribute("value"));
        Assert.Contains("POET's default: 90. Saved now: deleted 90 days after the staff survey closes.", doc.Body!.TextContent);
    }

    [Fact]
    public async Task Post_Schedule_IsStatedByTheNoticeTheDpiaAndTheRoundPage()
    {
        var admin = await app.HostAdminAsync();
        var s = await ReportSetup.CreateAsync(app);
        var (rid, _) = await s.RoundAsync(RoundStatus.Closed, invited: 3);
        var closed = new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
        await app.WithDbAsync(async db => { (await db.Rounds.SingleAsync(r => r.Id == rid)).ClosedUtc = closed; await db.SaveChangesAsync(); });

        var response = await admin.PostFormAsync(Url, Form());

        response.AssertRedirect(Url);
        var notice = (await (await app.NewClient().GetAsync("/privacy/staff")).HtmlAsync()).Body!.TextContent;
        Assert.Contains("Deleted 30 days after the staff survey closes; your partner and professional group stay, without your name, for the round's response rates", notice);
        Assert.Contains("Deleted when the staff survey closes", notice);
        var dpia = (await (await admin.GetAsync("/admin/data-protection")).HtmlAsync()).QuerySelector("pre")!.TextContent;
        Assert.Contains("- Interview notes (approved quotations are kept): deleted 60 days after the users and carers questionnaire closes.", dpia);
        Assert.Contains("- Audit log details (the action and its date are kept): deleted 730 days after the action.", dpia);
        var round = (await (await s.Coordinator.GetAsync($"/partnerships/{s.Pid}/rounds/{rid}")).HtmlAsync()).GetElementById("retention")!.TextContent;
        Assert.StartsWith("Contact details will be deleted on 2 December 2026.", round); // 2 November + 30 days
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "retention.schedule-changed" && a.Detail.Contains("RosterContactDays 30"))));
    }

    [Theory]
    [InlineData("", "Enter how many days to keep roster names and email addresses, and the emails sent to them")]
    [InlineData("ninety", "Days to keep roster names and email addresses, and the emails sent to them must be a whole number, like 90")]
    [InlineData("-5", "Days to keep roster names and email addresses, and the emails sent to them must be a whole number, like 90")]
    [InlineData("4000", "Days to keep roster names and email addresses, and the emails sent to them must be 3650 or fewer")]
    public async Task Post_BadDays_SaysWhatToDo_AndSavesNothing(string days, string message)
    {
        var admin = await app.HostAdminAsync();
        var before = await app.WithDbAsync(db => db.RetentionSettings.Select(r => r.UpdatedUtc).SingleOrDefaultAsync());

        var doc = await (await admin.PostFormAsync(Url, Form(roster: days))).HtmlAsync();

        Assert.Equal([message], doc.ErrorSummary());
        Assert.Equal(before, await app.WithDbAsync(db => db.RetentionSettings.Select(r => r.UpdatedUtc).SingleOrDefaultAsync()));
    }

    [Fact]
    public async Task Get_Coordinator_IsDenied()
    {
        var (_, client, _) = await app.MemberAsync();
        (await client.GetAsync(Url)).AssertRedirect("http://localhost/account/access-denied");
    }
}
