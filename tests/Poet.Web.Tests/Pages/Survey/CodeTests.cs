using Poet.Data.Entities;
using Poet.Web.Pages.Survey;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Survey;

public class CodeTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Post_Empty_AsksForTheCode()
    {
        var response = await app.NewClient().PostFormAsync("/survey/code", new Dictionary<string, string> { ["Code"] = " " });
        Assert.Equal([CodeModel.EnterCode], (await response.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Post_WrongCode_SaysNotRecognised()
    {
        var setup = await app.CreateRoundAsync();
        await app.InviteAsync(setup, 2);
        var response = await app.NewClient().PostFormAsync("/survey/code", new Dictionary<string, string> { ["Code"] = "ABCD-EFGH-JKMN" });
        Assert.Equal(["That code is not recognised. Check it and try again"], (await response.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Post_Gibberish_SaysNotRecognised()
    {
        var response = await app.NewClient().PostFormAsync("/survey/code", new Dictionary<string, string> { ["Code"] = "<script>" });
        Assert.Equal([CodeModel.NotRecognised], (await response.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Post_CodeTypedLowercaseWithSpaces_OpensThePersonalLink()
    {
        var setup = await app.CreateRoundAsync();
        var invitees = await app.InviteAsync(setup, 3);
        var typed = invitees[1].ShortCode.ToLowerInvariant().Replace("-", " ");
        var response = await app.NewClient().PostFormAsync("/survey/code", new Dictionary<string, string> { ["Code"] = typed });
        response.AssertRedirect(invitees[1].Link);
    }

    [Fact]
    public async Task Post_CodeOfClosedRound_SaysTheSurveyHasClosedAsTheLinkDoes()
    {   // issue 15 item 8: the code said "not recognised" where the same person's link says the survey has closed
        var setup = await app.CreateRoundAsync(RoundStatus.Closed);
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = app.NewClient();
        var response = await client.PostFormAsync("/survey/code", new Dictionary<string, string> { ["Code"] = invitee.ShortCode });
        response.AssertRedirect(invitee.Link);
        var page = await (await client.GetAsync(invitee.Link)).HtmlAsync();
        Assert.Equal("This survey has closed", page.QuerySelector("h1")?.TextContent.Trim());
    }
}

public class CodeRateLimitTests(CodeRateLimitTests.LowLimitApp app) : IClassFixture<CodeRateLimitTests.LowLimitApp>
{
    public sealed class LowLimitApp : PoetApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Poet:AttemptsPerMinute"] = "3" };
    }

    [Fact]
    public async Task ManyGuesses_AreRateLimited()
    {
        var client = app.NewClient();
        var token = await Http.AntiforgeryTokenAsync(client, "/survey/code");
        var statuses = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var response = await client.PostAsync("/survey/code", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["Code"] = $"ABCD-EFGH-JKM{i + 2}", ["__RequestVerificationToken"] = token }));
            statuses.Add((int)response.StatusCode);
        }
        Assert.Equal([200, 200, 200, 429, 429, 429], statuses);
    }
}
