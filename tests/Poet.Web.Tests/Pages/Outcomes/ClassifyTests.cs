using Microsoft.EntityFrameworkCore;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Outcomes;

public class ClassifyTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Get_Unclassified_ShowsSuggestionAsHintAndPreselectsIt()
    {
        var r = await OutcomeRound.CreateAsync(app, "Families are involved in decisions");
        var sid = (await r.StatementIdsAsync(app)).Values.Single();
        var client = await app.SignedInClientAsync(r.Facilitator);

        var doc = await (await client.GetAsync($"{r.Workspace}/statements/{sid}/classify")).HtmlAsync();

        Assert.StartsWith("POET suggests Service users and carers, because the statement mentions", doc.QuerySelector("#Focus-hint")!.TextContent);
        Assert.NotNull(doc.QuerySelector("input#Focus-service-user[checked]"));
        Assert.Equal(16, doc.QuerySelectorAll("input[name=FrameworkHeading]").Length); // 15 headings of Petch et al. Table 1 + none
    }

    [Fact]
    public async Task Post_Valid_StoresClassification()
    {
        var r = await OutcomeRound.CreateAsync(app, "Families are involved in decisions");
        var sid = (await r.StatementIdsAsync(app)).Values.Single();
        var client = await app.SignedInClientAsync(r.Coordinator);

        var response = await client.PostFormAsync($"{r.Workspace}/statements/{sid}/classify",
            new() { ["Focus"] = "service-user", ["Type"] = "service-process", ["FrameworkHeading"] = "listened-to" });

        response.AssertRedirect(r.Workspace + "/statements");
        var c = await app.WithDbAsync(db => db.StatementClassifications.SingleAsync(x => x.StatementId == sid));
        Assert.Equal(("service-user", "service-process", "listened-to"), (c.Focus, c.Type, c.FrameworkHeading));
    }

    [Fact]
    public async Task Post_UnknownHeading_ShowsErrorAndStoresNothing()
    {
        var r = await OutcomeRound.CreateAsync(app, "Families are involved in decisions");
        var sid = (await r.StatementIdsAsync(app)).Values.Single();
        var client = await app.SignedInClientAsync(r.Facilitator);

        var doc = await (await client.PostFormAsync($"{r.Workspace}/statements/{sid}/classify",
            new() { ["Focus"] = "none", ["Type"] = "none", ["FrameworkHeading"] = "flying" })).HtmlAsync();

        Assert.Equal(["Select a heading from the framework, or ‘None of these’"], doc.ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.StatementClassifications.AnyAsync(x => x.StatementId == sid)));
    }
}
