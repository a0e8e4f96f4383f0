using Microsoft.EntityFrameworkCore;
using Poet.Data.Documents;
using Poet.Web.Pages.Outcomes;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Workshop;

/// <summary>The workshop record in the voting-results PDF, and the finalise page in vote order.</summary>
public class WorkshopRecordTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string Added = "Families feel listened to";

    /// <summary>
    /// Two participants (groups 1 and 3); a comment; one proposal accepted and voted on, one set aside; 5 votes:
    /// ‘A welcoming building’ 3, ‘Services responding quickly’ 1, the accepted one 1, ‘Being offered home visits’ 0.
    /// Then the workshop closes and one more outcome is added in the workspace. Returns the candidates' ids by wording.
    /// </summary>
    private async Task<(OpenWorkshop W, Dictionary<string, int> Ids)> HeldWorkshopAsync()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var (one, three) = (await w.JoinAsync(app, group: 1), await w.JoinAsync(app, group: 3));
        await one.PostFormAsync($"/workshop/{w.Code}/comment/{w.FirstCandidate}", new() { ["Text"] = "Quick for whom?" });
        await w.MoveToAsync("Propose");
        await one.PostFormAsync($"/workshop/{w.Code}/comment", new() { ["Text"] = "Having somewhere safe to go out of hours" });
        await three.PostFormAsync($"/workshop/{w.Code}/comment", new() { ["Text"] = "More parking" });
        var proposals = await app.WithDbAsync(db => db.WorkshopContributions.Where(c => db.Workshops.Any(x => x.Id == c.WorkshopId && x.JoinCode == w.Code) && c.CandidateId == null)
            .ToDictionaryAsync(c => c.Text, c => c.Id));
        var wall = w.Round.Workshop + "/contributions/";
        (await w.Facilitator.PostFormAsync(wall + proposals["Having somewhere safe to go out of hours"], new() { ["Decision"] = "Accept", ["Wording"] = "Somewhere safe to go out of hours" })).AssertRedirect(wall[..^1]);
        (await w.Facilitator.PostFormAsync(wall + proposals["More parking"], new() { ["Decision"] = "SetAside", ["Reason"] = "It is a service, not an outcome" })).AssertRedirect(wall[..^1]);
        var ids = await app.WithDbAsync(db => db.CandidateOutcomes.Where(c => c.RoundId == w.Round.Rid).ToDictionaryAsync(c => c.Wording, c => c.Id));
        await w.MoveToAsync("Vote");
        foreach (var (client, wording) in new[] { (one, "A welcoming building"), (one, "A welcoming building"), (three, "A welcoming building"), (three, "Services responding quickly"), (three, "Somewhere safe to go out of hours") })
            (await client.PostFormAsync(w.Session + "?handler=vote", new() { ["CandidateId"] = ids[wording].ToString() }, w.Session)).AssertRedirect(w.Session + "?done=vote");
        await w.Facilitator.PostFormAsync(w.Round.Workshop + "?handler=close", new(), w.Round.Workshop);
        (await w.Facilitator.PostFormAsync(w.Round.Workspace + "?handler=add", new() { ["NewWording"] = Added }, w.Round.Workspace)).AssertRedirect(w.Round.Workspace);
        ids[Added] = await app.WithDbAsync(db => db.CandidateOutcomes.Where(c => c.RoundId == w.Round.Rid && c.Wording == Added).Select(c => c.Id).SingleAsync());
        return (w, ids);
    }

    [Fact]
    public async Task GetFinalise_ListsOutcomesMostVotesFirst_AddedAfterWorkshopLast()
    {
        var (w, _) = await HeldWorkshopAsync();

        var doc = await (await w.Facilitator.GetAsync(w.Round.Workspace + "/finalise")).HtmlAsync();

        Assert.Equal(
            ["A welcoming building (3 votes)", "Services responding quickly (1 vote)", "Somewhere safe to go out of hours (1 vote)",
             "Being offered home visits (0 votes)", $"{Added} (added after the workshop)"],
            doc.QuerySelectorAll(".poet-finalise-item legend").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public async Task ResultsPdf_ListsTheWholeWorkshopRecord()
    {
        var (w, ids) = await HeldWorkshopAsync();
        string[] agreed = ["A welcoming building", "Services responding quickly", "Somewhere safe to go out of hours", Added];
        var form = new Dictionary<string, string>();
        for (var i = 0; i < agreed.Length; i++)
            (form[$"Items[{i}].CandidateId"], form[$"Items[{i}].Include"], form[$"Items[{i}].Wording"]) = (ids[agreed[i]].ToString(), "true", agreed[i]);
        (await w.Facilitator.PostFormAsync(w.Round.Workspace + "/finalise", form)).AssertRedirect(w.Round.Workspace + "/agreed");

        var download = await w.Facilitator.GetAsync(w.Round.Workspace + "/agreed/results?version=1");
        var content = await app.WithDbAsync(db => AgreedModel.ContentAsync(db, w.Round.Pid, w.Round.Rid, 1));
        var pdf = OutcomeDocuments.VotingResults(content!);

        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.True(pdf.Mentions("2 participants in 2 small groups took part and cast 5 votes."));
        Assert.True(pdf.Mentions("1. A welcoming building 3 2. Services responding quickly 1 3. Somewhere safe to go out of hours 1 4. Families feel listened to Added after the workshop"));
        Assert.False(pdf.Mentions("Families feel listened to 0"));
        Assert.True(pdf.Mentions("Candidates left out of the agreed list Candidate outcome Votes Being offered home visits 0"));
        Assert.True(pdf.Mentions("Having somewhere safe to go out of hours 1 Accepted as a candidate: ‘Somewhere safe to go out of hours’"));
        Assert.True(pdf.Mentions("More parking 3 Set aside: It is a service, not an outcome"));
        Assert.True(pdf.Mentions("Comments on the outcomes Services responding quickly • Comment: Quick for whom? (group 1)"));
    }
}
