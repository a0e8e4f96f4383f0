using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Workshop;

public class ContributionsTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string Missing = "Having somewhere safe to go out of hours";

    /// <summary>A workshop where one participant commented on the first outcome and proposed a missing one; returns the proposal's id.</summary>
    private async Task<(OpenWorkshop W, HttpClient Participant, int ProposalId)> RoomAsync()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var participant = await w.JoinAsync(app, group: 2);
        (await participant.PostFormAsync($"/workshop/{w.Code}/comment/{w.FirstCandidate}", new() { ["Text"] = "Quick for whom?" })).AssertRedirect(w.Session);
        await w.MoveToAsync("Propose");
        (await participant.PostFormAsync($"/workshop/{w.Code}/comment/{w.FirstCandidate}", new() { ["Text"] = "Help comes when families need it" })).AssertRedirect(w.Session);
        (await participant.PostFormAsync($"/workshop/{w.Code}/comment", new() { ["Text"] = Missing })).AssertRedirect(w.Session);
        var id = await app.WithDbAsync(db => db.WorkshopContributions.Where(c => c.Text == Missing && db.Workshops.Any(x => x.Id == c.WorkshopId && x.JoinCode == w.Code)).Select(c => c.Id).SingleAsync());
        return (w, participant, id);
    }

    private string Wall(OpenWorkshop w) => w.Round.Workshop + "/contributions";
    private string Decide(OpenWorkshop w, int id) => $"{Wall(w)}/{id}";

    [Fact]
    public async Task GetWall_FacilitatorReadsCommentsPerOutcomeAndProposals()
    {
        var (w, _, id) = await RoomAsync();

        var run = await (await w.Facilitator.GetAsync(w.Round.Workshop)).HtmlAsync();
        var wall = await (await w.Facilitator.GetAsync(Wall(w))).HtmlAsync();

        Assert.Equal("See what the room said: comments and proposed outcomes (1 to decide)", run.QuerySelector("#contributions-link")?.TextContent);
        Assert.Equal("1 participant in 1 group · 2 comments · 1 proposed missing outcome", wall.QuerySelector("#record-summary")?.TextContent);
        Assert.Equal(["Comment: Quick for whom? (group 2)", "Better wording: Help comes when families need it (group 2)"],
            wall.QuerySelectorAll($"#outcome-{w.FirstCandidate} li").Select(li => li.TextContent.Trim()));
        Assert.Equal("No comments.", wall.QuerySelector($"#outcome-{w.FirstCandidate + 1} p")?.TextContent);
        var proposal = wall.QuerySelector($"#proposal-{id}")!;
        Assert.Equal(Missing, proposal.QuerySelector(".poet-wall__text")?.TextContent);
        Assert.Contains("To decide", proposal.TextContent);
    }

    [Fact]
    public async Task PostAccept_ProposalBecomesCandidate_AndCanBeVotedOn()
    {
        var (w, participant, id) = await RoomAsync();

        (await w.Facilitator.PostFormAsync(Decide(w, id), new() { ["Decision"] = "Accept", ["Wording"] = "Somewhere safe to go out of hours" })).AssertRedirect(Wall(w));
        await w.MoveToAsync("Vote");
        var session = await (await participant.GetAsync(w.Session)).HtmlAsync();
        var cid = await app.WithDbAsync(db => db.CandidateOutcomes.Where(c => c.Wording == "Somewhere safe to go out of hours" && c.RoundId == w.Round.Rid).Select(c => c.Id).SingleAsync());
        var vote = await participant.PostFormAsync(w.Session + "?handler=vote", new() { ["CandidateId"] = cid.ToString() }, w.Session);

        Assert.Contains("Somewhere safe to go out of hours", session.QuerySelector($"#outcome-{cid}")?.TextContent);
        vote.AssertRedirect(w.Session + "?done=vote");
        Assert.Equal(1, await app.WithDbAsync(db => db.WorkshopVotes.CountAsync(v => v.CandidateId == cid)));
        var wall = await (await w.Facilitator.GetAsync(Wall(w))).HtmlAsync();
        Assert.Equal("Accepted as a candidate: ‘Somewhere safe to go out of hours’", wall.QuerySelector($"#proposal-{id} .poet-wall__decision")?.TextContent);
        var sources = await app.WithDbAsync(db => db.CandidateStatements.Where(s => s.CandidateId == cid)
            .Join(db.HandStatements, s => s.StatementId, h => h.Id, (s, h) => new { h.Outcome, h.Source }).ToListAsync());
        Assert.Equal([(Missing, StatementSource.Workshop)], sources.Select(s => (s.Outcome, s.Source)));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "workshop.proposal-accepted" && a.PartnershipId == w.Round.Pid)));
    }

    [Fact]
    public async Task PostMerge_AddsProposalToCandidateAndRecordsIt()
    {
        var (w, _, id) = await RoomAsync();
        var into = w.FirstCandidate + 1;

        (await w.Facilitator.PostFormAsync(Decide(w, id), new() { ["Decision"] = "Merge", ["IntoCandidateId"] = into.ToString() })).AssertRedirect(Wall(w));

        var wall = await (await w.Facilitator.GetAsync(Wall(w))).HtmlAsync();
        Assert.Equal("Merged into ‘A welcoming building’", wall.QuerySelector($"#proposal-{id} .poet-wall__decision")?.TextContent);
        Assert.Equal(1, await app.WithDbAsync(db => db.CandidateStatements.CountAsync(s => s.CandidateId == into)));
        Assert.Equal(3, await app.WithDbAsync(db => db.CandidateOutcomes.CountAsync(c => c.RoundId == w.Round.Rid)));
    }

    [Fact]
    public async Task PostSetAside_WithoutReason_ShowsError_WithReason_RecordsIt()
    {
        var (w, _, id) = await RoomAsync();

        var error = await (await w.Facilitator.PostFormAsync(Decide(w, id), new() { ["Decision"] = "SetAside", ["Reason"] = " " })).HtmlAsync();
        (await w.Facilitator.PostFormAsync(Decide(w, id), new() { ["Decision"] = "SetAside", ["Reason"] = "It is a service, not an outcome" })).AssertRedirect(Wall(w));

        Assert.Equal(["Enter why you are setting the proposal aside; the reason goes into the workshop record"], error.ErrorSummary());
        var wall = await (await w.Facilitator.GetAsync(Wall(w))).HtmlAsync();
        Assert.Equal("Set aside: It is a service, not an outcome", wall.QuerySelector($"#proposal-{id} .poet-wall__decision")?.TextContent);
        Assert.Equal(3, await app.WithDbAsync(db => db.CandidateOutcomes.CountAsync(c => c.RoundId == w.Round.Rid)));
    }

    [Fact]
    public async Task PostDecide_NoChoiceOrNoCandidate_ShowsErrors()
    {
        var (w, _, id) = await RoomAsync();

        var none = await (await w.Facilitator.PostFormAsync(Decide(w, id), new())).HtmlAsync();
        var merge = await (await w.Facilitator.PostFormAsync(Decide(w, id), new() { ["Decision"] = "Merge" })).HtmlAsync();

        Assert.Equal(["Select what to do with the proposal"], none.ErrorSummary());
        Assert.Equal(["Select the candidate outcome to merge the proposal into"], merge.ErrorSummary());
    }

    [Fact]
    public async Task GetDecide_OtherPartnershipOrOtherRound_Gets404()
    {
        var (w, _, id) = await RoomAsync();
        var outsider = await app.SignedInClientAsync(w.Round.Outsider);
        var other = await OpenWorkshop.CreateAsync(app);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Decide(w, id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Wall(w))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Facilitator.GetAsync($"{Wall(other)}/{id}")).StatusCode);
    }
}
