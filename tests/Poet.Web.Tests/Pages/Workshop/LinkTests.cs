using System.Net;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Workshop;

/// <summary>Every link POET renders on the workshop and outcomes pages answers 200, for the facilitator and for a participant.</summary>
public class LinkTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task FacilitatorAndParticipantPages_EveryLink_Answers200()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var participant = await w.JoinAsync(app);
        var broken = new List<string>();
        await participant.PostFormAsync($"/workshop/{w.Code}/comment/{w.FirstCandidate}", new() { ["Text"] = "Quick for whom?" });
        broken.AddRange(await BrokenLinksAsync(participant, w.Session, $"/workshop/{w.Code}/comment/{w.FirstCandidate}", $"/workshop/{w.Code}/rejoin"));
        await w.MoveToAsync("Propose");
        broken.AddRange(await BrokenLinksAsync(participant, w.Session, $"/workshop/{w.Code}/comment", $"/workshop/{w.Code}/comment/{w.FirstCandidate}"));
        await participant.PostFormAsync($"/workshop/{w.Code}/comment", new() { ["Text"] = "Somewhere safe to go out of hours" });
        await w.MoveToAsync("Vote");
        await participant.PostFormAsync(w.Session + "?handler=vote", new() { ["CandidateId"] = w.FirstCandidate.ToString() }, w.Session);
        broken.AddRange(await BrokenLinksAsync(participant, w.Session));
        await w.MoveToAsync("Results");
        broken.AddRange(await BrokenLinksAsync(participant, w.Session));
        (await w.Facilitator.PostFormAsync(w.Round.Workshop + "?handler=stage", new() { ["Stage"] = "Rate", ["RateTop"] = "2" }, w.Round.Workshop)).AssertRedirect(w.Round.Workshop);
        broken.AddRange(await BrokenLinksAsync(participant, w.Session, $"/workshop/{w.Code}/rate/{w.FirstCandidate}"));
        await participant.PostFormAsync($"/workshop/{w.Code}/rate/{w.FirstCandidate}", new() { ["Importance"] = "4", ["Certainty"] = "2" });
        broken.AddRange(await BrokenLinksAsync(participant, w.Session));
        (await w.Facilitator.PostFormAsync(w.Round.Workshop + "?handler=reveal", new(), w.Round.Workshop)).AssertRedirect(w.Round.Workshop);
        var r = w.Round;
        var finalise = new Dictionary<string, string> { ["Items[0].CandidateId"] = w.FirstCandidate.ToString(), ["Items[0].Include"] = "true", ["Items[0].Wording"] = "Services responding quickly" };
        (await w.Facilitator.PostFormAsync(r.Workspace + "/finalise", finalise)).AssertRedirect(r.Workspace + "/agreed");

        broken.AddRange(await BrokenLinksAsync(w.Facilitator,
            r.Workshop, r.Workshop + "/screen", r.Workshop + "/screen?view=groups", r.Workshop + "/contributions", r.Workspace, r.Workspace + "/finalise",
            r.Workspace + "/agreed", r.Workspace + "/agreed?order=alphabetical", r.Workspace + "/agreed?version=1", $"/partnerships/{r.Pid}/outcomes"));

        Assert.Empty(broken);
    }

    /// <summary>"page → link: status" for each link on the pages that does not answer 200 (the pages themselves included).</summary>
    private static async Task<List<string>> BrokenLinksAsync(HttpClient client, params string[] pages)
    {
        var broken = new List<string>();
        var checkedLinks = new HashSet<string>();
        foreach (var page in pages.Distinct())
        {
            var response = await client.GetAsync(page);
            if (response.StatusCode != HttpStatusCode.OK) { broken.Add($"{page}: {(int)response.StatusCode}"); continue; }
            var doc = await response.HtmlAsync();
            var links = doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')).ToList();
            Assert.NotEmpty(links);
            foreach (var href in links)
            {
                var target = href.Length == 0 ? page : href.Split('#')[0];
                Assert.True(target.StartsWith('/'), $"{page} links outside POET or relatively: {href}");
                if (!checkedLinks.Add(target)) continue;
                var status = (await client.GetAsync(target)).StatusCode;
                if (status != HttpStatusCode.OK) broken.Add($"{page} → {href}: {(int)status}");
            }
        }
        return broken;
    }
}
