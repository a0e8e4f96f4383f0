using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Survey;

public class StartTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Get_OpenRound_ExplainsAnonymityTimeAndResume()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var response = await app.NewClient().GetAsync(invitee.Link);
        var text = (await response.HtmlAsync()).QuerySelector("main")!.TextContent;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("POET keeps no record of which answers are yours", text);
        // The email and the printed letter say the same (issue 15 item 8): 20 seconds a statement plus 10 minutes, rounded up to 5.
        var statements = setup.Items.Count(i => i.Section is 2 or 3);
        Assert.Contains($"It takes about {Poet.Data.Documents.SurveyWording.MinutesNeeded(statements)} minutes.", text);
        Assert.Contains("on this or another device, with the same link", text);
        Assert.Contains("Once you submit, your answers are final", text);
        Assert.Contains("Start now", text);
    }

    [Fact]
    public async Task Get_UnknownLink_Shows404NotRecognised()
    {
        var response = await app.NewClient().GetAsync("/survey/not-a-real-token-at-all");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("This link is not recognised", (await response.HtmlAsync()).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Get_OverlongLink_Shows404NotRecognised()
    {
        var response = await app.NewClient().GetAsync("/survey/" + new string('a', 5000));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("This link is not recognised", (await response.HtmlAsync()).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Get_DraftRound_SaysWhenItOpens()
    {
        var setup = await app.CreateRoundAsync(RoundStatus.Draft, opensInDays: 3);
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var response = await app.NewClient().GetAsync(invitee.Link);
        var doc = await response.HtmlAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("This survey is not open yet", doc.QuerySelector("h1")!.TextContent);
        Assert.Contains($"opens on {DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3):d MMMM yyyy}", doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Post_RoundPastClosingDate_SaysClosedAndCreatesNothing()
    {
        var setup = await app.CreateRoundAsync(opensInDays: -20, closesInDays: -2);
        var invitee = (await app.InviteAsync(setup, 1))[0];
        // The page was opened while the round was open; the form is posted after it closed.
        var response = await app.NewClient().PostFormAsync(invitee.Link, new Dictionary<string, string>(), formUrl: "/survey/code");
        var doc = await response.HtmlAsync();
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("This survey has closed", doc.QuerySelector("h1")!.TextContent);
        Assert.Contains($"closed on {DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2):d MMMM yyyy}", doc.QuerySelector("main")!.TextContent);
        Assert.Null(await app.ResponseOfAsync(invitee.Token));
    }

    [Fact]
    public async Task Post_StartNow_CreatesAnonymousResponseAndGoesToSection1()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        await app.StartAsync(invitee);
        var stored = await app.ResponseOfAsync(invitee.Token);
        Assert.NotNull(stored);
        Assert.Equal(setup.RoundId, stored.RoundId);
        Assert.Equal(ResponseMode.Online, stored.Mode);
        Assert.False(stored.IsSubmitted);
        Assert.Equal(0, await app.WithDbAsync(db => db.Responses.CountAsync(r => r.RoundId == setup.RoundId)));
    }

    [Fact]
    public async Task Post_StartTwice_KeepsOneResponseAndResumes()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = await app.StartAsync(invitee);
        await client.PostFormAsync(invitee.Link + "/about", new Dictionary<string, string> { ["Form.RoleTitle"] = "Nurse" });
        var again = await app.NewClient().PostFormAsync(invitee.Link, new Dictionary<string, string>());
        again.AssertRedirect(invitee.Link + "/section/2");
        Assert.Equal(1, await app.WithDbAsync(db => db.SurveyDrafts.CountAsync(d => d.RoundId == setup.RoundId)));
    }

    [Fact]
    public async Task Post_StartFromTwoTabsAtOnce_BothCarryOnWithOneResponse()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = app.NewClient();
        var token = await Http.AntiforgeryTokenAsync(client, invitee.Link);
        var form = () => new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        var both = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostAsync(invitee.Link, form())));

        Assert.All(both, r => r.AssertRedirect(invitee.Link + "/about"));
        Assert.Equal(1, await app.WithDbAsync(db => db.SurveyDrafts.CountAsync(d => d.RoundId == setup.RoundId)));
    }

    [Fact]
    public async Task Get_SubmittedLink_SaysAlreadySubmittedInAnyBrowser()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = await app.StartAsync(invitee);
        await client.PostFormAsync(invitee.Link + "/check", new Dictionary<string, string>());

        var response = await app.NewClient().GetAsync(invitee.Link);

        Assert.Equal("You have already submitted your answers. Thank you.", (await response.HtmlAsync()).QuerySelector("h1")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.SurveyDrafts.CountAsync(d => d.RoundId == setup.RoundId)));
    }
}
