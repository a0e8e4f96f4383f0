using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Outcomes;

public class CandidateTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(OutcomeRound R, int A, int B, Dictionary<string, Guid> Ids)> TwoCandidatesAsync()
    {
        var r = await OutcomeRound.CreateAsync(app, "Central referral", "Referral in one place", "Better parking");
        var ids = await r.StatementIdsAsync(app);
        var (a, b) = await app.WithDbAsync(async db =>
        {
            var a = new CandidateOutcome { RoundId = r.Rid, Wording = "Referral", Order = 1 };
            a.Statements.AddRange(new[] { "Central referral", "Referral in one place" }.Select(t => new CandidateStatement { RoundId = r.Rid, StatementId = ids[t] }));
            var b = new CandidateOutcome { RoundId = r.Rid, Wording = "Parking", Order = 2 };
            b.Statements.Add(new CandidateStatement { RoundId = r.Rid, StatementId = ids["Better parking"] });
            db.CandidateOutcomes.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
        return (r, a, b, ids);
    }

    [Fact]
    public async Task PostMerge_OtherCandidate_MovesItsStatementsAndRemovesIt()
    {
        var (r, a, b, ids) = await TwoCandidatesAsync();
        var client = await app.SignedInClientAsync(r.Facilitator);

        var response = await client.PostFormAsync($"{r.Workspace}/candidates/{a}?handler=merge", new() { ["OtherId"] = b.ToString() }, $"{r.Workspace}/candidates/{a}");

        response.AssertRedirect($"{r.Workspace}/candidates/{a}");
        var candidates = await r.CandidatesAsync(app);
        Assert.Equal(a, Assert.Single(candidates).Id);
        Assert.Equal(3, candidates[0].Statements.Count);
    }

    [Fact]
    public async Task PostMove_ToNewCandidate_SplitsStatementOff()
    {
        var (r, a, _, ids) = await TwoCandidatesAsync();
        var client = await app.SignedInClientAsync(r.Facilitator);

        await client.PostFormAsync($"{r.Workspace}/candidates/{a}?handler=move",
            new() { ["StatementId"] = ids["Referral in one place"].ToString(), ["TargetId"] = "0" }, $"{r.Workspace}/candidates/{a}");

        var candidates = await r.CandidatesAsync(app);
        Assert.Equal(["Referral", "Parking", "Referral in one place"], candidates.Select(c => c.Wording));
        Assert.Equal([ids["Referral in one place"]], candidates[2].Statements);
        Assert.Equal([ids["Central referral"]], candidates[0].Statements);
    }

    [Fact]
    public async Task PostReword_Empty_ShowsErrorAndKeepsWording()
    {
        var (r, a, _, _) = await TwoCandidatesAsync();
        var client = await app.SignedInClientAsync(r.Coordinator);

        var doc = await (await client.PostFormAsync($"{r.Workspace}/candidates/{a}?handler=reword", new() { ["Wording"] = " " }, $"{r.Workspace}/candidates/{a}")).HtmlAsync();

        Assert.Equal(["Enter the wording of the outcome"], doc.ErrorSummary());
        Assert.Equal("Referral", await app.WithDbAsync(db => db.CandidateOutcomes.Where(c => c.Id == a).Select(c => c.Wording).SingleAsync()));
    }

    [Fact]
    public async Task PostReword_Valid_SavesWordingAndRawStatementsStayTheSame()
    {
        var (r, a, _, ids) = await TwoCandidatesAsync();
        var client = await app.SignedInClientAsync(r.Facilitator);

        await client.PostFormAsync($"{r.Workspace}/candidates/{a}?handler=reword", new() { ["Wording"] = "Services responding quickly" }, $"{r.Workspace}/candidates/{a}");

        Assert.Equal("Services responding quickly", await app.WithDbAsync(db => db.CandidateOutcomes.Where(c => c.Id == a).Select(c => c.Wording).SingleAsync()));
        Assert.Equal("Central referral", await app.WithDbAsync(db => db.OutcomeStatements.Where(o => o.Id == ids["Central referral"]).Select(o => o.Outcome).SingleAsync()));
    }
}
