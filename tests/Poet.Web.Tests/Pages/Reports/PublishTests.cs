using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Reports;

public class PublishTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static Task<HttpResponseMessage> PostAsync(ReportSetup s, int rid, string handler) =>
        s.Coordinator.PostFormAsync(s.Url(rid, $"report/publish?handler={handler}"), new Dictionary<string, string>(), s.Url(rid, "report/publish"));

    [Fact]
    public async Task Post_Publish_MakesALinkAnyoneCanRead()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4));

        (await PostAsync(s, rid, "Publish")).AssertRedirect(s.Url(rid, "report/publish"));

        var key = await app.WithDbAsync(db => db.PublishedReports.Where(p => p.RoundId == rid).Select(p => p.ShareKey).SingleAsync());
        Assert.True(key.Length >= 43);
        var link = (await (await s.Coordinator.GetAsync(s.Url(rid, "report/publish"))).HtmlAsync()).QuerySelector("#share-link")!.TextContent;
        Assert.Equal($"http://localhost/reports/{key}", link);
        var published = await app.NewClient().GetAsync($"/reports/{key}");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("6 of 10 (60%)", (await published.HtmlAsync()).QuerySelector("#usable")!.TextContent);
        Assert.Null((await published.HtmlAsync()).QuerySelector("a[href$='report/moderate']"));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "report.publish")));
    }

    [Fact]
    public async Task Post_PublishOpenRound_AsksToCloseItFirst()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, _) = await s.RoundAsync(RoundStatus.Open);

        var response = await PostAsync(s, rid, "Publish");

        Assert.Equal([PublishModel.CloseFirst], (await response.HtmlAsync()).ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.PublishedReports.AnyAsync(p => p.RoundId == rid)));
    }

    [Fact]
    public async Task Post_Unpublish_StopsTheLinkWorking()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, _) = await s.RoundAsync(RoundStatus.Closed);
        await PostAsync(s, rid, "Publish");
        var key = await app.WithDbAsync(db => db.PublishedReports.Where(p => p.RoundId == rid).Select(p => p.ShareKey).SingleAsync());

        await PostAsync(s, rid, "Unpublish");

        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync($"/reports/{key}")).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownKey_IsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync("/reports/no-such-key")).StatusCode);
    }

    [Fact]
    public async Task Get_AsFacilitator_IsNotFound()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, _) = await s.RoundAsync(RoundStatus.Closed);

        Assert.Equal(HttpStatusCode.NotFound, (await s.Facilitator.GetAsync(s.Url(rid, "report/publish"))).StatusCode);
    }
}
