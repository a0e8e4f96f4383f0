using Poet.Web.Pages.Workshop;
using Poet.Web.Tests.Pages.Workshop;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Security;

/// <summary>Issue 14, point 5: join codes cannot be enumerated.</summary>
public class JoinCodeGuessingTests(JoinCodeGuessingTests.App app) : IClassFixture<JoinCodeGuessingTests.App>
{
    public sealed class App : PeerApp;

    private HttpClient From(string peer)
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.Add("X-Test-Peer", peer);
        return client;
    }

    [Fact]
    public async Task TenWrongCodes_ThenEvenTheRightOneIsRefused_ForThatClientOnly()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var guesser = From("203.0.113.20");
        for (var i = 0; i < WorkshopParticipation.MissesPerMinute; i++)
        {
            var wrong = await guesser.GetAsync($"/workshop/ZZZZZZ{(char)('A' + i)}{(char)('A' + i)}");
            Assert.Equal(200, (int)wrong.StatusCode);
        }

        var right = await guesser.GetAsync($"/workshop/{w.Code}");
        var page = await right.HtmlAsync();
        Assert.Equal(429, (int)right.StatusCode);
        Assert.Equal("Too many attempts", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Wait a minute, then try again.", page.QuerySelector("main p")?.TextContent);
        Assert.Equal(429, (int)(await guesser.PostFormAsync("/workshop", new() { ["Code"] = w.Code }, "/workshop")).StatusCode);

        Assert.Equal(200, (int)(await From("203.0.113.21").GetAsync($"/workshop/{w.Code}")).StatusCode);
    }

    [Fact]
    public async Task RightCodes_AreNotCounted_SoARoomBehindOneAddressCanJoin()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var room = From("203.0.113.30");
        for (var i = 0; i < 40; i++) Assert.Equal(200, (int)(await room.GetAsync($"/workshop/{w.Code}")).StatusCode);
    }

    [Fact]
    public async Task NewCodes_AreEightCharactersFromTheReadableAlphabet()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        Assert.Matches($"^[{WorkshopParticipation.Alphabet}]{{8}}$", w.Code);
    }
}
