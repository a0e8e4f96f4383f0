using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Workshop;

/// <summary>The projector screen: fit for a room, and the votes hidden until the facilitator reveals them.</summary>
public class ScreenTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Get_HasNoSiteHeaderOrSignOut_AndShowsJoinAddressAndCodeLarge()
    {
        var w = await OpenWorkshop.CreateAsync(app);

        var screen = await (await w.Facilitator.GetAsync(w.Round.Workshop + "/screen")).HtmlAsync();

        Assert.Null(screen.QuerySelector("header"));
        Assert.Null(screen.QuerySelector("footer"));
        Assert.DoesNotContain("Sign out", screen.Body!.TextContent);
        Assert.Matches("^http://[^/]+/workshop$", screen.QuerySelector("#screen-join-url")?.TextContent);
        Assert.Equal("Join at " + screen.QuerySelector("#screen-join-url")!.TextContent + " with code", screen.QuerySelector("h1")?.TextContent);
        Assert.Equal(w.Code, screen.QuerySelector("#screen-code.poet-screen-code")?.TextContent);
        Assert.StartsWith("data:image/svg+xml;base64,", screen.QuerySelector("img.poet-screen-qr")?.GetAttribute("src"));
        Assert.DoesNotContain("style=", screen.Body.InnerHtml);
    }

    [Fact]
    public async Task Get_VotesHiddenUntilRevealed_OnScreenAndPhones()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var participant = await w.JoinAsync(app);
        await w.MoveToAsync("Vote");
        await participant.PostFormAsync(w.Session + "?handler=vote", new() { ["CandidateId"] = (w.FirstCandidate + 2).ToString() }, w.Session);
        await w.MoveToAsync("Results");

        var hidden = await (await w.Facilitator.GetAsync(w.Round.Workshop + "/screen")).HtmlAsync();
        var hiddenJson = await (await w.Facilitator.GetAsync(w.Round.Workshop + "/screen/data")).Content.ReadAsStringAsync();
        var hiddenPhone = await (await participant.GetAsync(w.Session)).HtmlAsync();
        var run = await (await w.Facilitator.GetAsync(w.Round.Workshop)).HtmlAsync();
        (await w.Facilitator.PostFormAsync(w.Round.Workshop + "?handler=reveal", new(), w.Round.Workshop)).AssertRedirect(w.Round.Workshop);
        var shown = await (await w.Facilitator.GetAsync(w.Round.Workshop + "/screen")).HtmlAsync();
        var shownPhone = await (await participant.GetAsync(w.Session)).HtmlAsync();

        Assert.Equal("Votes are hidden until voting closes", hidden.QuerySelector("#votes-hidden")?.TextContent);
        Assert.Empty(hidden.QuerySelectorAll("progress"));
        Assert.Equal(["Services responding quickly", "A welcoming building", "Being offered home visits"], hidden.QuerySelectorAll(".poet-screen-result").Select(li => li.TextContent.Trim()));
        Assert.Contains("\"showResults\":false", hiddenJson);
        Assert.DoesNotContain("\"votes\":1", hiddenJson);
        Assert.Equal("1", hidden.QuerySelector("[data-field=votesCast]")?.TextContent);
        Assert.Equal("The votes are counted. The facilitator will show the results on the screen.", hiddenPhone.QuerySelector("#results-note")?.TextContent);
        Assert.Equal("Reveal results", run.QuerySelector("#reveal-form button")?.TextContent);

        Assert.Equal("", shown.QuerySelector("#votes-hidden")?.TextContent);
        Assert.Equal("Being offered home visits 1 vote", string.Join(" ", shown.QuerySelectorAll(".poet-screen-result")[0].QuerySelectorAll("span").Select(s => s.TextContent.Trim())));
        Assert.Equal(3, shown.QuerySelectorAll("progress").Length);
        Assert.Equal("1 vote, 1 of them yours", shownPhone.QuerySelector($"#outcome-{w.FirstCandidate + 2} .govuk-summary-card__content p:last-child")?.TextContent);
    }
}
