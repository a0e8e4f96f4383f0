using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Documents;
using Poet.Web.Pages.Outcomes;
using Poet.Web.Tests.Documents;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Workshop;

/// <summary>The importance × certainty stage (issue 17): phones rate the most-voted outcomes; the controls, the projector, the wall and the results PDF show the plot and where groups differ.</summary>
public class RatingTests(PoetApp app) : IClassFixture<PoetApp>
{
    private sealed record Room(OpenWorkshop W, HttpClient[] People, int Welcoming, int Quick, int Visits)
    {
        public string Rate(int cid) => $"/workshop/{W.Code}/rate/{cid}";
    }

    /// <summary>
    /// Six participants, three in group 1 and three in group 2. Votes: ‘A welcoming building’ 4, ‘Services responding quickly’ 2,
    /// ‘Being offered home visits’ 0; then the rating stage with the top 2.
    /// </summary>
    private async Task<Room> VotedAsync()
    {
        var w = await OpenWorkshop.CreateAsync(app);
        var people = new HttpClient[6];
        for (var i = 0; i < 6; i++) people[i] = await w.JoinAsync(app, group: i < 3 ? 1 : 2);
        var (quick, welcoming, visits) = (w.FirstCandidate, w.FirstCandidate + 1, w.FirstCandidate + 2);
        await w.MoveToAsync("Vote");
        foreach (var (person, cid) in new[] { (0, welcoming), (1, welcoming), (3, welcoming), (4, welcoming), (2, quick), (5, quick) })
            (await people[person].PostFormAsync(w.Session + "?handler=vote", new() { ["CandidateId"] = cid.ToString() }, w.Session)).AssertRedirect(w.Session + "?done=vote");
        await w.MoveToAsync("Results");
        (await w.Facilitator.PostFormAsync(w.Round.Workshop + "?handler=stage", new() { ["Stage"] = "Rate", ["RateTop"] = "2" }, w.Round.Workshop)).AssertRedirect(w.Round.Workshop);
        return new Room(w, people, welcoming, quick, visits);
    }

    /// <summary>
    /// ‘A welcoming building’: group 1 importance 5,5,4 (median 5) and certainty 2,1,2 (median 2); group 2 importance 4,3,4 (4)
    /// and certainty 4,5,4 (4). Everyone: importance 3,4,4,4,5,5, the lower median (3rd of 6) 4; certainty 1,2,2,4,4,5, 3rd of 6: 2.
    /// So important and uncertain, and the groups' certainty medians are 2 points apart. ‘Services responding quickly’: all 4 and 4.
    /// </summary>
    private async Task<Room> RatedAsync()
    {
        var room = await VotedAsync();
        (int I, int C)[] welcoming = [(5, 2), (5, 1), (4, 2), (4, 4), (3, 5), (4, 4)];
        for (var i = 0; i < 6; i++)
        {
            (await room.People[i].PostFormAsync(room.Rate(room.Welcoming), new() { ["Importance"] = welcoming[i].I.ToString(), ["Certainty"] = welcoming[i].C.ToString() }))
                .AssertRedirect(room.Rate(room.Quick));
            (await room.People[i].PostFormAsync(room.Rate(room.Quick), new() { ["Importance"] = "4", ["Certainty"] = "4" }))
                .AssertRedirect(room.W.Session + "?done=rate");
        }
        return room;
    }

