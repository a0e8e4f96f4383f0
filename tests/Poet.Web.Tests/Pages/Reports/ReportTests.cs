using System.Net;
using AngleSharp.Html.Dom;
using Poet.Data.Entities;
using Poet.Web.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Reports;

public class ReportTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static string Text(IHtmlDocument doc, string selector) => doc.QuerySelector(selector)?.TextContent.Trim() ?? $"(no {selector})";

    [Fact]
    public async Task Get_ClosedRoundAsFacilitator_ShowsReturnsSectionsAndMethodNotes()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed, invited: 20);
        await s.AddResponsesAsync(rid, items, 8, ReportSetup.All(4), partner: s.Partners[0]);

        var doc = await (await s.Facilitator.GetAsync(s.Url(rid))).HtmlAsync();

        Assert.Equal("8 of 20 (40%)", Text(doc, "#usable"));
        Assert.Equal("How the partnership feels to you", Text(doc, "#section-2"));
        Assert.Equal(["Summary", "Areas for celebration", "Areas for development", "How the partnership feels to you",
            "Where partners and professions see things differently", "What staff said", "Outcomes staff want for the people the partnership serves",
            "Change since the last round", "Method notes"], doc.QuerySelectorAll("h2.govuk-heading-l").Select(h => h.TextContent.Trim()));
        Assert.Contains("\"Don't know\" is left out of these two percentages", doc.QuerySelector("article")!.TextContent);
        Assert.Null(doc.QuerySelector("#interim-banner"));
    }

    [Fact]
    public async Task Get_Report_HasNoMeanAndNoInlineStyle()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(5));

        var html = await (await s.Coordinator.GetAsync(s.Url(rid))).Content.ReadAsStringAsync();

        Assert.DoesNotContain("style=", html);
        Assert.DoesNotMatch(@"(?i)\bmean\b", html);
    }

    [Fact]
    public async Task Get_OpenRoundAsCoordinator_ShowsInterimBanner()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Open);
        await s.AddResponsesAsync(rid, items, 5, ReportSetup.All(2));

        var doc = await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync();

        Assert.Equal("Interim: the survey is still open", Text(doc, "#interim-banner"));
        Assert.Equal("5 of 10 (50%)", Text(doc, "#submitted"));
    }

    [Fact]
    public async Task Get_OpenRoundAsFacilitator_SaysTheReportIsNotReady()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Open);
        await s.AddResponsesAsync(rid, items, 5, ReportSetup.All(2));

        var response = await s.Facilitator.GetAsync(s.Url(rid));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportAccess.StillOpen, Text(await response.HtmlAsync(), "#report-unavailable"));
    }

    [Fact]
    public async Task Get_DraftRound_SaysThereIsNoReportYet()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, _) = await s.RoundAsync(RoundStatus.Draft);

        Assert.Equal(ReportAccess.NotOpened, Text(await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync(), "#report-unavailable"));
    }

    [Fact]
    public async Task Get_RoundWithNoResponses_SaysThereAreNoUsableResponses()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, _) = await s.RoundAsync(RoundStatus.Closed);

        var response = await s.Facilitator.GetAsync(s.Url(rid));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.HtmlAsync();
        Assert.Equal("There are no usable responses yet, so there are no results to show.", Text(doc, "#too-few"));
        Assert.Equal("0 of 10 (0%)", Text(doc, "#usable"));
    }

    [Fact]
    public async Task Get_FourUsableResponses_ShowsNoResultsOrComments()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 4, ReportSetup.All(4), comment: (_, _) => "A telling remark");

        var doc = await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync();

        Assert.StartsWith("There are fewer than 5 usable responses", Text(doc, "#too-few"));
        Assert.DoesNotContain("A telling remark", doc.Body!.TextContent);
        Assert.Null(doc.QuerySelector("svg"));
    }

    [Fact]
    public async Task Get_IncompleteAndUnsubmittedResponses_AreNotUsable()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4));
        await s.AddResponsesAsync(rid, items, 2, _ => [4, null, null, null]);
        await s.AddResponsesAsync(rid, items, 3, ReportSetup.All(4), submitted: false);

        var doc = await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync();

        Assert.Equal("8 of 10 (80%)", Text(doc, "#submitted"));
        Assert.Equal("6 of 10 (60%)", Text(doc, "#usable"));
    }

    [Fact]
    public async Task Get_AnotherPartnershipsRound_IsNotFound()
    {
        var mine = await ReportSetup.CreateAsync(app);
        var theirs = await ReportSetup.CreateAsync(app);
        var (rid, items) = await theirs.RoundAsync(RoundStatus.Closed);
        await theirs.AddResponsesAsync(rid, items, 6, ReportSetup.All(4));

        var viaMine = await mine.Coordinator.GetAsync(mine.Url(rid));
        var viaTheirs = await mine.Coordinator.GetAsync(theirs.Url(rid));

        Assert.Equal(HttpStatusCode.NotFound, viaMine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaTheirs.StatusCode);
        Assert.Equal("Page not found", Text(await viaTheirs.HtmlAsync(), "h1"));
    }

    [Fact]
    public async Task Get_SignedOut_RedirectsToSignIn()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, _) = await s.RoundAsync(RoundStatus.Closed);

        (await app.NewClient().GetAsync(s.Url(rid))).AssertRedirect("http://localhost/account/sign-in");
    }

    [Fact]
    public async Task Get_PartnerGroupOfThree_IsHiddenWithItsComplement()
    {
        var s = await ReportSetup.CreateAsync(app, "Council", "Health trust", "Charity");
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed, invited: 40);
        await s.AddResponsesAsync(rid, items, 20, ReportSetup.All(4), partner: s.Partners[0]);
        await s.AddResponsesAsync(rid, items, 8, ReportSetup.All(4), partner: s.Partners[1]);
        await s.AddResponsesAsync(rid, items, 3, ReportSetup.All(4), partner: s.Partners[2]);

        var doc = await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync();
        var rows = doc.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToArray();

        Assert.Contains("20", rows[0]);
        Assert.Contains("Hidden to protect anonymity", rows[1]);
        Assert.Contains("Hidden to protect anonymity", rows[2]);
        Assert.DoesNotContain(">3<", doc.QuerySelectorAll("table")[0].OuterHtml);
    }

    [Fact]
    public async Task Get_CommentWithRosterNameEmailAndPhone_IsMasked()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed, names: ["Priya Patel"]);
        await s.AddResponsesAsync(rid, items, 5, ReportSetup.All(4),
            comment: (n, i) => n == 0 && i == 0 ? "Ask patel on 07700 900123 or priya.p@council.gov.uk" : null);

        var doc = await (await s.Facilitator.GetAsync(s.Url(rid))).HtmlAsync();

        Assert.Equal("Ask [removed] on [removed] or [removed]", doc.QuerySelector(".poet-comments li")?.TextContent);
    }

    [Fact]
    public async Task Get_Outcomes_ShownAsOutcomeAndRationaleTable()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 5, ReportSetup.All(4), outcomes: n => n == 0 ? [("Families tell their story once", "One shared assessment")] : []);

        var doc = await (await s.Facilitator.GetAsync(s.Url(rid))).HtmlAsync();

        Assert.Equal(["Outcome", "Rationale"], doc.QuerySelectorAll("#outcome-table th").Select(t => t.TextContent));
        Assert.Equal(["Families tell their story once", "One shared assessment"], doc.QuerySelectorAll("#outcome-table td").Select(t => t.TextContent));
    }

    [Fact]
    public async Task Get_EarlierClosedRound_ShowsChangeOnSharedItemsOnly()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (before, beforeItems) = await s.RoundAsync(RoundStatus.Closed, closesOn: new DateOnly(2025, 10, 31));
        await s.AddResponsesAsync(before, beforeItems, 10, ReportSetup.All(2));
        var (now, nowItems) = await s.RoundAsync(RoundStatus.Closed, texts: ["We share a clear purpose", "A new statement"], itemIds: ["S2-01", "NEW-01"]);
        await s.AddResponsesAsync(now, nowItems, 10, ReportSetup.All(4, 2));

        var doc = await (await s.Coordinator.GetAsync(s.Url(now))).HtmlAsync();
        var rows = doc.QuerySelectorAll("#change-table tbody tr").ToArray();

        var row = Assert.Single(rows);
        Assert.Equal(["0% (n=10)", "100% (n=10)", "+100", "No test: each round needs at least 20 answers (earlier round 10, later round 10)."],
            row.QuerySelectorAll("td").Select(t => t.TextContent.Trim()));
    }

    [Fact]
    public async Task Get_Chart_IsAccessibleSvgWithATableAlternative()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4));

        var doc = await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync();
        var svg = doc.QuerySelector("figure.poet-chart svg")!;

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("chart-2-title chart-2-desc", svg.GetAttribute("aria-labelledby"));
        Assert.NotNull(doc.GetElementById("chart-2-desc"));
        Assert.Equal(4, doc.QuerySelectorAll("#section-2 ~ table, section table").First().QuerySelectorAll("tbody tr").Length);
    }
}
