using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Poet.Web.Pages.Workshop;
using Poet.Web.Tests.Pages.Outcomes;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Workshop;

public class RunTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task PostOpen_Valid_ShowsUnambiguousJoinCodeAndQrCodeWithoutInlineStyle()
    {
        var w = await OpenWorkshop.CreateAsync(app);

        var doc = await (await w.Facilitator.GetAsync(w.Round.Workshop)).HtmlAsync();

        Assert.Matches("^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$", w.Code);
        Assert.Equal(w.Code, doc.QuerySelector("#join-code")?.TextContent);
        var src = doc.QuerySelector("img.poet-qr")!.GetAttribute("src")!;
        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(src["data:image/svg+xml;base64,".Length..]));
        Assert.StartsWith("<svg", svg.TrimStart()[svg.TrimStart().IndexOf("<svg", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("style=", doc.Body!.InnerHtml);
    }

    [Fact]
    public async Task PostOpen_NoCandidates_ShowsError()
    {
        var r = await OutcomeRound.CreateAsync(app, "x");
        var client = await app.SignedInClientAsync(r.Facilitator);

        var doc = await (await client.PostFormAsync(r.Workshop + "?handler=open", new() { ["VotesPerParticipant"] = "5", ["GroupCount"] = "4" }, r.Workshop)).HtmlAsync();

        Assert.Equal(["Make candidate outcomes in the outcomes workspace before opening a workshop"], doc.ErrorSummary());
    }

    [Fact]
    public async Task PostOpen_TooManyVotes_ShowsError()
    {
        var r = await OutcomeRound.CreateAsync(app, "x");
        await r.AddCandidatesAsync(app, "One");
        var client = await app.SignedInClientAsync(r.Coordinator);

        var doc = await (await client.PostFormAsync(r.Workshop + "?handler=open", new() { ["VotesPerParticipant"] = "50", ["GroupCount"] = "4" }, r.Workshop)).HtmlAsync();

        Assert.Equal(["Enter how many votes each participant has, a whole number from 1 to 20"], doc.ErrorSummary());
    }

    [Fact]
    public async Task Get_UserOfAnotherPartnership_Gets404()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var outsider = await app.SignedInClientAsync(w.Round.Outsider);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(w.Round.Workshop)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(w.Round.Workshop + "/screen/data")).StatusCode);
    }

    [Fact]
    public async Task ScreenData_AfterVotes_ReportsProgressAsJson()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var participant = await w.JoinAsync(app);
        await w.MoveToAsync("Vote");
        await participant.PostFormAsync(w.Session + "?handler=vote", new() { ["CandidateId"] = w.FirstCandidate.ToString() }, w.Session);

        var json = await (await w.Facilitator.GetAsync(w.Round.Workshop + "/screen/data")).Content.ReadAsStringAsync();
        var screen = await (await w.Facilitator.GetAsync(w.Round.Workshop + "/screen")).HtmlAsync();

        Assert.Contains("\"participants\":1", json);
        Assert.Contains("\"votesCast\":1", json);
        Assert.Contains("\"votesAvailable\":5", json);
        Assert.Equal(["/lib/signalr/signalr.min.js", "/js/workshop-live.js", "/js/workshop-screen.js"], screen.QuerySelectorAll("script").Select(s => s.GetAttribute("src")?.Split('?')[0]));
        Assert.Null(screen.QuerySelector("script:not([src])"));
    }

    [Fact]
    public async Task PostClose_ThenJoin_TellsParticipantsItClosed_AndStrangersNothingMore()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var participant = await w.JoinAsync(app);
        await w.Facilitator.PostFormAsync(w.Round.Workshop + "?handler=close", new(), w.Round.Workshop);

        var doc = await (await app.NewClient().PostFormAsync("/workshop", new() { ["Code"] = w.Code.ToLowerInvariant() })).HtmlAsync();
        var joinPage = await (await app.NewClient().GetAsync($"/workshop/{w.Code}")).HtmlAsync();
        var participantPage = await (await participant.GetAsync($"/workshop/{w.Code}")).HtmlAsync();

        // A closed code answers a stranger exactly as a code never used does.
        Assert.Equal([$"No open workshop has the code {w.Code}. Check the code on the screen and try again"], doc.ErrorSummary());
        Assert.Equal("This workshop is not open", joinPage.QuerySelector("h1")?.TextContent);
        Assert.Equal($"No open workshop has the code {w.Code}. Check the code on the screen and try again.", joinPage.QuerySelector("main p")?.TextContent);
        Assert.Equal($"The workshop with code {w.Code} has closed. If it has moved to a new code, ask the facilitator for it.", participantPage.QuerySelector("main p")?.TextContent);
        Assert.Null(await app.WithDbAsync(db => db.Workshops.Where(x => x.JoinCode == w.Code).Select(x => x.OpenJoinCode).SingleAsync()));
    }
}