    [Fact]
    public async Task PostRate_StoresOneRatingPerPerson_RatingAgainReplacesIt()
    {
        var room = await VotedAsync();
        var person = room.People[0];

        (await person.PostFormAsync(room.Rate(room.Welcoming), new() { ["Importance"] = "5", ["Certainty"] = "2" })).AssertRedirect(room.Rate(room.Quick));
        (await person.PostFormAsync(room.Rate(room.Welcoming), new() { ["Importance"] = "3", ["Certainty"] = "4" })).AssertRedirect(room.Rate(room.Quick));
        var stored = await app.WithDbAsync(db => db.WorkshopRatings.Where(r => r.CandidateId == room.Welcoming).Select(r => new { r.Importance, r.Certainty }).ToListAsync());
        var form = await (await person.GetAsync(room.Rate(room.Welcoming))).HtmlAsync();
        var session = await (await person.GetAsync(room.W.Session)).HtmlAsync();

        Assert.Equal([new { Importance = 3, Certainty = 4 }], stored);
        Assert.Equal("3", form.QuerySelector("input[name=Importance]:checked")?.GetAttribute("value"));
        Assert.Equal("4", form.QuerySelector("input[name=Certainty]:checked")?.GetAttribute("value"));
        Assert.Equal("Rate importance and certainty", session.QuerySelector("h1")?.TextContent);
        Assert.Equal("You have rated 1 of 2 outcomes.", session.QuerySelector("#rated-count")?.TextContent);
        Assert.Equal(["A welcoming building", "Services responding quickly"], session.QuerySelectorAll(".poet-workshop-outcomes li p.govuk-\\!-font-weight-bold").Select(p => p.TextContent));
        Assert.Equal("Your rating: importance 3 (fairly important), certainty 4 (very certain)", session.QuerySelector($"#outcome-{room.Welcoming} p:nth-of-type(2)")?.TextContent);
    }

    [Fact]
    public async Task PostRate_NothingChosenOrOffTheScale_NamesEachProblem()
    {
        var room = await VotedAsync();

        var empty = await (await room.People[0].PostFormAsync(room.Rate(room.Welcoming), new())).HtmlAsync();
        var off = await (await room.People[0].PostFormAsync(room.Rate(room.Welcoming), new() { ["Importance"] = "9", ["Certainty"] = "3" })).HtmlAsync();

        Assert.Equal(["Select how important this outcome is, from 1 to 5", "Select how certain you are that the partnership can deliver it, from 1 to 5"], empty.ErrorSummary());
        Assert.Equal(["Select how important this outcome is, from 1 to 5"], off.ErrorSummary());
        Assert.Equal(0, await app.WithDbAsync(db => db.WorkshopRatings.CountAsync(r => r.CandidateId == room.Welcoming)));
    }

