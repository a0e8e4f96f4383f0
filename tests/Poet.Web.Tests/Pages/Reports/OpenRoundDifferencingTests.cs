using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Reports;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Reports;

/// <summary>
/// The differencing attack of issue 13 ("An open round can be differenced"): the coordinator downloads the data,
/// waits for one more submission, downloads again and compares the roster's Submitted flags. On a live instance that
/// identified 4 of 4 respondents. Here every page the coordinator can read is fetched before and after one submission.
/// </summary>
public class OpenRoundDifferencingTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string Secret = "I am the only one here who works nights";

    private sealed record Snapshot(HttpResponseMessage Csv, HttpResponseMessage Xlsx, string RosterTable, string Participation, string Report, string Moderation, string Dashboard);

    private async Task<Snapshot> LookAsync(ReportSetup s, int rid)
    {
        var roster = await (await s.Coordinator.GetAsync(RoundLinks.Roster(s.Pid, rid))).HtmlAsync();
        return new Snapshot(
            await s.Coordinator.GetAsync(s.Url(rid, "export.csv")),
            await s.Coordinator.GetAsync(s.Url(rid, "export.xlsx")),
            roster.QuerySelector("#roster")!.OuterHtml,
            roster.QuerySelector("#participation")!.TextContent,
            await (await s.Coordinator.GetAsync(s.Url(rid))).Content.ReadAsStringAsync(),
            await (await s.Coordinator.GetAsync(s.Url(rid, "report/moderate"))).Content.ReadAsStringAsync(),
            await (await s.Coordinator.GetAsync(RoundLinks.Dashboard(s.Pid, rid))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenRound_OneMoreSubmission_CoordinatorLearnsNeitherWhoNorWhat()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Open, invited: 10);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4), partner: s.Partners[0]);
        var invitations = await app.WithDbAsync(db => db.Invitations.Where(i => i.RoundId == rid).OrderBy(i => i.Id).Select(i => i.Id).ToArrayAsync());
        await MarkSubmittedAsync(invitations[..6]);

        var before = await LookAsync(s, rid);
        // One more person answers (with a comment only they could have written), and the completion flags catch up.
        await s.AddResponsesAsync(rid, items, 1, ReportSetup.All(1), partner: s.Partners[0], comment: (_, i) => i == 0 ? Secret : null);
        await MarkSubmittedAsync([invitations[6]]);
        var after = await LookAsync(s, rid);

        foreach (var download in new[] { before.Csv, after.Csv, before.Xlsx, after.Xlsx })
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("text/html", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("The survey is still open, so nothing can be downloaded yet: comparing two downloads made before and after someone answers could show what that person said. Download the report and the data once the survey has closed.",
                (await download.HtmlAsync()).QuerySelector("#report-unavailable")?.TextContent);
        }
        // The roster's rows are the same before and after: only the count moves.
        Assert.Equal(before.RosterTable, after.RosterTable);
        Assert.Equal(("6 of 10 people have submitted so far; POET has sent 0 reminders.", "7 of 10 people have submitted so far; POET has sent 0 reminders."),
            (before.Participation, after.Participation));
        // What the new person said appears nowhere, and the interim report says why there are no results.
        Assert.DoesNotContain(Secret, after.Report + after.Moderation + after.Dashboard);
        Assert.Contains(WebUtility.HtmlEncode(HealthReport.InterimCountsOnly), after.Report);
        Assert.DoesNotContain("counts-S2-01", after.Report);
        Assert.Contains("Comments can be moderated once the survey has closed.", after.Moderation);
        Assert.False(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action.StartsWith("export"))));
    }

    [Fact]
    public async Task ClosedRound_TheSameSevenResponses_ExportAndCommentsAreAvailable()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed, invited: 10);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4), partner: s.Partners[0]);
        await s.AddResponsesAsync(rid, items, 1, ReportSetup.All(1), partner: s.Partners[0], comment: (_, i) => i == 0 ? Secret : null);

        var csv = await s.Coordinator.GetAsync(s.Url(rid, "export.csv"));
        var report = await (await s.Coordinator.GetAsync(s.Url(rid))).Content.ReadAsStringAsync();

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(8, (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + 7 rows
        Assert.Contains(WebUtility.HtmlEncode(Secret), report);
    }

    private Task MarkSubmittedAsync(int[] ids) => app.WithDbAsync(db =>
        db.Invitations.Where(i => ids.Contains(i.Id)).ExecuteUpdateAsync(u => u.SetProperty(i => i.HasSubmitted, true)));
}
