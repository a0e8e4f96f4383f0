using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Pages.Outcomes;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

/// <summary>Taking a Q-set from the partnership's agreed outcomes, candidate outcomes and staff outcome statements.</summary>
public class ChooseStatementsTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string AgreedSource = "Agreed outcome: Autumn survey, version 2";

    private async Task<(OutcomeRound Round, HttpClient Client, List<int> Agreed)> PartnershipAsync()
    {
        var round = await OutcomeRound.CreateAsync(app, "People get help sooner", "Write to jo.bloggs@example.org about waiting times", "Carers are listened to");
        await round.AddCandidatesAsync(app, "Help comes sooner", "Carers are heard");
        var agreed = await app.WithDbAsync(async db =>
        {
            foreach (var version in new[] { 1, 2 })
            {
                var list = new AgreedList { PartnershipId = round.Pid, RoundId = round.Rid, Version = version, Reason = "Agreed at the workshop", CreatedBy = "test", CreatedUtc = DateTime.UtcNow.AddMinutes(version) };
                list.Items.AddRange(Enumerable.Range(1, 3).Select(i => new AgreedOutcome { Order = i, Wording = $"Agreed outcome {i} of version {version}" }));
                db.AgreedLists.Add(list);
            }
            await db.SaveChangesAsync();
            return await db.AgreedOutcomes.Where(o => db.AgreedLists.Any(l => l.Id == o.AgreedListId && l.PartnershipId == round.Pid && l.Version == 2)).OrderBy(o => o.Order).Select(o => o.Id).ToListAsync();
        });
        return (round, await app.SignedInClientAsync(round.Facilitator), agreed);
    }

    private static List<KeyValuePair<string, string>> Form(IEnumerable<string> typed, string counts, string lowest, params string[] chosen) =>
    [
        new("Title", "Viewpoints"), new("Instruction", "Sort these by how important they are to you"),
        new("Statements", string.Join("\n", typed)), new("GridLowest", lowest), new("GridCounts", counts),
        .. chosen.Select(c => new KeyValuePair<string, string>("Chosen", c)),
    ];

    [Fact]
    public async Task GetNew_PartnershipWithOutcomes_OffersCurrentAgreedListCandidatesAndMaskedStatements()
    {
        var (round, client, _) = await PartnershipAsync();

        var doc = await (await client.GetAsync($"/partnerships/{round.Pid}/q-studies/new")).HtmlAsync();

        Assert.Equal(["The current agreed outcomes (Autumn survey, version 2) (3)", "Candidate outcomes: Autumn survey (2)", "Outcome statements: Autumn survey (3)"],
            doc.QuerySelectorAll("#choose-statements .govuk-details__summary-text").Select(s => s.TextContent.Trim()));
        var labels = doc.QuerySelectorAll("#choose-statements .govuk-checkboxes__label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("Agreed outcome 1 of version 2", labels);
        Assert.DoesNotContain("Agreed outcome 1 of version 1", labels);
        Assert.Contains("Write to [removed] about waiting times", labels);
    }

    [Fact]
    public async Task PostNew_ChosenAgreedOutcomes_AddsThemAfterTheTypedOnesWithWhereTheyCameFrom()
    {
        var (round, client, agreed) = await PartnershipAsync();
        var typed = QStudyFixture.Numbered(18);

        var response = await client.PostFormAsync($"/partnerships/{round.Pid}/q-studies/new",
            Form(typed, "5,10,5", "-1", $"agreed-{agreed[0]}", $"agreed-{agreed[2]}", "candidate-0"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.QStatements.Where(s => db.QStudies.Any(q => q.Id == s.StudyId && q.PartnershipId == round.Pid))
            .OrderBy(s => s.Number).Select(s => new { s.Text, s.Source }).ToListAsync());
        Assert.Equal(20, stored.Count);
        Assert.All(stored.Take(18), s => Assert.Null(s.Source));
        Assert.Equal(("Agreed outcome 1 of version 2", AgreedSource), (stored[18].Text, stored[18].Source));
        Assert.Equal(("Agreed outcome 3 of version 2", AgreedSource), (stored[19].Text, stored[19].Source));
        var page = await (await client.GetAsync(response.Location())).HtmlAsync();
        Assert.Equal("From: " + AgreedSource, page.QuerySelectorAll("main ol li")[19].QuerySelector("span")!.TextContent.Trim());
    }

    [Fact]
    public async Task PostNew_ChosenMakeTooManyForTheGrid_SaysSoAndKeepsThemInTheListOnce()
    {
        var (round, client, agreed) = await PartnershipAsync();
        var statementKey = (await round.StatementIdsAsync(app))["Carers are listened to"];
        var typed = QStudyFixture.Numbered(20).Append("AGREED OUTCOME 2 OF VERSION 2").ToArray();

        var response = await client.PostFormAsync($"/partnerships/{round.Pid}/q-studies/new",
            Form(typed, "5,11,5", "-1", $"agreed-{agreed[0]}", $"agreed-{agreed[1]}", $"statement-{statementKey:N}"));

        var doc = await response.HtmlAsync();
        Assert.Equal(["The grid has room for 21 statements, but there are 23 statements; the column counts must add up to the number of statements. The 2 statements you chose have been added to the list: change the counts or remove statements."],
            doc.ErrorSummary());
        var box = doc.QuerySelector("textarea#Statements")!.TextContent.Trim().Split('\n');
        Assert.Equal(23, box.Length);
        Assert.Equal(["Agreed outcome 1 of version 2", "Carers are listened to"], box[^2..]);
        Assert.Empty(doc.QuerySelectorAll("input[name=Chosen][checked]"));
        Assert.False(await app.WithDbAsync(db => db.QStudies.AnyAsync(s => s.PartnershipId == round.Pid)));
    }

    [Fact]
    public async Task PostNew_KeyOfAnotherPartnershipsOutcome_IsNotAdded()
    {
        var (theirs, _, theirAgreed) = await PartnershipAsync();
        var (round, client, _) = await PartnershipAsync();

        var doc = await (await client.PostFormAsync($"/partnerships/{round.Pid}/q-studies/new",
            Form(QStudyFixture.Numbered(19), "5,9,5", "-1", $"agreed-{theirAgreed[0]}"))).HtmlAsync();

        Assert.Equal(["Enter at least 20 statements; there are 19. Add 1 more: type them, or choose them below from the partnership\u2019s candidate outcomes and staff statements"], doc.ErrorSummary());
        Assert.DoesNotContain("Agreed outcome 1 of version 2", doc.QuerySelector("textarea#Statements")!.TextContent);
        Assert.NotEqual(theirs.Pid, round.Pid);
    }

    [Fact]
    public async Task PostEdit_UnchangedChosenStatement_KeepsItsSourceAndTypedOnesHaveNone()
    {
        var (round, client, agreed) = await PartnershipAsync();
        var created = await client.PostFormAsync($"/partnerships/{round.Pid}/q-studies/new", Form(QStudyFixture.Numbered(20), "5,11,5", "-1", $"agreed-{agreed[1]}"));
        var study = created.Location()!;
        var edit = await (await client.GetAsync(study + "/edit")).HtmlAsync();
        var text = edit.QuerySelector("textarea#Statements")!.TextContent.Trim();

        var response = await client.PostFormAsync(study + "/edit", Form(text.Split('\n').Skip(1).Append("A new typed statement"), "5,11,5", "-1"));

        response.AssertRedirect(study);
        var sources = await app.WithDbAsync(db => db.QStatements.Where(s => db.QStudies.Any(q => q.Id == s.StudyId && q.PartnershipId == round.Pid))
            .OrderBy(s => s.Number).Select(s => s.Source).ToListAsync());
        Assert.Equal([AgreedSource, null], sources[^2..]);
    }

    [Fact]
    public async Task GetNew_PartnershipWithoutOutcomes_SaysToTypeOrImport()
    {
        var setup = await app.CreateStudyAsync(QStudyStatus.Draft);
        var doc = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/new")).HtmlAsync();
        Assert.Equal("This partnership has no agreed outcomes, candidate outcomes or outcome statements yet, so type or import the statements.",
            doc.QuerySelector("#choose-statements p")!.TextContent.Trim());
    }
}