    [Fact]
    public async Task GetRate_OutcomeNotShortlisted_404_AndAnotherStage_BackToTheSession()
    {
        var room = await VotedAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await room.People[0].GetAsync(room.Rate(room.Visits))).StatusCode);
        await room.W.MoveToAsync("Vote");
        (await room.People[0].GetAsync(room.Rate(room.Welcoming))).AssertRedirect(room.W.Session);
    }

    [Fact]
    public async Task PostStage_RateWithoutAShortlistSize_NamesTheProblem()
    {
        var w = await OpenWorkshop.CreateAsync(app);

        var doc = await (await w.Facilitator.PostFormAsync(w.Round.Workshop + "?handler=stage", new() { ["Stage"] = "Rate", ["RateTop"] = "0" }, w.Round.Workshop)).HtmlAsync();

        Assert.Equal(["Enter how many of the most-voted outcomes to rate, a whole number from 1 to 40"], doc.ErrorSummary());
    }

    [Fact]
    public async Task Screen_ShowsThePlot_TheCorners_AndWhereGroupsDiffer()
    {
        var room = await RatedAsync();

        var screen = await (await room.W.Facilitator.GetAsync(room.W.Round.Workshop + "/screen")).HtmlAsync();
        var json = await (await room.W.Facilitator.GetAsync(room.W.Round.Workshop + "/screen/data")).Content.ReadAsStringAsync();

        var svg = screen.QuerySelector("#screen-rating svg#screen-plot");
        Assert.NotNull(svg);
        Assert.Equal("rating", screen.QuerySelector("#workshop-screen")?.GetAttribute("data-view"));
        Assert.Contains("\"view\":\"rating\"", json);
        var texts = svg!.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.Contains("Important and certain", texts);
        Assert.Contains("Important and uncertain", texts);
        Assert.Contains("Less important and certain", texts);
        Assert.Contains("Less important and uncertain", texts);
        Assert.Contains("Shaded: important, but uncertain the partnership can deliver it", texts);
        Assert.Equal(2, svg.QuerySelectorAll("circle").Length);
        Assert.Equal("6 of 6 participants have rated 2 outcomes.", screen.QuerySelector("#screen-plot-count")?.TextContent);
        Assert.Equal(["1. A welcoming building (importance 4, certainty 2: important and uncertain)", "2. Services responding quickly (importance 4, certainty 4: important and certain)"],
            screen.QuerySelectorAll("#screen-plot-key li").Select(li => li.TextContent));
        Assert.Equal(["A welcoming building: importance 5 from Group 1, 4 from Group 2; certainty 2 from Group 1, 4 from Group 2"],
            screen.QuerySelectorAll("#screen-plot-groups li").Select(li => li.TextContent));
        Assert.Contains("never averages", screen.QuerySelector("#screen-plot-note")?.TextContent);
        Assert.DoesNotContain("style=", screen.Body!.InnerHtml);
    }

    [Fact]
    public async Task ControlsAndWall_ShowTheMediansTable()
    {
        var room = await RatedAsync();

        var run = await (await room.W.Facilitator.GetAsync(room.W.Round.Workshop)).HtmlAsync();
        var wall = await (await room.W.Facilitator.GetAsync(room.W.Round.Workshop + "/contributions")).HtmlAsync();

        Assert.NotNull(run.QuerySelector("#run-assumptions svg#run-plot"));
        Assert.Equal(["1. A welcoming building (6 ratings) 4 (0, 0, 1, 3, 2) 2 (1, 2, 0, 2, 1) Important and uncertain",
                      "2. Services responding quickly (6 ratings) 4 (0, 0, 0, 6, 0) 4 (0, 0, 0, 6, 0) Important and certain"],
            run.QuerySelectorAll("#run-plot-table tbody tr").Select(tr => string.Join(" ", tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))));
        Assert.NotNull(wall.QuerySelector("svg#wall-plot"));
        Assert.Equal("6 of 6 participants have rated 2 outcomes.", wall.QuerySelector("#wall-plot-count")?.TextContent);
    }

    [Fact]
    public async Task ResultsPdf_RecordsTheRatingsAndTheDisagreement_WithTheAgreedList()
    {
        var room = await RatedAsync();
        var r = room.W.Round;
        var form = new Dictionary<string, string>
        {
            ["Items[0].CandidateId"] = room.Welcoming.ToString(), ["Items[0].Include"] = "true", ["Items[0].Wording"] = "A welcoming building",
            ["Items[1].CandidateId"] = room.Quick.ToString(), ["Items[1].Include"] = "true", ["Items[1].Wording"] = "Services responding quickly",
        };
        var finalise = await (await room.W.Facilitator.GetAsync(r.Workspace + "/finalise")).HtmlAsync();
        (await room.W.Facilitator.PostFormAsync(r.Workspace + "/finalise", form)).AssertRedirect(r.Workspace + "/agreed");

        var download = await room.W.Facilitator.GetAsync(r.Workspace + "/agreed/results?version=1");
        var content = await app.WithDbAsync(db => AgreedModel.ContentAsync(db, r.Pid, r.Rid, 1));
        var pdf = OutcomeDocuments.VotingResults(content!);

        Assert.Equal("Rated at the workshop: importance 4, certainty 2 (important and uncertain). The groups differ: A welcoming building: importance 5 from Group 1, 4 from Group 2; certainty 2 from Group 1, 4 from Group 2",
            finalise.QuerySelector("#Items_0__Rated")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var text = Pdf.Text(await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("Importance and certainty 6 of 6 participants rated the 2 most-voted outcomes", text);
        Assert.Contains("1. A welcoming building (importance 4, certainty 2: important and uncertain)", text);
        Assert.Contains("2. Services responding quickly (importance 4, certainty 4: important and certain)", text);
        Assert.Contains("Important and uncertain", text);
        Assert.Contains("Less important and certain", text);
        Assert.Contains("certainty 2 from Group 1, 4 from Group 2", text);
        Assert.True(pdf.Mentions("Importance and certainty 6 of 6 participants rated the 2 most-voted outcomes for how important each is and how certain they are that the partnership can deliver it, from 1 to 5."));
        Assert.True(pdf.Mentions("1. A welcoming building 6 4; 0, 0, 1, 3, 2 2; 1, 2, 0, 2, 1"));
        Assert.True(pdf.Mentions("2. Services responding quickly 6 4; 0, 0, 0, 6, 0 4; 0, 0, 0, 6, 0"));
        Assert.True(pdf.Mentions("1. A welcoming building (importance 4, certainty 2: important and uncertain)"));
        Assert.True(pdf.Mentions("Important and uncertain"));
        Assert.True(pdf.Mentions("Where the groups differ by 2 or more points Groups compared: Group 1; Group 2. Any disagreement left after the debate is recorded here. • A welcoming building: importance 5 from Group 1, 4 from Group 2; certainty 2 from Group 1, 4 from Group 2"));
        Assert.True(pdf.Mentions("never averages"));
        // Votes by group: groups 1 and 2 each had 3 voters. Group 1 gave the welcoming building 2 and services 1; group 2 the same.
        Assert.True(pdf.Mentions("Votes by group"));
        Assert.True(pdf.Mentions("A welcoming building 4 2 2 Services responding quickly 2 1 1"));
    }

    [Fact]
    public async Task ScreenByGroup_MergesAGroupOfOne_SoNoOnesVotesShowAlone()
    {
        var room = await VotedAsync();
        var w = room.W;
        await w.MoveToAsync("Vote");
        var lone = await w.JoinAsync(app, group: 3);
        (await lone.PostFormAsync(w.Session + "?handler=vote", new() { ["CandidateId"] = room.Visits.ToString() }, w.Session)).AssertRedirect(w.Session + "?done=vote");
        await w.MoveToAsync("Results");
        var before = await (await w.Facilitator.GetAsync(w.Round.Workshop + "/screen?view=groups")).HtmlAsync();
        (await w.Facilitator.PostFormAsync(w.Round.Workshop + "?handler=reveal", new(), w.Round.Workshop)).AssertRedirect(w.Round.Workshop);

        var overall = await (await w.Facilitator.GetAsync(w.Round.Workshop + "/screen")).HtmlAsync();
        var groups = await (await w.Facilitator.GetAsync(w.Round.Workshop + "/screen?view=groups")).HtmlAsync();

        Assert.Null(before.QuerySelector("#groups-table"));
        Assert.Equal("votes", before.QuerySelector("#workshop-screen")?.GetAttribute("data-view"));
        Assert.Equal("Show the votes by group", overall.QuerySelector("#screen-views a")?.TextContent);
        Assert.Equal("groups", groups.QuerySelector("#workshop-screen")?.GetAttribute("data-view"));
        // Groups 1 and 2 have 3 voters each; group 3's one voter joins the later of them, group 2: 4 people.
        Assert.Equal(["Outcome", "All", "Group 1 (3 people)", "Other groups (2 and 3) (4 people)"], groups.QuerySelectorAll("#groups-table thead th").Select(th => th.TextContent));
        Assert.Equal(["A welcoming building 4 2 2", "Services responding quickly 2 1 1", "Being offered home visits 1 0 1"],
            groups.QuerySelectorAll("#groups-table tbody tr").Select(tr => string.Join(" ", tr.Children.Select(c => c.TextContent))));
        Assert.Equal("Groups with fewer than 3 people who voted are merged into ‘Other groups’, so no one’s votes are shown on their own.", groups.QuerySelector("#groups-table caption")?.TextContent);
        Assert.Equal("Show the votes overall", groups.QuerySelector("#screen-views a")?.TextContent);
    }
}
