using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Workshop;

/// <summary>Runs on whichever database POET_TEST_DB names, so CI covers SQLite and PostgreSQL.</summary>
public class ConcurrentVotingTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const int Participants = 60, Allowance = 5;

    [Fact]
    public async Task SixtyParticipantsVotingAtOnce_LoseNoVoteAndNeverExceedTheirAllowance()
    {
        var w = await OpenWorkshop.CreateAsync(app, votes: Allowance);
        var clients = await Task.WhenAll(Enumerable.Range(0, Participants).Select(i => w.JoinAsync(app, 1 + i % 4)));
        await w.MoveToAsync("Vote");
        var tokens = await Task.WhenAll(clients.Select(c => Http.AntiforgeryTokenAsync(c, w.Session)));

        // Everyone casts their 5 votes (2 + 2 + 1 over three outcomes) at the same moment, and each also tries
        // 3 more that must be refused: 8 simultaneous requests per participant, 480 in all.
        int[] plan = [0, 0, 1, 1, 2, 2, 1, 0];
        var requests = clients.SelectMany((c, i) => plan.Select(offset => OpenWorkshop.VoteAsync(c, w.Code, w.FirstCandidate + offset, tokens[i]))).ToList();
        var responses = await Task.WhenAll(requests);

        Assert.All(responses, r => Assert.True((int)r.StatusCode is 200 or 302, $"HTTP {(int)r.StatusCode}"));
        var votes = await app.WithDbAsync(db => db.WorkshopVotes.Where(v => v.CandidateId >= w.FirstCandidate && v.CandidateId <= w.FirstCandidate + 2).ToListAsync());
        var perParticipant = votes.GroupBy(v => v.ParticipantId).Select(g => new { N = g.Count(), MaxOnOne = g.GroupBy(v => v.CandidateId).Max(x => x.Count()) }).ToList();
        Assert.Equal(Participants, perParticipant.Count);
        Assert.All(perParticipant, p => Assert.Equal(Allowance, p.N));
        Assert.All(perParticipant, p => Assert.True(p.MaxOnOne <= 2));
        Assert.Equal(Participants * Allowance, responses.Count(r => (int)r.StatusCode == 302));
    }

    [Fact]
    public async Task OneParticipantVotingTwiceAtOnce_GetsBothVotes()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var client = await w.JoinAsync(app);
        await w.MoveToAsync("Vote");
        var token = await Http.AntiforgeryTokenAsync(client, w.Session);

        var responses = await Task.WhenAll(OpenWorkshop.VoteAsync(client, w.Code, w.FirstCandidate, token), OpenWorkshop.VoteAsync(client, w.Code, w.FirstCandidate + 1, token));

        Assert.All(responses, r => r.AssertRedirect(w.Session));
        var doc = (IHtmlDocument)await (await client.GetAsync(w.Session)).HtmlAsync();
        Assert.Equal("You have 3 of 5 votes left.", doc.QuerySelector("#votes-left")?.TextContent);
    }
}
