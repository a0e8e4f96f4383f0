using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Survey;

public class ResumeTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task SameLinkOnAnotherDevice_ContinuesAtFirstUnansweredSection()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var phone = await app.StartAsync(invitee);
        await phone.PostFormAsync(invitee.Link + "/about", new Dictionary<string, string> { ["Form.RoleTitle"] = "Speech therapist" });
        (await phone.AnswerSectionAsync(invitee, setup, 2, 5)).AssertRedirect(invitee.Link + "/section/3");

        var desktop = app.NewClient();
        var start = await (await desktop.GetAsync(invitee.Link)).HtmlAsync();
        Assert.Equal("Continue", start.QuerySelector("form button")!.TextContent);
        var resume = await desktop.PostFormAsync(invitee.Link, new Dictionary<string, string>());
        resume.AssertRedirect(invitee.Link + "/section/3");
        var chosen = 0;
        foreach (var (path, items) in SurveyFixture.Pages(invitee.Link, setup.Section(2), 2))
        {
            var page = await (await desktop.GetAsync(path)).HtmlAsync();
            Assert.Equal(items.Count, page.QuerySelectorAll("input[type=radio][value='5'][checked]").Length);
            chosen += items.Count;
        }
        Assert.Equal(setup.Section(2).Count, chosen);
    }

    [Fact]
    public async Task CrashBetweenPages_LosesAtMostThatPage()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = await app.StartAsync(invitee);
        await client.PostFormAsync(invitee.Link + "/about", new Dictionary<string, string> { ["Form.Group"] = setup.Groups[0].Id.ToString() });
        await client.AnswerSectionAsync(invitee, setup, 2, 3);
        // The browser dies while section 3 is filled in: that page was never posted.
        await client.GetAsync(invitee.Link + "/section/3");
        client.Dispose();

        var stored = (await app.ResponseOfAsync(invitee.Token))!;
        Assert.Equal(setup.Groups[0].Id, stored.ProfessionalGroupId);
        Assert.Equal(setup.Section(2).Select(i => i.Id).Order(), stored.Answers.Select(a => a.RoundItemId).Order());
        (await app.NewClient().PostFormAsync(invitee.Link, new Dictionary<string, string>())).AssertRedirect(invitee.Link + "/section/3");
    }
}
