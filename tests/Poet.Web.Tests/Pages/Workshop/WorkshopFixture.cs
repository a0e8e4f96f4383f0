using Microsoft.EntityFrameworkCore;
using Poet.Web.Tests.Pages.Outcomes;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Workshop;

/// <summary>Opens a workshop on a round with three candidate outcomes and joins participants like phones would.</summary>
public sealed record OpenWorkshop(OutcomeRound Round, string Code, int FirstCandidate, HttpClient Facilitator)
{
    public static async Task<OpenWorkshop> CreateAsync(PoetApp app, int votes = 5)
    {
        var r = await OutcomeRound.CreateAsync(app, "Central referral");
        var first = await r.AddCandidatesAsync(app, "Services responding quickly", "A welcoming building", "Being offered home visits");
        var facilitator = await app.SignedInClientAsync(r.Facilitator);
        (await facilitator.PostFormAsync(r.Workshop + "?handler=open", new() { ["VotesPerParticipant"] = votes.ToString(), ["GroupCount"] = "4" }, r.Workshop)).AssertRedirect(r.Workshop);
        var code = await app.WithDbAsync(db => db.Workshops.Where(w => w.RoundId == r.Rid && w.OpenJoinCode != null).Select(w => w.JoinCode).SingleAsync());
        return new OpenWorkshop(r, code, first, facilitator);
    }

    public string Session => $"/workshop/{Code}/session";

    public async Task<HttpClient> JoinAsync(PoetApp app, int group = 1)
    {
        var client = app.NewClient();
        (await client.PostFormAsync($"/workshop/{Code}", new() { ["Group"] = group.ToString() })).AssertRedirect(Session);
        return client;
    }

    public Task<HttpResponseMessage> MoveToAsync(string stage) =>
        Facilitator.PostFormAsync(Round.Workshop + "?handler=stage", new() { ["Stage"] = stage }, Round.Workshop);

    public static Task<HttpResponseMessage> VoteAsync(HttpClient client, string code, int candidateId, string token) =>
        client.PostAsync($"/workshop/{code}/session?handler=vote", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["CandidateId"] = candidateId.ToString(), ["__RequestVerificationToken"] = token,
        }));
}
