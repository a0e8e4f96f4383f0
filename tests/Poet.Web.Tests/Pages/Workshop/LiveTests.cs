using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Poet.Web.Pages.Workshop;
using Poet.Web.Tests.Pages.Outcomes;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Workshop;

/// <summary>POET on real Kestrel, so SignalR clients connect over WebSockets as phones do.</summary>
public sealed class LiveApp : PoetApp
{
    public LiveApp() => UseKestrel(0);

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    /// <summary>On PostgreSQL a signal travels by NOTIFY: wait until this instance LISTENs.</summary>
    public static async Task WaitForBackplaneAsync(PoetApp app)
    {
        if (!IsPostgres) return;
        var backplane = app.Get<PostgresBackplane>();
        for (var i = 0; i < 200 && !backplane.IsListening; i++) await Task.Delay(50);
        Assert.True(backplane.IsListening, "The PostgreSQL backplane never started listening");
    }
}

/// <summary>
/// The workshop's live channel: who may hear which workshop, and what they hear. Phones hear only changes that alter
/// their page; the facilitator's pages hear every change; nobody hears a workshop they are not part of.
/// </summary>
public class LiveTests(LiveApp app) : IClassFixture<LiveApp>
{
    private sealed record Room(OutcomeRound Round, LiveListener Facilitator, string Code, int FirstCandidate)
    {
        public string Session => $"/workshop/{Code}/session";

        public Task<HttpResponseMessage> MoveToAsync(string stage) =>
            Facilitator.Browser.PostFormAsync(Round.Workshop + "?handler=stage", new() { ["Stage"] = stage }, Round.Workshop);
    }

    private async Task<Room> OpenAsync()
    {
        await LiveApp.WaitForBackplaneAsync(app);
        var r = await OutcomeRound.CreateAsync(app, "Central referral");
        var first = await r.AddCandidatesAsync(app, "Services responding quickly", "A welcoming building", "Being offered home visits");
        var facilitator = await LiveListener.SignedInAsync(app.BaseAddress, r.Facilitator);
        (await facilitator.Browser.PostFormAsync(r.Workshop + "?handler=open", new() { ["VotesPerParticipant"] = "5", ["GroupCount"] = "4" }, r.Workshop)).AssertRedirect(r.Workshop);
        var code = await app.WithDbAsync(db => db.Workshops.Where(w => w.RoundId == r.Rid && w.OpenJoinCode != null).Select(w => w.JoinCode).SingleAsync());
        return new Room(r, facilitator, code, first);
    }

    [Fact]
    public async Task Phone_HearsStageRevealAndClose_FacilitatorHearsEveryChange()
    {
        var w = await OpenAsync();
        await using var facilitator = w.Facilitator;
        Assert.True(await facilitator.WatchRoundAsync(w.Round.Pid, w.Round.Rid));
        await using var phone = await new LiveListener(app.BaseAddress).JoinAsync(w.Code, group: 1);
        Assert.True(await phone.JoinRoomAsync(w.Code));
        Assert.Equal("joined", await facilitator.NextAsync());
        await using var other = await new LiveListener(app.BaseAddress).JoinAsync(w.Code, group: 2);

        (await other.Browser.PostFormAsync($"/workshop/{w.Code}/comment/{w.FirstCandidate}", new() { ["Text"] = "Families would say this" })).AssertRedirect(w.Session);
        (await w.MoveToAsync("Vote")).AssertRedirect(w.Round.Workshop);
        Assert.Equal("stage", await phone.NextAsync());
        (await other.Browser.PostFormAsync(w.Session + "?handler=vote", new() { ["CandidateId"] = w.FirstCandidate.ToString() }, w.Session)).AssertRedirect(w.Session);
        (await w.Facilitator.Browser.PostFormAsync(w.Round.Workshop + "?handler=reveal", new(), w.Round.Workshop)).AssertRedirect(w.Round.Workshop);
        Assert.Equal("reveal", await phone.NextAsync());
        (await w.Facilitator.Browser.PostFormAsync(w.Round.Workshop + "?handler=close", new(), w.Round.Workshop)).AssertRedirect(w.Round.Workshop);
        Assert.Equal("closed", await phone.NextAsync());

        // The phone never heard the other participant join, comment or vote.
        Assert.Null(await phone.NextAsync(0.5));
        var staff = new List<string>();
        while (staff.Count < 6 && await facilitator.NextAsync() is { } kind) staff.Add(kind);
        Assert.Equal(["joined", "contribution", "stage", "votes", "reveal", "closed"], staff);
    }

