using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Reports;

public class ModerateTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(ReportSetup S, int Rid)> RoundWithTextAsync()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 5, ReportSetup.All(4),
            comment: (n, i) => i == 0 ? $"Comment number {n}" : null,
            outcomes: n => n == 0 ? [("Quicker help for families", "Fewer hand-offs")] : []);
        return (s, rid);
    }

    /// <summary>Posts the form of the moderation card whose text contains <paramref name="containing"/>.</summary>
    private static async Task<HttpResponseMessage> PostCardAsync(ReportSetup s, int rid, string containing, Dictionary<string, string> fields)
    {
        var url = s.Url(rid, "report/moderate");
        var doc = await (await s.Coordinator.GetAsync(url)).HtmlAsync();
        var card = doc.QuerySelectorAll(".poet-moderation").First(c => c.TextContent.Contains(containing));
        var form = new Dictionary<string, string>(fields)
        {
            ["Ref"] = card.QuerySelector("input[name=Ref]")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = card.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        };
        return await s.Coordinator.PostAsync(url, new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task Post_Hide_RemovesTheCommentFromTheReport()
    {
        var (s, rid) = await RoundWithTextAsync();

        var response = await PostCardAsync(s, rid, "Comment number 3", new() { ["Do"] = "hide" });

        response.AssertRedirect(s.Url(rid, "report/moderate"));
        var report = await (await s.Facilitator.GetAsync(s.Url(rid))).HtmlAsync();
        Assert.Equal(["Comment number 0", "Comment number 1", "Comment number 2", "Comment number 4"], report.QuerySelectorAll(".poet-comments li").Select(l => l.TextContent));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "report.moderate")));
    }

    [Fact]
    public async Task Post_Show_BringsAHiddenCommentBack()
    {
        var (s, rid) = await RoundWithTextAsync();
        await PostCardAsync(s, rid, "Comment number 3", new() { ["Do"] = "hide" });

        await PostCardAsync(s, rid, "Comment number 3", new() { ["Do"] = "show" });

        var report = await (await s.Facilitator.GetAsync(s.Url(rid))).HtmlAsync();
        Assert.Equal(5, report.QuerySelectorAll(".poet-comments li").Length);
    }

    [Fact]
    public async Task Post_Redact_ShowsTheReplacementStillMasked()
    {
        var (s, rid) = await RoundWithTextAsync();

        await PostCardAsync(s, rid, "Comment number 2", new() { ["Do"] = "redact", ["Replacement"] = "Edited: call 07700 900123" });

        var report = await (await s.Facilitator.GetAsync(s.Url(rid))).HtmlAsync();
        Assert.Contains("Edited: call [removed]", report.QuerySelectorAll(".poet-comments li").Select(l => l.TextContent));
        Assert.DoesNotContain("Comment number 2", report.Body!.TextContent);
    }

    [Fact]
    public async Task Post_RedactWithNoText_ShowsErrorBesideTheComment()
    {
        var (s, rid) = await RoundWithTextAsync();

        var response = await PostCardAsync(s, rid, "Comment number 1", new() { ["Do"] = "redact", ["Replacement"] = " " });

        var doc = await response.HtmlAsync();
        Assert.Equal([ModerateModel.EnterReplacement], doc.ErrorSummary());
        Assert.Contains("Comment number 1", doc.GetElementById("Replacement")!.Closest(".poet-moderation")!.TextContent);
    }

    [Fact]
    public async Task Post_HideOutcome_RemovesItFromThePublishedReport()
    {
        var (s, rid) = await RoundWithTextAsync();
        await s.Coordinator.PostFormAsync(s.Url(rid, "report/publish?handler=Publish"), new Dictionary<string, string>(), s.Url(rid, "report/publish"));
        var key = await app.WithDbAsync(db => db.PublishedReports.Where(p => p.RoundId == rid).Select(p => p.ShareKey).SingleAsync());

        await PostCardAsync(s, rid, "Quicker help for families", new() { ["Do"] = "hide" });

        var published = await (await app.NewClient().GetAsync($"/reports/{key}")).HtmlAsync();
        Assert.DoesNotContain("Quicker help for families", published.Body!.TextContent);
        Assert.Contains("Comment number 1", published.Body!.TextContent);
    }

    [Fact]
    public async Task Post_TamperedReference_SaysTheCommentCannotBeFound()
    {
        var (s, rid) = await RoundWithTextAsync();
        var url = s.Url(rid, "report/moderate");

        var response = await s.Coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Ref"] = "not-a-reference", ["Do"] = "hide" });

        Assert.Equal([ModerateModel.NotFoundMessage], (await response.HtmlAsync()).ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.ModeratedTexts.AnyAsync(m => m.RoundId == rid)));
    }

    [Fact]
    public async Task Get_Moderation_NeverShowsResponseIds()
    {
        var (s, rid) = await RoundWithTextAsync();
        var ids = await app.WithDbAsync(db => db.Responses.Where(r => r.RoundId == rid).Select(r => r.Id.ToString()).ToListAsync());

        var html = await (await s.Coordinator.GetAsync(s.Url(rid, "report/moderate"))).Content.ReadAsStringAsync();

        Assert.All(ids, id => Assert.DoesNotContain(id, html, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Get_AsFacilitator_IsNotFound()
    {
        var (s, rid) = await RoundWithTextAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await s.Facilitator.GetAsync(s.Url(rid, "report/moderate"))).StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var (s, rid) = await RoundWithTextAsync();

        var response = await s.Coordinator.PostAsync(s.Url(rid, "report/moderate"), new FormUrlEncodedContent(new Dictionary<string, string> { ["Do"] = "hide" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
