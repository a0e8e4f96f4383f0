using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Outcomes;

public class ProposeTests(PoetApp app) : IClassFixture<PoetApp>
{
    /// <summary>Realistic staff statements: near-duplicates, a misspelling, and unrelated ones.</summary>
    private static readonly string[] Statements =
    [
        "A central referral system", "Central referral system", "A single central refferal system",
        "Improve parking", "Better parking for families and staff",
        "Every family has one keyworker", "Each family has a single key worker",
        "Regular team meetings", "Parent-held records",
    ];

    [Fact]
    public async Task Post_Statements_NearDuplicatesShareACandidateAndUnrelatedDoNot()
    {
        var r = await OutcomeRound.CreateAsync(app, Statements);
        var ids = await r.StatementIdsAsync(app);
        var client = await app.SignedInClientAsync(r.Facilitator);

        (await client.PostFormAsync(r.Workspace + "/propose", new())).AssertRedirect(r.Workspace);

        var candidates = await r.CandidatesAsync(app);
        List<Guid> GroupOf(string text) => candidates.Single(c => c.Statements.Contains(ids[text])).Statements;
        Assert.Contains(ids["Central referral system"], GroupOf("A central referral system"));
        Assert.Contains(ids["A single central refferal system"], GroupOf("A central referral system"));
        Assert.Contains(ids["Better parking for families and staff"], GroupOf("Improve parking"));
        Assert.Contains(ids["Each family has a single key worker"], GroupOf("Every family has one keyworker"));
        Assert.DoesNotContain(ids["Improve parking"], GroupOf("A central referral system"));
        Assert.DoesNotContain(ids["Regular team meetings"], GroupOf("Parent-held records"));
        Assert.Equal(Statements.Length, candidates.Sum(c => c.Statements.Count));
    }

    // Issue 16, point 7: word weights depend on the whole set, so grouping everything again can move placed statements.
    // The facilitator's own (odd on purpose) grouping survives "Group only the new statements" untouched.
    [Fact]
    public async Task PostNewOnly_KeepsTheFacilitatorsGroupAndGroupsOnlyTheRest()
    {
        var r = await OutcomeRound.CreateAsync(app, Statements);
        var ids = await r.StatementIdsAsync(app);
        await app.WithDbAsync(db =>
        {
            var mine = new Poet.Data.Entities.CandidateOutcome { RoundId = r.Rid, Wording = "Mine", Order = 1 };
            mine.Statements.AddRange(new[] { "Improve parking", "Regular team meetings" }.Select(t => new Poet.Data.Entities.CandidateStatement { RoundId = r.Rid, StatementId = ids[t] }));
            db.CandidateOutcomes.Add(mine);
            return db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(r.Facilitator);
        var page = await (await client.GetAsync(r.Workspace + "/propose")).HtmlAsync();
        Assert.Equal("7 statements are in no candidate outcome yet. Group only them and add the groups after your candidate outcomes, leaving those as they are.",
            page.QuerySelector("#unplaced")!.TextContent);
        Assert.Contains("at least 0.4 (average linkage)", page.QuerySelector("#grouping-method")!.TextContent);

        (await client.PostFormAsync(r.Workspace + "/propose?handler=newOnly", new(), r.Workspace + "/propose")).AssertRedirect(r.Workspace);

        var candidates = await r.CandidatesAsync(app);
        Assert.Equal("Mine", candidates[0].Wording);
        Assert.Equal(new[] { ids["Improve parking"], ids["Regular team meetings"] }.Order(), candidates[0].Statements.Order());
        Assert.Equal(Statements.Length, candidates.Sum(c => c.Statements.Count));
        Assert.Contains(ids["A single central refferal system"], candidates.Single(c => c.Statements.Contains(ids["A central referral system"])).Statements);
    }

    [Fact]
    public async Task Post_DemoRound_ProposesItsTwoCentralReferralStatementsTogether()
    {
        using (var scope = app.Services.CreateScope()) await DemoData.SeedAsync(scope.ServiceProvider);
        var (pid, rid) = await app.WithDbAsync(db => db.Rounds.Where(r => r.Partnership!.Name == DemoData.PartnershipName).Select(r => new { r.PartnershipId, r.Id }).SingleAsync().ContinueWith(t => (t.Result.PartnershipId, t.Result.Id)));
        await app.CreateUserAsync("demo-facilitator@example.org", partnershipId: pid, role: Poet.Data.Entities.PartnershipRole.Facilitator);
        var client = await app.SignedInClientAsync("demo-facilitator@example.org");
        var workspace = $"/partnerships/{pid}/rounds/{rid}/outcomes";

        (await client.PostFormAsync(workspace + "/propose", new() { ["Replace"] = "true" })).AssertRedirect(workspace);

        var groups = await app.WithDbAsync(db => (from cs in db.CandidateStatements
                                                  join o in db.OutcomeStatements on cs.StatementId equals o.Id
                                                  where cs.RoundId == rid
                                                  select new { cs.CandidateId, o.Outcome }).ToListAsync());
        var referral = groups.Single(g => g.Outcome == "A central referral system").CandidateId;
        Assert.Equal(referral, groups.Single(g => g.Outcome == "Central referral system").CandidateId);
        Assert.NotEqual(referral, groups.Single(g => g.Outcome == "Improve parking").CandidateId);
    }

    [Fact]
    public async Task Post_ExistingCandidatesNotConfirmed_ShowsErrorAndKeepsThem()
    {
        var r = await OutcomeRound.CreateAsync(app, Statements);
        await r.AddCandidatesAsync(app, "Hand-made outcome");
        var client = await app.SignedInClientAsync(r.Facilitator);

        var doc = await (await client.PostFormAsync(r.Workspace + "/propose", new())).HtmlAsync();

        Assert.Equal(["Confirm that you want to replace the existing candidate outcomes"], doc.ErrorSummary());
        Assert.Equal(["Hand-made outcome"], (await r.CandidatesAsync(app)).Select(c => c.Wording));
    }
}