    [Fact]
    public async Task JoinRoom_WithoutThatWorkshopsCookie_IsRefusedAndHearsNothing()
    {
        var w = await OpenAsync();
        var elsewhere = await OpenAsync();
        await using var stranger = new LiveListener(app.BaseAddress);
        await using var otherRoom = await new LiveListener(app.BaseAddress).JoinAsync(elsewhere.Code);

        Assert.False(await stranger.JoinRoomAsync(w.Code));
        Assert.False(await otherRoom.JoinRoomAsync(w.Code));
        Assert.True(await otherRoom.JoinRoomAsync(elsewhere.Code));
        (await w.MoveToAsync("Propose")).AssertRedirect(w.Round.Workshop);

        Assert.Null(await stranger.NextAsync(1));
        Assert.Null(await otherRoom.NextAsync(0.5));
        (await elsewhere.MoveToAsync("Propose")).AssertRedirect(elsewhere.Round.Workshop);
        Assert.Equal("stage", await otherRoom.NextAsync());
        await w.Facilitator.DisposeAsync();
        await elsewhere.Facilitator.DisposeAsync();
    }

    [Fact]
    public async Task WatchRound_OnlyForSignedInMembersOfTheRoundsPartnership()
    {
        var w = await OpenAsync();
        await using var anonymous = new LiveListener(app.BaseAddress);
        await using var outsider = await LiveListener.SignedInAsync(app.BaseAddress, w.Round.Outsider);
        var outsidersOwn = await app.WithDbAsync(db => db.Members.Where(m => m.User!.Email == w.Round.Outsider).Select(m => m.PartnershipId).SingleAsync());
        await using var coordinator = await LiveListener.SignedInAsync(app.BaseAddress, w.Round.Coordinator);

        Assert.False(await anonymous.WatchRoundAsync(w.Round.Pid, w.Round.Rid));
        Assert.False(await outsider.WatchRoundAsync(w.Round.Pid, w.Round.Rid));
        // Their own partnership with someone else's round: the round must belong to the partnership.
        Assert.False(await outsider.WatchRoundAsync(outsidersOwn, w.Round.Rid));
        Assert.True(await coordinator.WatchRoundAsync(w.Round.Pid, w.Round.Rid));
        (await w.MoveToAsync("Vote")).AssertRedirect(w.Round.Workshop);

        Assert.Equal("stage", await coordinator.NextAsync());
        Assert.Null(await outsider.NextAsync(0.5));
        Assert.Null(await anonymous.NextAsync(0.2));
        await w.Facilitator.DisposeAsync();
    }

    [Fact]
    public async Task Socket_OpenedFromAnotherSitesPage_IsClosed()
    {
        var w = await OpenAsync();
        await using var hijack = await new LiveListener(app.BaseAddress, origin: "https://attacker.example").JoinAsync(w.Code);
        await using var own = await new LiveListener(app.BaseAddress, origin: app.BaseAddress.GetLeftPart(UriPartial.Authority)).JoinAsync(w.Code);

        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await hijack.Connection.StartAsync();
            await Task.Delay(200);
            await hijack.Connection.InvokeAsync<bool>("JoinRoom", w.Code);
        });
        Assert.True(await own.JoinRoomAsync(w.Code));
        await w.Facilitator.DisposeAsync();
    }

    [Fact]
    public async Task LivePages_LoadTheClientFromOwnOrigin_KeepReloadFallback_AndCspAllowsOnlySameOriginSockets()
    {
        var w = await OpenAsync();
        await using var phone = await new LiveListener(app.BaseAddress).JoinAsync(w.Code);

        var response = await phone.Browser.GetAsync(w.Session);
        var session = await response.HtmlAsync();
        var run = await (await w.Facilitator.Browser.GetAsync(w.Round.Workshop)).HtmlAsync();
        var screen = await (await w.Facilitator.Browser.GetAsync(w.Round.Workshop + "/screen")).HtmlAsync();
        var client = await phone.Browser.GetStringAsync("/lib/signalr/signalr.min.js");

        Assert.Contains("connect-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single());
        foreach (var page in new[] { session, run, screen })
        {
            Assert.Empty(page.QuerySelectorAll("script:not([src])"));
            Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/lib/signalr/signalr.min.js?v="));
            Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/js/workshop-live.js?v="));
            Assert.Equal("/workshop/live", page.QuerySelector("[data-live-hub]")?.GetAttribute("data-live-hub"));
        }
        Assert.Equal(w.Code, session.QuerySelector("[data-live-hub]")!.GetAttribute("data-live-room"));
        Assert.Equal($"{w.Round.Pid}:{w.Round.Rid}", screen.QuerySelector("[data-live-hub]")!.GetAttribute("data-live-round"));
        Assert.Equal("This page changes by itself when the facilitator moves everyone on.", session.QuerySelector("#live-status[hidden]")?.TextContent);
        Assert.Equal("Reload to see if the facilitator has moved on", session.QuerySelector($"a[href='{w.Session}']")?.TextContent);
        Assert.Equal("Review and comment", session.QuerySelector("#workshop-session[data-live-part] h1")?.TextContent);
        Assert.Contains("HubConnectionBuilder", client);
    }
}
