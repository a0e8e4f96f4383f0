using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Outcomes;

public class AddStatementTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Post_Valid_StoresStatementWithSourceAndAuthor()
    {
        var r = await OutcomeRound.CreateAsync(app);
        var client = await app.SignedInClientAsync(r.Facilitator);

        var response = await client.PostFormAsync(r.Workspace + "/statements/add", new()
        {
            ["Source"] = "Document", ["SourceDetail"] = "Service plan 2006", ["Outcome"] = "  Fewer missed appointments ", ["Rationale"] = "Text reminders",
        });

        response.AssertRedirect(r.Workspace + "/statements");
        var stored = await app.WithDbAsync(db => db.HandStatements.SingleAsync(h => h.RoundId == r.Rid));
        Assert.Equal((StatementSource.Document, "Service plan 2006", "Fewer missed appointments", "Text reminders", r.Facilitator),
            (stored.Source, stored.SourceDetail, stored.Outcome, stored.Rationale, stored.AddedBy));
    }

    [Fact]
    public async Task Post_EmptyOutcomeAndNoSource_ShowsErrorsAndStoresNothing()
    {
        var r = await OutcomeRound.CreateAsync(app);
        var client = await app.SignedInClientAsync(r.Facilitator);

        var doc = await (await client.PostFormAsync(r.Workspace + "/statements/add", new() { ["Outcome"] = "   " })).HtmlAsync();

        Assert.Equal(["Select where the statement came from", "Enter the outcome"], doc.ErrorSummary());
        Assert.Equal(0, await app.WithDbAsync(db => db.HandStatements.CountAsync(h => h.RoundId == r.Rid)));
    }

    [Fact]
    public async Task Post_5000CharacterOutcome_ShowsErrorAndKeepsTheText()
    {
        var r = await OutcomeRound.CreateAsync(app);
        var client = await app.SignedInClientAsync(r.Facilitator);
        var text = string.Concat(Enumerable.Repeat("Families feel heard. ", 250))[..5000];

        var doc = await (await client.PostFormAsync(r.Workspace + "/statements/add", new() { ["Source"] = "Interview", ["Outcome"] = text })).HtmlAsync();

        Assert.Equal(["The outcome must be 1,000 characters or fewer; it has 5,000. Put the explanation in the rationale"], doc.ErrorSummary());
        Assert.Equal(text.Trim(), doc.QuerySelector("textarea#Outcome")!.TextContent.Trim());
        Assert.Equal(0, await app.WithDbAsync(db => db.HandStatements.CountAsync(h => h.RoundId == r.Rid)));
    }
}
