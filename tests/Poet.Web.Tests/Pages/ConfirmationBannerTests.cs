using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Partnerships;
using Poet.Web.Pages.QStudies;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Pages.QStudies;
using Poet.Web.Tests.Pages.Rounds;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages;

/// <summary>
/// Issue 15, item 6: every action that creates or changes something confirms it with the one GOV.UK success banner
/// (Notices, Shared/_Notice), shown once on the page the POST redirects to.
/// </summary>
public class ConfirmationBannerTests(PoetApp app) : IClassFixture<PoetApp>
{
    /// <summary>Follows the redirect, returns the banner's title and text, and checks the next page shows it no more.</summary>
    private static async Task<string?> BannerAfterAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(302, (int)response.StatusCode);
        var doc = await (await client.GetAsync(response.Location())).HtmlAsync();
        var banners = doc.QuerySelectorAll(".govuk-notification-banner--success");
        Assert.Single(banners);
        Assert.Equal("Success", banners[0].QuerySelector(".govuk-notification-banner__title")?.TextContent);
        Assert.Equal("alert", banners[0].GetAttribute("role"));
        var again = await (await client.GetAsync(response.Location())).HtmlAsync();
        Assert.Null(again.QuerySelector("#notice"));
        return doc.QuerySelector("#notice")?.TextContent;
    }

    [Fact]
    public async Task Partnership_Created_IsConfirmedOnItsOverview()
    {
        var admin = await app.HostAdminAsync();
        var name = "Riverside " + Guid.NewGuid().ToString("N")[..6];
        var response = await admin.PostFormAsync(PartnershipLinks.New, new() { ["Name"] = name, ["Area"] = "Riverside" });
        Assert.Equal($"{name} has been created", await BannerAfterAsync(admin, response));
    }

    [Fact]
    public async Task Round_Created_IsConfirmedOnItsDashboard()
    {
        var s = await app.CoordinatorAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var closes = today.AddDays(21);
        var response = await s.Client.PostFormAsync(RoundLinks.New(s.Pid), new()
        {
            ["Form.Title"] = "Spring 2027", ["Form.Opens.Day"] = $"{today.Day}", ["Form.Opens.Month"] = $"{today.Month}", ["Form.Opens.Year"] = $"{today.Year}",
            ["Form.Closes.Day"] = $"{closes.Day}", ["Form.Closes.Month"] = $"{closes.Month}", ["Form.Closes.Year"] = $"{closes.Year}",
            ["Form.ThresholdKind"] = "Percent", ["Form.ThresholdValue"] = "30", ["Form.ReminderDays"] = "7,14",
        });
        Assert.StartsWith($"/partnerships/{s.Pid}/rounds/", response.Location());
        Assert.Equal("Spring 2027 has been created. It stays a draft until you open it.", await BannerAfterAsync(s.Client, response));
    }

    [Fact]
    public async Task Round_OpenedThenClosed_IsConfirmedEachTime()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);

        var opened = await s.Client.PostFormAsync(RoundLinks.Open(s.Pid, rid), []);
        Assert.Equal(RoundLinks.Invitations(s.Pid, rid), opened.Location());
        Assert.Equal("Spring survey is now open", await BannerAfterAsync(s.Client, opened));

        var closed = await s.Client.PostFormAsync(RoundLinks.Close(s.Pid, rid), []);
        Assert.Equal(RoundLinks.Dashboard(s.Pid, rid), closed.Location());
        Assert.Equal("Spring survey is now closed", await BannerAfterAsync(s.Client, closed));
    }

    [Fact]
    public async Task QStudy_Created_IsConfirmedOnTheStudyPage()
    {
        var s = await app.CoordinatorAsync(PartnershipRole.Facilitator);
        var response = await s.Client.PostFormAsync($"/partnerships/{s.Pid}/q-studies/new", new()
        {
            ["Title"] = "Viewpoints", ["Instruction"] = "Sort these by how important they are to you",
            ["Statements"] = string.Join("\n", QStudyFixture.Numbered(33)), ["GridLowest"] = "-4", ["GridCounts"] = "2,3,4,5,5,5,4,3,2",
        });
        var sid = await app.WithDbAsync(db => db.QStudies.Where(q => q.PartnershipId == s.Pid).Select(q => q.Id).SingleAsync());
        Assert.Equal(QStudyLinks.Study(s.Pid, sid), response.Location());
        Assert.Equal("Viewpoints has been created. It stays a draft until you open it.", await BannerAfterAsync(s.Client, response));

        var opened = await s.Client.PostFormAsync(QStudyLinks.Study(s.Pid, sid) + "?handler=open", [], formUrl: QStudyLinks.Study(s.Pid, sid));
        Assert.Equal("Viewpoints is now open", await BannerAfterAsync(s.Client, opened));
    }

    [Fact]
    public async Task Partner_AddedRenamedAndRemoved_IsConfirmedEachTime()
    {
        var s = await app.CoordinatorAsync();
        var page = $"/partnerships/{s.Pid}/partners";

        var added = await s.Client.PostFormAsync(page + "?handler=add", new() { ["NewName"] = "Housing association" }, formUrl: page);
        Assert.Equal("Housing association has been added", await BannerAfterAsync(s.Client, added));

        var id = await Scenario.PartnerIdAsync(app, s.Pid, "Housing association");
        var renamed = await s.Client.PostFormAsync(page + "?handler=rename", new() { ["id"] = $"{id}", ["Name"] = "Riverside Homes" }, formUrl: page);
        Assert.Equal("Housing association has been renamed Riverside Homes", await BannerAfterAsync(s.Client, renamed));

        var removed = await s.Client.PostFormAsync(page + "?handler=remove", new() { ["id"] = $"{id}" }, formUrl: page);
        Assert.Equal("Riverside Homes has been removed", await BannerAfterAsync(s.Client, removed));
    }

    [Fact]
    public async Task Notice_ForAPageWithoutItsOwnBanner_IsShownByTheLayout_Once()
    {
        var s = await app.CoordinatorAsync();
        var page = $"/partnerships/{s.Pid}/partners";
        await s.Client.PostFormAsync(page + "?handler=add", new() { ["NewName"] = "Fire service" }, formUrl: page);

        // The browser goes elsewhere instead of following the redirect: the notice is not lost, nor shown twice.
        var profile = await (await s.Client.GetAsync($"/partnerships/{s.Pid}/profile")).HtmlAsync();
        Assert.Equal("Fire service has been added", profile.QuerySelector("main #notice")?.TextContent);
        Assert.Single(profile.QuerySelectorAll(".govuk-notification-banner--success"));
        Assert.Null((await (await s.Client.GetAsync(page)).HtmlAsync()).QuerySelector("#notice"));
    }
}
