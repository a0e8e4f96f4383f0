using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Poet.Data.Documents;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Reports;
using Poet.Web.Tests.Documents;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Reports;

/// <summary>The report as a PDF, checked on the demo round that reproduces the RISS pilot (see DemoData).</summary>
public class ReportPdfTests(PoetApp app) : IClassFixture<PoetApp>, IAsyncLifetime
{
    private int _pid, _rid;

    public async Task InitializeAsync()
    {
        using (var scope = app.Services.CreateScope()) await DemoData.SeedAsync(scope.ServiceProvider);
        (_pid, _rid) = await app.WithDbAsync(db => db.Rounds.Where(r => r.Partnership!.Name == DemoData.PartnershipName)
            .Select(r => new ValueTuple<int, int>(r.PartnershipId, r.Id)).SingleAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Url => $"/partnerships/{_pid}/rounds/{_rid}/report.pdf";

    private Task<HealthReport> DemoReportAsync() => app.WithDbAsync(async db => (await HealthReport.LoadAsync(db, _pid, _rid, ReportView.Team))!);

    private async Task<HttpClient> DemoMemberAsync(PartnershipRole role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.org".ToLowerInvariant();
        await app.CreateUserAsync(email, partnershipId: _pid, role: role);
        return await app.SignedInClientAsync(email);
    }

    /// <summary>True when one row of a table on some page holds all the given cells (cells of a row share their top);
    /// the first cell may be the start of a longer cell or wrap onto further lines.</summary>
    private static bool RowWith(PdfFile pdf, params string[] cells) =>
        pdf.Text.Where(t => t.Text == cells[0] || t.Text.StartsWith(cells[0] + " ", StringComparison.Ordinal) || cells[0].StartsWith(t.Text + " ", StringComparison.Ordinal))
            .Any(first => cells.Skip(1).All(c => pdf.Text.Any(t => t.Page == first.Page && Math.Abs(t.Y - first.Y) < 0.01 && t.Text == c)));

    [Fact]
    public async Task Get_Facilitator_DownloadsAPdfAndIsAudited()
    {
        var client = await DemoMemberAsync(PartnershipRole.Facilitator);

        var response = await client.GetAsync(Url);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"poet-round-{_rid}-report.pdf", response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Equal(ReportPdf.Create(await DemoReportAsync()).PageCount, Pdf.PageCount(bytes));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == _pid && a.Action == "report.pdf" && a.Detail == $"round {_rid}")));
    }

    [Fact]
    public async Task Create_DemoRound_HasTitlePageAndEverySectionHeading()
    {
        var report = await DemoReportAsync();

        var pdf = ReportPdf.Create(report);

        var titlePage = pdf.Text.Where(t => t.Page == 1).Select(t => t.Text).ToArray();
        Assert.Contains(DemoData.PartnershipName, titlePage);
        Assert.Contains("Staff survey, autumn 2006", titlePage);
        Assert.Contains(ReportPdf.AnonymityHeading, titlePage);
        string[] headings = ["Summary", "Areas for celebration", "Areas for development", .. report.Sections.Select(s => s.Title),
            "Where partners and professions see things differently", "What staff said", "Outcomes staff want for the people the partnership serves",
            "Change since the last round", "Method notes"];
        Assert.All(headings, h => Assert.Contains(pdf.Text, t => t.Page > 1 && t.Text == h));
        Assert.InRange(pdf.PageCount, 6, 20);
        Assert.Equal(Enumerable.Range(1, pdf.PageCount), pdf.Text.Where(t => t.Text.StartsWith("Page ", StringComparison.Ordinal)).Select(t => t.Page));
        Assert.Contains(pdf.Text, t => t.Text == $"Page {pdf.PageCount} of {pdf.PageCount}");
    }

    [Fact]
    public async Task Create_DemoRound_ReproducesTheRissFigures()
    {
        var report = await DemoReportAsync();
        var clear = report.Sections.SelectMany(s => s.Items).Single(i => i.ItemId == DemoData.ClearOutcomesItemId);

        var pdf = ReportPdf.Create(report);

        Assert.True(RowWith(pdf, "Submitted", "52 of 73 (71%)"));
        Assert.True(RowWith(pdf, "Usable", "46 of 73 (63%)"));
        Assert.True(RowWith(pdf, DemoData.Partners[0], "36", "78%"));
        // % agree and % disagree of those with a view, agree or strongly agree of all 46 answers, and Don't know.
        Assert.True(RowWith(pdf, clear.Number, "100%", "0%", "37 (80%)", "9 (20%)"));
        Assert.True(RowWith(pdf, clear.Number, "0 (0%)", "0 (0%)", "9 (20%)", "20 (43%)", "17 (37%)", "46", "0"));
    }

    [Fact]
    public async Task Create_DemoRound_DrawsAChartBeforeEachSectionsTables()
    {
        var report = await DemoReportAsync();
        var clear = report.Sections.SelectMany(s => s.Items).Single(i => i.ItemId == DemoData.ClearOutcomesItemId);

        var pdf = ReportPdf.Create(report);

        foreach (var s in report.Sections)
        {
            var title = pdf.Text.Single(t => t.Text == $"{s.Title}: agreement with each statement");
            var table = pdf.Text.First(t => t.Text.StartsWith($"{s.Title}: answers to each statement", StringComparison.Ordinal));
            Assert.Contains(pdf.Text, t => t.Page == title.Page && t.Text == PdfBarChart.Axis);
            Assert.Contains(pdf.Text, t => t.Page == title.Page && t.Text == PdfBarChart.DontKnowAxis);
            Assert.Contains(pdf.Text, t => t.Page == title.Page && t.Text == "Strongly disagree");
            Assert.True((table.Page, table.Y).CompareTo((title.Page, title.Y)) > 0, $"{s.Title}: table before chart");
        }
        // The clear-outcomes bar: 20 Agree and 17 Strongly agree of 37 with a view (54%, 46%), 9 of 46 Don't know (20%).
        Assert.True(RowWith(pdf, clear.Number, "54%", "46%", "20%"));
    }

    [Fact]
    public async Task Get_OpenRoundAsFacilitator_SaysNotReadyAndIsNotAudited()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Open);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4));

        var response = await s.Facilitator.GetAsync(s.Url(rid, "report.pdf"));

        Assert.Equal(ReportAccess.StillOpen, (await response.HtmlAsync()).QuerySelector("#report-unavailable")?.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "report.pdf")));
    }

    [Fact]
    public async Task Get_OpenRoundAsCoordinator_IsRefusedUntilClose()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Open);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4));

        var response = await s.Coordinator.GetAsync(s.Url(rid, "report.pdf"));

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The survey is still open, so nothing can be downloaded yet: comparing two downloads made before and after someone answers could show what that person said. Download the report and the data once the survey has closed.",
            (await response.HtmlAsync()).QuerySelector("#report-unavailable")?.TextContent);
    }

    [Fact]
    public async Task Create_FewerThanFiveUsable_ShowsNoResults()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 4, ReportSetup.All(4));

        var pdf = ReportPdf.Create((await app.WithDbAsync(db => HealthReport.LoadAsync(db, s.Pid, rid, ReportView.Team)))!);

        Assert.True(pdf.Mentions("There are fewer than 5 usable responses, so no results are shown"));
        Assert.DoesNotContain(pdf.Text, t => t.Text == "Areas for celebration" || t.Text == PdfBarChart.Axis);
        Assert.Contains(pdf.Text, t => t.Text == "Method notes");
    }

    [Fact]
    public async Task Get_AnotherPartnershipsRound_IsNotFound()
    {
        var other = await ReportSetup.CreateAsync(app);

        var response = await other.Coordinator.GetAsync(Url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "report.pdf" && a.Detail == $"round {_rid}" && a.PartnershipId == other.Pid)));
    }

    [Fact]
    public void Draw_MoreBarsThanFitABlock_SplitsThemEvenlyOverTwoPages()
    {
        var pdf = new PdfLayout("test");
        var bars = Enumerable.Range(1, PdfBarChart.BarsPerBlock + 2).Select(n => new ChartBar($"2.{n}", "Statement", [1, 2, 3, 4, 5])).ToArray();

        PdfBarChart.Draw(pdf, "Long section", "Description", bars);
        var file = pdf.Finish();

        var half = (PdfBarChart.BarsPerBlock + 2) / 2;
        Assert.Equal(2, file.PageCount);
        Assert.Equal(2, file.Text.Single(t => t.Text == "Long section (continued)").Page);
        Assert.Equal(1, file.Text.Single(t => t.Text == $"2.{half}").Page);
        Assert.Equal(2, file.Text.Single(t => t.Text == $"2.{half + 1}").Page);
    }
}
