using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Pages.Survey;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Reports;

/// <summary>A closed round's answers are cached between report requests; these check that the cache never shows stale or foreign figures.</summary>
public class ReportCacheTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static string Text(IHtmlDocument doc, string selector) => doc.QuerySelector(selector)?.TextContent.Trim() ?? $"(no {selector})";

    private Task AddSubmittedAsync(SurveySetup setup, int count, int code) => app.WithDbAsync(async db =>
    {
        for (var n = 0; n < count; n++)
        {
            var response = new Response { Id = Guid.NewGuid(), RoundId = setup.RoundId, IsSubmitted = true, PartnerOrganisationId = setup.Partners[0].Id };
            response.Answers.AddRange(setup.Items.Select(i => new Answer { RoundItemId = i.Id, Value = code }));
            db.Responses.Add(response);
        }
        await db.SaveChangesAsync();
    });

    /// <summary>
    /// Paper returns keyed after the close wait in the mix until 5 wait (LatePaperTests), then reach the responses in one
    /// batch: the cached report must follow at that moment, and not before.
    /// </summary>
    [Fact]
    public async Task Get_FivePaperReturnsKeyedAfterClose_ReportShowsTheNewResponses()
    {
        var setup = await app.CreateRoundAsync();
        var email = $"coord{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(email, partnershipId: setup.PartnershipId);
        var client = await app.SignedInClientAsync(email);
        await AddSubmittedAsync(setup, 5, 4);
        (await client.PostFormAsync(RoundLinks.Close(setup.PartnershipId, setup.RoundId), [])).AssertRedirect(RoundLinks.Dashboard(setup.PartnershipId, setup.RoundId));
        var report = RoundLinks.Report(setup.PartnershipId, setup.RoundId);
        var before = await (await client.GetAsync(report)).HtmlAsync();

        var index = RoundLinks.Paper(setup.PartnershipId, setup.RoundId);
        var fourth = before;
        for (var n = 0; n < 5; n++)
        {
            var basePath = (await client.PostFormAsync(index, []))!.Location()![..^"/about".Length];
            (await client.PostFormAsync(basePath + "/about", new Dictionary<string, string> { ["Form.Employer"] = setup.Partners[0].Id.ToString() })).AssertRedirect(basePath + "/section/2");
            (await client.PostFormAsync(basePath + "/section/2", SurveyFixture.AnswerAll(setup.Section(2), 4))).AssertRedirect(basePath + "/section/3");
            (await client.PostFormAsync(basePath + "/section/3", SurveyFixture.AnswerAll(setup.Section(3), 4))).AssertRedirect(basePath + "/outcomes");
            (await client.PostFormAsync(basePath + "/outcomes", n == 0
                ? new Dictionary<string, string> { ["Rows[0].Outcome"] = "Keyed in after the close", ["Rows[0].Rationale"] = "From a paper form", ["Button"] = "continue" }
                : new Dictionary<string, string> { ["Button"] = "continue" })).AssertRedirect(basePath + "/check");
            (await client.PostFormAsync(basePath + "/check", [])).AssertRedirect(index);
            if (n == 3) fourth = await (await client.GetAsync(report)).HtmlAsync();
        }
        var after = await (await client.GetAsync(report)).HtmlAsync();

        Assert.Equal("5 of 5 (100%)", Text(before, "#usable"));
        Assert.Equal("5 of 5 (100%)", Text(fourth, "#usable"));
        Assert.Equal("10 of 10 (100%)", Text(after, "#usable"));
        Assert.Equal(["Keyed in after the close", "From a paper form"], after.QuerySelectorAll("#outcome-table td").Select(t => t.TextContent));
        // 1 at the close, 2 when the batch of 5 arrived: the cached report was replaced once, not per form.
        Assert.Equal(2, await app.WithDbAsync(db => db.Rounds.Where(r => r.Id == setup.RoundId).Select(r => r.AnswersVersion).SingleAsync()));
    }

    [Fact]
    public async Task Get_TwiceForAClosedRound_GivesTheSameReport()
    {
        var s = await ReportSetup.CreateAsync(app, "County council", "Health trust");
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed, invited: 20, names: ["Ann Example"]);
        await s.AddResponsesAsync(rid, items, 6, n => [4, 5, n % 2 == 0 ? 1 : 3, null], partner: s.Partners[0],
            comment: (n, i) => n == 0 && i == 1 ? "Ann Example on 01234 567890 made this work" : null, outcomes: n => n == 1 ? [("Fewer handoffs", "One plan")] : []);
        await s.AddResponsesAsync(rid, items, 5, ReportSetup.All(2), partner: s.Partners[1]);

        var first = (await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync()).QuerySelector("article")!.OuterHtml;
        var second = (await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync()).QuerySelector("article")!.OuterHtml;

        Assert.Equal(first, second);
        Assert.Contains("11 of 20 (55%)", first);
        Assert.Contains("[removed] on [removed] made this work", first);
    }

    [Fact]
    public async Task Get_AnotherRoundAfterThisOne_NeverGetsThisRoundsTally()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (first, firstItems) = await s.RoundAsync(RoundStatus.Closed, invited: 10);
        await s.AddResponsesAsync(first, firstItems, 5, ReportSetup.All(4));
        var (second, secondItems) = await s.RoundAsync(RoundStatus.Closed, invited: 10, closesOn: new DateOnly(2026, 11, 30));
        await s.AddResponsesAsync(second, secondItems, 7, ReportSetup.All(2));
        var other = await ReportSetup.CreateAsync(app);
        var (foreign, foreignItems) = await other.RoundAsync(RoundStatus.Closed, invited: 10);
        await other.AddResponsesAsync(foreign, foreignItems, 9, ReportSetup.All(5));

        var firstDoc = await (await s.Coordinator.GetAsync(s.Url(first))).HtmlAsync();
        var secondDoc = await (await s.Coordinator.GetAsync(s.Url(second))).HtmlAsync();
        var foreignDoc = await (await other.Coordinator.GetAsync(other.Url(foreign))).HtmlAsync();
        var firstAgain = await (await s.Coordinator.GetAsync(s.Url(first))).HtmlAsync();

        Assert.Equal(["5 of 10 (50%)", "7 of 10 (70%)", "9 of 10 (90%)", "5 of 10 (50%)"],
            new[] { firstDoc, secondDoc, foreignDoc, firstAgain }.Select(d => Text(d, "#usable")));
        Assert.Equal(0, await app.WithDbAsync(db => db.Rounds.Where(r => r.Id == first || r.Id == second || r.Id == foreign).SumAsync(r => r.AnswersVersion)));
    }

    [Fact]
    public async Task Get_OpenRound_ShowsEachNewSubmissionAtOnce()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Open, invited: 10);
        await s.AddResponsesAsync(rid, items, 5, ReportSetup.All(4));
        var before = await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync();

        await s.AddResponsesAsync(rid, items, 1, ReportSetup.All(4));
        var after = await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync();

        Assert.Equal("5 of 10 (50%)", Text(before, "#usable"));
        Assert.Equal("6 of 10 (60%)", Text(after, "#usable"));
    }
}
