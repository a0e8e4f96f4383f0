using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Reports;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Reports;

/// <summary>Issue 16 item 4: per-round celebration/development thresholds, set by the coordinator until the report is published.</summary>
public class ThresholdsTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string StandardNote =
        "Areas for celebration: at least 75% agree and at most 10% disagree. Areas for development: at least 25% disagree, or more than 30% answering \"Don't know\". " +
        "These are POET's standard thresholds; the partnership did not change them for this round. " +
        "Statements with fewer than 5 answers are not sorted, and % agree and % disagree count only once at least 5 people gave a view (\"Don't know\" aside), " +
        "so 4 people agreeing is never \"100%\". The order within each list is a reading order for this partnership, not a ranking.";

    private const string CustomNote =
        "Areas for celebration: at least 80% agree and at most 20% disagree. Areas for development: at least 30% disagree, or more than 30% answering \"Don't know\". " +
        "The partnership set these thresholds for this round. POET's standard thresholds are at least 75% agree and at most 10% disagree for celebration, " +
        "and at least 25% disagree or more than 30% \"Don't know\" for development. " +
        "Statements with fewer than 5 answers are not sorted, and % agree and % disagree count only once at least 5 people gave a view (\"Don't know\" aside), " +
        "so 4 people agreeing is never \"100%\". The order within each list is a reading order for this partnership, not a ranking.";

    private static Dictionary<string, string> Form(string agree, string celebrationDisagree, string developmentDisagree, string dontKnow) => new()
    {
        ["Form.CelebrationAgree"] = agree, ["Form.CelebrationDisagree"] = celebrationDisagree,
        ["Form.DevelopmentDisagree"] = developmentDisagree, ["Form.DontKnow"] = dontKnow,
    };

    private static Task<HttpResponseMessage> PostAsync(ReportSetup s, int rid, Dictionary<string, string> form) =>
        s.Coordinator.PostFormAsync(s.Url(rid, "report/thresholds"), form);

    /// <summary>
    /// A closed round of 10 responses: statement 2.1 has 8 agree and 2 disagree (80% agree, 20% disagree of those with a
    /// view), the other three all agree. By the standard thresholds 2.1 is neither (20% disagree is over 10% and under 25%);
    /// at 80/20 it is an area for celebration.
    /// </summary>
    private async Task<(ReportSetup S, int Rid)> EightyTwentyRoundAsync()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 10, n => [n < 8 ? 4 : 2, 4, 4, 4]);
        return (s, rid);
    }

    private static string MethodNote(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll("article p").Select(p => p.TextContent.Trim()).Single(t => t.StartsWith("Areas for celebration:", StringComparison.Ordinal));

    private static string[] Celebrations(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll("#celebration-table tbody th").Select(th => th.TextContent.Trim()).ToArray();

    [Fact]
    public async Task Get_NewRound_ShowsTheStandardThresholds()
    {
        var (s, rid) = await EightyTwentyRoundAsync();

        var doc = await (await s.Coordinator.GetAsync(s.Url(rid, "report/thresholds"))).HtmlAsync();

        Assert.Equal(["75", "10", "25", "30"], new[] { "Form_CelebrationAgree", "Form_CelebrationDisagree", "Form_DevelopmentDisagree", "Form_DontKnow" }
            .Select(id => doc.GetElementById(id)!.GetAttribute("value")));
        Assert.Equal("The lowest % agree for an area for celebration", doc.QuerySelector("label[for=Form_CelebrationAgree]")!.TextContent.Trim());
        Assert.Equal(StandardNote, MethodNote(await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync()));
    }

    [Fact]
    public async Task Post_Valid_SavesAndTheReportSortsAndStatesByThem()
    {
        var (s, rid) = await EightyTwentyRoundAsync();
        var before = await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync();
        Assert.Equal(["2.2 Partners trust each other", "2.3 Decisions are made jointly", "2.4 Communication is open"], Celebrations(before));

        var response = await PostAsync(s, rid, Form("80", "20", "30", "30%"));

        response.AssertRedirect(s.Url(rid));
        var round = await app.WithDbAsync(db => db.Rounds.SingleAsync(r => r.Id == rid));
        Assert.Equal((80, 20, 30, 30), (round.CelebrationMinAgreePercent, round.CelebrationMaxDisagreePercent, round.DevelopmentMinDisagreePercent, round.DevelopmentDontKnowAbovePercent));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "round.thresholds-changed"
            && a.Detail == $"Round {rid}: celebration 80% agree, 20% disagree; development 30% disagree, 30% don't know")));
        var doc = await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync();
        Assert.Equal(ThresholdsModel.Saved, doc.GetElementById("notice")?.TextContent.Trim());
        // 2.1 is now a celebration; at 80% agree it comes after the three at 100% (strongest first).
        Assert.Equal(["2.2 Partners trust each other", "2.3 Decisions are made jointly", "2.4 Communication is open", "2.1 We share a clear purpose"], Celebrations(doc));
        Assert.Equal(CustomNote, MethodNote(doc));
    }

    [Fact]
    public async Task Downloads_StateTheThresholdsInForce()
    {
        var (s, rid) = await EightyTwentyRoundAsync();
        await PostAsync(s, rid, Form("80", "20", "30", "30"));

        var pdf = ReportPdf.Create((await app.WithDbAsync(db => HealthReport.LoadAsync(db, s.Pid, rid, ReportView.Team)))!);
        var docx = await (await s.Coordinator.GetAsync(s.Url(rid, "report.docx"))).Content.ReadAsByteArrayAsync();
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToArray();

        Assert.True(pdf.Mentions(CustomNote), "The PDF's method notes state the partnership's thresholds.");
        Assert.Contains(CustomNote, paragraphs);
    }

    [Fact]
    public async Task Post_Invalid_SaysWhatIsWrongWithEachField()
    {
        var (s, rid) = await EightyTwentyRoundAsync();

        var doc = await (await PostAsync(s, rid, Form("", "7.5", "101", "-1"))).HtmlAsync();

        Assert.Equal([
            "Enter the lowest % agree for an area for celebration",
            "The highest % disagree for an area for celebration must be a whole number, like 10",
            "The lowest % disagree for an area for development must be between 0 and 100",
            "The % answering \"Don't know\" above which a statement is an area for development must be between 0 and 100",
        ], doc.ErrorSummary());
        Assert.Equal("Error: The lowest % disagree for an area for development must be between 0 and 100", doc.GetElementById("Form_DevelopmentDisagree-error")!.TextContent.Trim());
        Assert.Equal("101", doc.GetElementById("Form_DevelopmentDisagree")!.GetAttribute("value"));
        var round = await app.WithDbAsync(db => db.Rounds.SingleAsync(r => r.Id == rid));
        Assert.Equal((75, 10, 25, 30), (round.CelebrationMinAgreePercent, round.CelebrationMaxDisagreePercent, round.DevelopmentMinDisagreePercent, round.DevelopmentDontKnowAbovePercent));
    }

    [Fact]
    public async Task Post_CelebrationAllowingAsMuchDisagreementAsDevelopment_IsRefused()
    {
        var (s, rid) = await EightyTwentyRoundAsync();

        var doc = await (await PostAsync(s, rid, Form("70", "25", "25", "30"))).HtmlAsync();

        Assert.Equal(["The highest % disagree for an area for celebration must be less than the lowest % disagree for an area for development (25%)"], doc.ErrorSummary());
    }

    [Fact]
    public async Task Post_ZeroAndHundred_AreAllowed()
    {
        var (s, rid) = await EightyTwentyRoundAsync();

        (await PostAsync(s, rid, Form("100", "0", "1", "100"))).AssertRedirect(s.Url(rid));
    }

    [Fact]
    public async Task AfterPublishing_TheThresholdsAreLockedAndThePageSaysWhy()
    {
        var (s, rid) = await EightyTwentyRoundAsync();
        (await s.Coordinator.PostFormAsync(s.Url(rid, "report/publish?handler=Publish"), new Dictionary<string, string>(), s.Url(rid, "report/publish")))
            .AssertRedirect(s.Url(rid, "report/publish"));
        var locked = await app.WithDbAsync(db => db.Rounds.Where(r => r.Id == rid).Select(r => r.ThresholdsLockedUtc).SingleAsync());
        Assert.NotNull(locked);
        var why = ThresholdsModel.LockedBecause(locked!.Value);
        Assert.Equal($"The report was published to staff on {DateTime.UtcNow:d MMMM yyyy}, so these thresholds can no longer change: " +
            "staff have read the areas for celebration and development they chose. A later round can use different thresholds.", why);

        var page = await (await s.Coordinator.GetAsync(s.Url(rid, "report/thresholds"))).HtmlAsync();
        Assert.Equal(why, page.GetElementById("locked")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("form input[name='Form.CelebrationAgree']"));
        Assert.Equal(["75%", "10%", "25%", "30%"], page.QuerySelectorAll("#thresholds dd").Select(d => d.TextContent.Trim()));

        // A POST straight to the page (from a tab opened before publishing, say) is refused, and unpublishing does not unlock.
        // The locked page has no form, so the antiforgery token comes from the publish page.
        Task<HttpResponseMessage> PostAnywayAsync() =>
            s.Coordinator.PostFormAsync(s.Url(rid, "report/thresholds"), Form("80", "20", "30", "30"), s.Url(rid, "report/publish"));
        var post = await PostAnywayAsync();
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal([why], (await post.HtmlAsync()).ErrorSummary());
        await s.Coordinator.PostFormAsync(s.Url(rid, "report/publish?handler=Unpublish"), new Dictionary<string, string>(), s.Url(rid, "report/publish"));
        Assert.Null(await app.WithDbAsync(db => db.PublishedReports.Where(p => p.RoundId == rid).Select(p => p.ShareKey).SingleOrDefaultAsync()));
        Assert.Equal([why], (await (await PostAnywayAsync()).HtmlAsync()).ErrorSummary());
        Assert.Equal(75, await app.WithDbAsync(db => db.Rounds.Where(r => r.Id == rid).Select(r => r.CelebrationMinAgreePercent).SingleAsync()));
    }

    [Fact]
    public async Task Get_AsFacilitator_IsNotFound()
    {
        var (s, rid) = await EightyTwentyRoundAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await s.Facilitator.GetAsync(s.Url(rid, "report/thresholds"))).StatusCode);
        Assert.Null((await (await s.Facilitator.GetAsync(s.Url(rid))).HtmlAsync()).GetElementById("thresholds-link"));
    }

    [Fact]
    public async Task NewRound_StartsWithThePreviousRoundsThresholds()
    {
        var (s, rid) = await EightyTwentyRoundAsync();
        await PostAsync(s, rid, Form("80", "20", "30", "35"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var response = await s.Coordinator.PostFormAsync(RoundLinks.New(s.Pid), new Dictionary<string, string>
        {
            ["Form.Title"] = "Second round", ["Form.Opens.Day"] = today.Day.ToString(), ["Form.Opens.Month"] = today.Month.ToString(), ["Form.Opens.Year"] = today.Year.ToString(),
            ["Form.Closes.Day"] = today.AddDays(20).Day.ToString(), ["Form.Closes.Month"] = today.AddDays(20).Month.ToString(), ["Form.Closes.Year"] = today.AddDays(20).Year.ToString(),
            ["Form.ThresholdKind"] = "Percent", ["Form.ThresholdValue"] = "30", ["Form.ReminderDays"] = "7",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var round = await app.WithDbAsync(db => db.Rounds.Where(r => r.PartnershipId == s.Pid && r.Title == "Second round").SingleAsync());
        Assert.Equal((80, 20, 30, 35), (round.CelebrationMinAgreePercent, round.CelebrationMaxDisagreePercent, round.DevelopmentMinDisagreePercent, round.DevelopmentDontKnowAbovePercent));
        // A draft round's thresholds can be set from its settings page, which links to them.
        var settings = await (await s.Coordinator.GetAsync(RoundLinks.Settings(s.Pid, round.Id))).HtmlAsync();
        Assert.Equal(RoundLinks.Thresholds(s.Pid, round.Id), settings.GetElementById("thresholds-link")!.GetAttribute("href"));
        (await PostAsync(s, round.Id, Form("75", "10", "25", "30"))).AssertRedirect(RoundLinks.Settings(s.Pid, round.Id));
    }

    [Fact]
    public async Task ChangeSinceLastRound_SaysWhenTheEarlierRoundUsedOtherThresholds()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (earlier, earlierItems) = await s.RoundAsync(RoundStatus.Closed, closesOn: new DateOnly(2026, 4, 30));
        var (later, laterItems) = await s.RoundAsync(RoundStatus.Closed, closesOn: new DateOnly(2026, 10, 31));
        await s.AddResponsesAsync(earlier, earlierItems, 6, ReportSetup.All(2));
        await s.AddResponsesAsync(later, laterItems, 6, ReportSetup.All(4));
        var before = await (await s.Coordinator.GetAsync(s.Url(later))).HtmlAsync();
        Assert.Null(before.GetElementById("change-thresholds"));

        await PostAsync(s, earlier, Form("70", "15", "30", "30"));
        var doc = await (await s.Coordinator.GetAsync(s.Url(later))).HtmlAsync();

        Assert.Equal("\"Staff survey 2026-04\" used different thresholds for celebration and development (celebration: at least 70% agree then, 75% now; " +
            "celebration: at most 15% disagree then, 10% now; development: at least 30% disagree then, 25% now). The changes below compare the answers themselves " +
            "and do not depend on the thresholds, but that round's areas for celebration and development were chosen by a different rule, so do not compare " +
            "the two rounds' lists as they stand.", doc.GetElementById("change-thresholds")!.TextContent.Trim());
        Assert.NotNull(doc.GetElementById("change-table"));
    }
}
