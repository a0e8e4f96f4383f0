using Microsoft.EntityFrameworkCore;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Workshop;

public class ParticipantTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task PostCode_Unknown_ShowsError()
    {
        var doc = await (await app.NewClient().PostFormAsync("/workshop", new() { ["Code"] = "ZZZZ22" })).HtmlAsync();
        Assert.Equal(["No open workshop has the code ZZZZ22. Check the code on the screen and try again"], doc.ErrorSummary());
    }

    [Fact]
    public async Task PostCode_Empty_ShowsError()
    {
        var doc = await (await app.NewClient().PostFormAsync("/workshop", new() { ["Code"] = "" })).HtmlAsync();
        Assert.Equal(["Enter the 8-character code shown by the facilitator"], doc.ErrorSummary());
    }

    [Fact]
    public async Task PostJoin_NoGroup_ShowsError()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var doc = await (await app.NewClient().PostFormAsync($"/workshop/{w.Code}", new())).HtmlAsync();
        Assert.Equal(["Select your small group"], doc.ErrorSummary());
    }

    [Fact]
    public async Task Join_StoresOnlyHashes_AndShowsRejoinCode()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var client = await w.JoinAsync(app, group: 3);

        var doc = await (await client.GetAsync(w.Session)).HtmlAsync();

        var rejoin = doc.QuerySelector("#rejoin-code")!.TextContent;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", rejoin);
        Assert.Contains("Group 3", doc.QuerySelector(".govuk-caption-l")!.TextContent);
        var participant = await app.WithDbAsync(db => db.WorkshopParticipants.SingleAsync(p => p.WorkshopId == db.Workshops.Single(x => x.JoinCode == w.Code).Id));
        Assert.Equal(32, participant.RejoinHash.Length);
        Assert.DoesNotContain(rejoin.Replace("-", ""), Convert.ToHexString(participant.RejoinHash));
    }

    [Fact]
    public async Task PostComment_ReviewStage_StoresComment()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var client = await w.JoinAsync(app);
        var url = $"/workshop/{w.Code}/comment/{w.FirstCandidate}";

        (await client.PostFormAsync(url, new() { ["Text"] = "Quick for whom?" })).AssertRedirect(w.Session);

        var c = await app.WithDbAsync(db => db.WorkshopContributions.SingleAsync(x => x.CandidateId == w.FirstCandidate));
        Assert.Equal((Poet.Data.Entities.ContributionKind.Comment, "Quick for whom?"), (c.Kind, c.Text));
    }

    [Fact]
    public async Task PostMissingOutcome_TooLong_ShowsErrorAndKeepsText()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var client = await w.JoinAsync(app);
        await w.MoveToAsync("Propose");
        var text = new string('a', 5000);

        var doc = await (await client.PostFormAsync($"/workshop/{w.Code}/comment", new() { ["Text"] = text })).HtmlAsync();

        Assert.Equal(["Keep it to 1,000 characters or fewer; it has 5,000"], doc.ErrorSummary());
        Assert.Equal(text, doc.QuerySelector("textarea#Text")!.TextContent.Trim());
        Assert.Equal(0, await app.WithDbAsync(db => db.WorkshopContributions.CountAsync(x => x.CandidateId == null && x.Text.StartsWith("aaa"))));
    }

    [Fact]
    public async Task Vote_PastTheAllowance_SaysSoAndKeepsEveryVote()
    {
        var w = await OpenWorkshop.CreateAsync(app, votes: 3);
        var client = await w.JoinAsync(app);
        await w.MoveToAsync("Vote");
        Task<HttpResponseMessage> Vote(int offset) => client.PostFormAsync(w.Session + "?handler=vote", new() { ["CandidateId"] = (w.FirstCandidate + offset).ToString() }, w.Session);
        await Vote(0); await Vote(0); await Vote(1);

        var doc = await (await Vote(2)).HtmlAsync();

        Assert.Equal(["You have used all 3 of your votes. Take a vote back from another outcome if you want to move it"], doc.ErrorSummary());
        Assert.Equal(3, await app.WithDbAsync(db => db.WorkshopVotes.CountAsync(v => v.CandidateId >= w.FirstCandidate && v.CandidateId <= w.FirstCandidate + 2)));
    }

    [Fact]
    public async Task Vote_ThirdOnOneOutcome_SaysTwoIsTheMost()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var client = await w.JoinAsync(app);
        await w.MoveToAsync("Vote");
        Task<HttpResponseMessage> Vote() => client.PostFormAsync(w.Session + "?handler=vote", new() { ["CandidateId"] = w.FirstCandidate.ToString() }, w.Session);
        (await Vote()).AssertRedirect(w.Session);
        await Vote();

        var doc = await (await Vote()).HtmlAsync();

        Assert.Equal(["You already have 2 votes on ‘Services responding quickly’, the most one outcome can have. Use your other votes on other outcomes"], doc.ErrorSummary());
        Assert.Equal("3", doc.QuerySelector("#votes-left")!.TextContent.Split(' ')[2]);
    }

    [Fact]
    public async Task Vote_BeforeVotingStage_SaysVotingHasNotStarted()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var client = await w.JoinAsync(app);

        var doc = await (await client.PostFormAsync(w.Session + "?handler=vote", new() { ["CandidateId"] = w.FirstCandidate.ToString() }, $"/workshop/{w.Code}/comment/{w.FirstCandidate}")).HtmlAsync();

        Assert.Equal(["Voting has not started yet. Wait for the facilitator to open voting"], doc.ErrorSummary());
    }

    [Fact]
    public async Task Rejoin_OnAnotherDevice_KeepsVotes()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var phone = await w.JoinAsync(app);
        await w.MoveToAsync("Vote");
        await phone.PostFormAsync(w.Session + "?handler=vote", new() { ["CandidateId"] = w.FirstCandidate.ToString() }, w.Session);
        var rejoin = (await (await phone.GetAsync(w.Session)).HtmlAsync()).QuerySelector("#rejoin-code")!.TextContent;

        var laptop = app.NewClient();
        (await laptop.PostFormAsync($"/workshop/{w.Code}/rejoin", new() { ["RejoinCode"] = rejoin.ToLowerInvariant() })).AssertRedirect(w.Session);

        var doc = await (await laptop.GetAsync(w.Session)).HtmlAsync();
        Assert.Equal("You have 4 of 5 votes left.", doc.QuerySelector("#votes-left")?.TextContent);
    }

    [Fact]
    public async Task Rejoin_WrongCode_ShowsError()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var doc = await (await app.NewClient().PostFormAsync($"/workshop/{w.Code}/rejoin", new() { ["RejoinCode"] = "AAAA-BBBB" })).HtmlAsync();
        Assert.Equal(["That rejoin code is not right for this workshop. Check it on your other device and try again"], doc.ErrorSummary());
    }
}
