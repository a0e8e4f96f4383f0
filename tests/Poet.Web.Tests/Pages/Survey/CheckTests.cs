using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Survey;

public class CheckTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Get_ShowsEveryAnswerWithChangeLinks()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = await app.StartAsync(invitee);
        await client.PostFormAsync(invitee.Link + "/about", new Dictionary<string, string> { ["Form.RoleTitle"] = "Health visitor", ["Form.Employer"] = setup.Partners[0].Id.ToString() });
        await client.AnswerSectionAsync(invitee, setup, 2, 2, "Too much paperwork");
        var doc = await (await client.GetAsync(invitee.Link + "/check")).HtmlAsync();
        var rows = doc.QuerySelectorAll(".govuk-summary-list__row");
        Assert.Contains(rows, r => r.TextContent.Contains("Role title") && r.TextContent.Contains("Health visitor"));
        Assert.Contains(rows, r => r.TextContent.Contains(setup.Partners[0].Name));
        Assert.Contains(rows, r => r.TextContent.Contains(setup.Section(2)[0].Text) && r.TextContent.Contains("Disagree") && r.TextContent.Contains("Too much paperwork"));
        Assert.Contains(rows, r => r.TextContent.Contains(setup.Section(3)[0].Text) && r.TextContent.Contains("Not answered"));
        Assert.Contains($"{invitee.Link}/section/3?return=check#item-{setup.Section(3)[0].Id}", doc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        // A statement on a later page of its section: the change link goes to that page.
        Assert.Contains($"{invitee.Link}/section/2/page/2?return=check#item-{setup.Section(2)[3].Id}", doc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains(rows, r => r.TextContent.Contains(setup.Section(2)[4].Text) && r.TextContent.Contains("Disagree") && r.TextContent.Contains("Too much paperwork"));
        Assert.Equal("Submit your answers", doc.QuerySelector("form button")!.TextContent);
    }

    [Fact]
    public async Task Post_Submit_SealsAnswersForTheMixMarksInvitationAndThanks()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = await app.StartAsync(invitee);
        await client.AnswerSectionAsync(invitee, setup, 2, 5, "Good meetings");

        var response = await client.PostFormAsync(invitee.Link + "/check", new Dictionary<string, string>());

        response.AssertRedirect(invitee.Link + "/done");
        // The draft is gone, the invitation says submitted, and the answers wait sealed: not yet a response anyone can read.
        Assert.Null(await app.ResponseOfAsync(invitee.Token));
        Assert.True(await app.WithDbAsync(db => db.Invitations.Where(i => i.Id == invitee.InvitationId).Select(i => i.HasSubmitted).SingleAsync()));
        Assert.Equal(1, await app.Get<SubmissionMix>().WaitingCountAsync(setup.RoundId));
        Assert.Equal(0, await app.WithDbAsync(db => db.Responses.CountAsync(r => r.RoundId == setup.RoundId)));
        var done = await (await client.GetAsync(response.Location())).HtmlAsync();
        Assert.Equal("Your answers have been submitted", done.QuerySelector("h1")!.TextContent);

        // One waiting submission is fewer than a batch: the mix leaves it until four more arrive or the round closes.
        Assert.Equal(0, await app.Get<SubmissionMix>().MixAsync());
        Assert.Equal(1, await app.Get<SubmissionMix>().MixAsync(closing: setup.RoundId));
        var stored = await app.WithDbAsync(db => db.Responses.Include(r => r.Answers).SingleAsync(r => r.RoundId == setup.RoundId));
        Assert.True(stored.IsSubmitted);
        Assert.All(stored.Answers, a => Assert.Equal((5, "Good meetings"), (a.Value, a.Comment)));
        Assert.Equal(setup.Section(2).Count, stored.Answers.Count);
    }

    [Fact]
    public async Task Post_SubmitTwiceFromTwoTabs_SecondSeesAlreadySubmitted()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = await app.StartAsync(invitee);
        var token = await Http.AntiforgeryTokenAsync(client, invitee.Link + "/check");
        var form = () => new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        var both = await Task.WhenAll(client.PostAsync(invitee.Link + "/check", form()), client.PostAsync(invitee.Link + "/check", form()));

        Assert.Equal([invitee.Link + "/done", invitee.Link], both.Select(r => r.Location()).Order().Reverse());
        var second = await client.GetAsync(invitee.Link);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("You have already submitted your answers. Thank you.", (await second.HtmlAsync()).QuerySelector("h1")!.TextContent);
        Assert.Equal(1, await app.Get<SubmissionMix>().WaitingCountAsync(setup.RoundId));
    }

    [Fact]
    public async Task AfterSubmit_EverySurveyPageSaysAlreadySubmittedAndAnswersStayFinal()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = await app.StartAsync(invitee);
        await client.AnswerSectionAsync(invitee, setup, 2, 4);
        var sectionToken = await Http.AntiforgeryTokenAsync(client, invitee.Link + "/section/2");
        await client.PostFormAsync(invitee.Link + "/check", new Dictionary<string, string>());

        foreach (var page in new[] { "/about", "/section/2", "/section/2/page/2", "/section/3", "/outcomes", "/check", "/saved" })
            (await client.GetAsync(invitee.Link + page)).AssertRedirect(invitee.Link);
        var fields = SurveyFixture.AnswerAll(SurveyFixture.Pages(invitee.Link, setup.Section(2), 2)[0].Items, 1).Append(new("__RequestVerificationToken", sectionToken));
        (await client.PostAsync(invitee.Link + "/section/2", new FormUrlEncodedContent(fields))).AssertRedirect(invitee.Link);
        await app.Get<SubmissionMix>().MixAsync(closing: setup.RoundId);
        var stored = await app.WithDbAsync(db => db.Responses.Include(r => r.Answers).SingleAsync(r => r.RoundId == setup.RoundId));
        Assert.All(stored.Answers, a => Assert.Equal(4, a.Value));
    }

    [Fact]
    public async Task Get_DoneBeforeSubmitting_GoesToStartPage()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = await app.StartAsync(invitee);
        (await client.GetAsync(invitee.Link + "/done")).AssertRedirect(invitee.Link);
    }
}
