using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Outcomes;

public class FinaliseTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(OutcomeRound R, int First, Guid Sid)> RoundWithCandidatesAsync()
    {
        var r = await OutcomeRound.CreateAsync(app, "Central referral system");
        var sid = (await r.StatementIdsAsync(app)).Values.Single();
        var first = await r.AddCandidatesAsync(app, "Referral", "Parking", "Home visits");
        await app.WithDbAsync(db => { db.CandidateStatements.Add(new CandidateStatement { CandidateId = first, RoundId = r.Rid, StatementId = sid }); return db.SaveChangesAsync(); });
        return (r, first, sid);
    }

    private static Dictionary<string, string> Form(int first, params (int Offset, string Wording, bool Contested, string Competing)[] items)
    {
        var form = new Dictionary<string, string>();
        for (var i = 0; i < 3; i++) form[$"Items[{i}].CandidateId"] = (first + i).ToString();
        foreach (var (offset, wording, contested, competing) in items)
        {
            form[$"Items[{offset}].Include"] = "true";
            form[$"Items[{offset}].Wording"] = wording;
            if (contested) form[$"Items[{offset}].Contested"] = "true";
            form[$"Items[{offset}].CompetingWordings"] = competing;
        }
        return form;
    }

    [Fact]
    public async Task Post_Valid_MakesVersion1WithProvenanceShownOnPartnershipPage()
    {
        var (r, first, sid) = await RoundWithCandidatesAsync();
        var client = await app.SignedInClientAsync(r.Facilitator);

        var response = await client.PostFormAsync(r.Workspace + "/finalise", Form(first, (0, "Services responding quickly", false, ""), (2, "Being offered home visits", false, "")));

        response.AssertRedirect(r.Workspace + "/agreed");
        var list = await app.WithDbAsync(db => db.AgreedLists.Include(l => l.Items).ThenInclude(i => i.Sources).SingleAsync(l => l.RoundId == r.Rid));
        Assert.Equal(1, list.Version);
        Assert.Equal(["Services responding quickly", "Being offered home visits"], list.Items.OrderBy(i => i.Order).Select(i => i.Wording));
        Assert.Equal([sid], list.Items.Single(i => i.Order == 1).Sources.Select(s => s.StatementId));
        var page = await (await client.GetAsync($"/partnerships/{r.Pid}/outcomes")).HtmlAsync();
        Assert.Equal(["Services responding quickly", "Being offered home visits"], page.QuerySelectorAll(".poet-agreed-list li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Post_SecondVersionWithoutReason_ShowsErrorAndKeepsVersion1()
    {
        var (r, first, _) = await RoundWithCandidatesAsync();
        var client = await app.SignedInClientAsync(r.Coordinator);
        await client.PostFormAsync(r.Workspace + "/finalise", Form(first, (0, "Services responding quickly", false, "")));

        var doc = await (await client.PostFormAsync(r.Workspace + "/finalise", Form(first, (0, "Quick services", false, "")))).HtmlAsync();

        Assert.Equal(["Enter why the list is changing: this makes version 2"], doc.ErrorSummary());
        Assert.Equal(1, await app.WithDbAsync(db => db.AgreedLists.CountAsync(l => l.RoundId == r.Rid)));
    }

    [Fact]
    public async Task Post_SecondVersionWithReason_KeepsBothVersions()
    {
        var (r, first, _) = await RoundWithCandidatesAsync();
        var client = await app.SignedInClientAsync(r.Coordinator);
        await client.PostFormAsync(r.Workspace + "/finalise", Form(first, (0, "Services responding quickly", false, "")));

        var form = Form(first, (0, "Help comes quickly", false, ""));
        form["Reason"] = "Families asked for plainer words";
        await client.PostFormAsync(r.Workspace + "/finalise", form);

        var versions = await app.WithDbAsync(db => db.AgreedLists.Where(l => l.RoundId == r.Rid).OrderBy(l => l.Version).Select(l => new { l.Version, l.Reason, Wording = l.Items.Single().Wording }).ToListAsync());
        Assert.Equal([(1, "Services responding quickly"), (2, "Help comes quickly")], versions.Select(v => (v.Version, v.Wording)));
        Assert.Equal("Families asked for plainer words", versions[1].Reason);
    }

    [Fact]
    public async Task Post_ContestedWithoutCompetingWordings_ShowsError()
    {
        var (r, first, _) = await RoundWithCandidatesAsync();
        var client = await app.SignedInClientAsync(r.Facilitator);

        var doc = await (await client.PostFormAsync(r.Workspace + "/finalise", Form(first, (1, "A welcoming building", true, " ")))).HtmlAsync();

        Assert.Equal(["Enter the competing wordings for ‘Parking’, one on each line, or untick ‘Staff could not agree’"], doc.ErrorSummary());
    }

    [Fact]
    public async Task Post_Contested_RecordsDraftFrameworkWithCompetingWordings()
    {
        var (r, first, _) = await RoundWithCandidatesAsync();
        var client = await app.SignedInClientAsync(r.Facilitator);

        await client.PostFormAsync(r.Workspace + "/finalise", Form(first, (1, "A welcoming building", true, "Easy parking\nA building that is easy to find")));

        var doc = await (await client.GetAsync(r.Workspace + "/agreed")).HtmlAsync();
        Assert.Equal("Draft outcomes framework", doc.QuerySelector("h1")?.TextContent);
        Assert.Contains("Also proposed: A building that is easy to find", doc.QuerySelector(".poet-agreed-list")!.TextContent);
    }

    [Fact]
    public async Task Post_NothingIncluded_ShowsError()
    {
        var (r, first, _) = await RoundWithCandidatesAsync();
        var client = await app.SignedInClientAsync(r.Facilitator);

        var doc = await (await client.PostFormAsync(r.Workspace + "/finalise", Form(first))).HtmlAsync();

        Assert.Equal(["Choose at least one outcome for the agreed list"], doc.ErrorSummary());
    }

    [Fact]
    public async Task GetAgreed_AlphabeticalAndPdfs_AreAvailable()
    {
        var (r, first, _) = await RoundWithCandidatesAsync();
        var client = await app.SignedInClientAsync(r.Facilitator);
        await client.PostFormAsync(r.Workspace + "/finalise", Form(first, (0, "Services responding quickly", false, ""), (2, "Being offered home visits", false, "")));

        var alphabetical = await (await client.GetAsync(r.Workspace + "/agreed?order=alphabetical")).HtmlAsync();
        var provenance = await client.GetAsync(r.Workspace + "/agreed/provenance");

        Assert.Equal(["Being offered home visits", "Services responding quickly"], alphabetical.QuerySelectorAll(".poet-agreed-list li").Select(li => li.TextContent.Trim()));
        Assert.Equal("application/pdf", provenance.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, Poet.Web.Tests.Documents.Pdf.PageCount(await provenance.Content.ReadAsByteArrayAsync()));
        Assert.Equal("application/pdf", (await client.GetAsync(r.Workspace + "/agreed/list")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/pdf", (await client.GetAsync(r.Workspace + "/agreed/results")).Content.Headers.ContentType?.MediaType);
    }
}
