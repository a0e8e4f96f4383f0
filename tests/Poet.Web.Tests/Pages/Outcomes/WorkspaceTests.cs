using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Outcomes;

public class WorkspaceTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task GetStatements_Facilitator_ListsSubmittedSurveyAndHandStatements()
    {
        var r = await OutcomeRound.CreateAsync(app, "Families tell their story once", "Shorter waits for assessment");
        await app.WithDbAsync(db =>
        {
            db.HandStatements.Add(new HandStatement { Id = Guid.NewGuid(), RoundId = r.Rid, Source = StatementSource.Interview, SourceDetail = "Head of service", Outcome = "Home visits for families", AddedUtc = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(r.Facilitator);

        var doc = await (await client.GetAsync(r.Workspace + "/statements")).HtmlAsync();

        var rows = doc.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, t => t.Contains("Home visits for families") && t.Contains("Stakeholder interview: Head of service"));
        Assert.DoesNotContain(rows, t => t.Contains("Unsubmitted idea"));
    }

    [Fact]
    public async Task Get_Coordinator_SeesWorkspace()
    {
        var r = await OutcomeRound.CreateAsync(app, "One keyworker per family");
        var client = await app.SignedInClientAsync(r.Coordinator);

        var doc = await (await client.GetAsync(r.Workspace)).HtmlAsync();

        Assert.Equal("Outcomes workspace", doc.QuerySelector("h1")?.TextContent);
        Assert.Contains("1 statement: 1 from the staff survey and 0 added by hand", doc.QuerySelector("main p")?.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/statements")]
    [InlineData("/finalise")]
    [InlineData("/agreed")]
    public async Task Get_UserOfAnotherPartnership_Gets404(string page)
    {
        var r = await OutcomeRound.CreateAsync(app, "One keyworker per family");
        var client = await app.SignedInClientAsync(r.Outsider);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(r.Workspace + page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/partnerships/{r.Pid}/outcomes")).StatusCode);
    }

    [Fact]
    public async Task Get_Anonymous_RedirectsToSignIn()
    {
        var r = await OutcomeRound.CreateAsync(app, "One keyworker per family");
        (await app.NewClient().GetAsync(r.Workspace)).AssertRedirect("http://localhost/account/sign-in");
    }

    [Fact]
    public async Task PostMove_Down_SwapsOrder()
    {
        var r = await OutcomeRound.CreateAsync(app, "x");
        var first = await r.AddCandidatesAsync(app, "First outcome", "Second outcome");
        var client = await app.SignedInClientAsync(r.Facilitator);

        var response = await client.PostFormAsync($"{r.Workspace}?handler=move&cid={first}&direction=down", new(), r.Workspace);

        response.AssertRedirect(r.Workspace);
        Assert.Equal(["Second outcome", "First outcome"], (await r.CandidatesAsync(app)).Select(c => c.Wording));
    }

    // Issue 13, differencing: a facilitator groups seven statements, then the same six without one of them, and reads
    // the workspace both times. Before, the partner table changed from "Council: 6; 1 hidden" to "Council: 6", giving
    // the seventh statement's author away; now neither reading names a partner or a profession.
    [Fact]
    public async Task Get_RegroupingOneStatementOut_RevealsNoPartnerOrProfession()
    {
        var r = await OutcomeRound.CreateAsync(app, "Keyworker a", "Keyworker b", "Keyworker c", "Keyworker d", "Keyworker e", "Keyworker f", "Keyworker g");
        var ids = (await r.StatementIdsAsync(app)).OrderBy(s => s.Key).Select(s => s.Value).ToList();
        var client = await app.SignedInClientAsync(r.Facilitator);
        async Task<string> GroupAndReadAsync(IEnumerable<Guid> statements)
        {
            await app.WithDbAsync(async db =>
            {
                db.CandidateOutcomes.RemoveRange(db.CandidateOutcomes.Where(c => c.RoundId == r.Rid));
                var c = new CandidateOutcome { RoundId = r.Rid, Wording = "One keyworker", Order = 1 };
                c.Statements.AddRange(statements.Select(id => new CandidateStatement { RoundId = r.Rid, StatementId = id }));
                db.CandidateOutcomes.Add(c);
                await db.SaveChangesAsync();
            });
            var page = await (await client.GetAsync(r.Workspace)).HtmlAsync();
            return page.QuerySelector(".poet-candidate")!.TextContent;
        }

        var seven = await GroupAndReadAsync(ids);
        var six = await GroupAndReadAsync(ids.Take(6));

        Assert.Contains("Supported by 7 statements (7 from the survey).", seven);
        Assert.Contains("Supported by 6 statements (6 from the survey).", six);
        foreach (var name in new[] { "Council", "Health trust", "Social work", "Nursing", "Administration", "hidden" })
        {
            Assert.DoesNotContain(name, seven);
            Assert.DoesNotContain(name, six);
        }
        var workspace = await (await client.GetAsync(r.Workspace)).HtmlAsync();
        Assert.StartsWith("Candidates show how many statements support them, not which partners or professions wrote them", workspace.QuerySelector("#support-note")!.TextContent);
    }
}
