using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

public class NewTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(int Pid, HttpClient Client)> FacilitatorAsync()
    {
        var pid = await app.CreatePartnershipAsync("New " + Guid.NewGuid().ToString("N")[..6]);
        var email = $"f-{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(email, partnershipId: pid, role: PartnershipRole.Facilitator);
        return (pid, await app.SignedInClientAsync(email));
    }

    private static Dictionary<string, string> Form(IReadOnlyList<string> statements, string counts) => new()
    {
        ["Title"] = "Viewpoints", ["Instruction"] = "Sort these by how important they are to you",
        ["Statements"] = string.Join("\n", statements), ["GridLowest"] = "-4", ["GridCounts"] = counts,
    };

    [Fact]
    public async Task Post_GridCountsDoNotAddUp_ShowsGridProblemAndKeepsStatements()
    {
        var (pid, client) = await FacilitatorAsync();
        var statements = QStudyFixture.Numbered(33);

        var response = await client.PostFormAsync($"/partnerships/{pid}/q-studies/new", Form(statements, "2,3,4,5,5,5,4,3,1"));

        var doc = await response.HtmlAsync();
        Assert.Equal(["The grid has room for 32 statements, but there are 33 statements; the column counts must add up to the number of statements."], doc.ErrorSummary());
        Assert.Equal("#GridCounts", doc.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(string.Join("\n", statements), doc.QuerySelector("textarea#Statements")!.TextContent.Trim());
        Assert.False(await app.WithDbAsync(db => db.QStudies.AnyAsync(s => s.PartnershipId == pid)));
    }

    [Theory]
    [InlineData(19, "Enter at least 20 statements; there are 19. Add 1 more: type them, or choose them below from the partnership\u2019s candidate outcomes and staff statements")]
    [InlineData(81, "Enter at most 80 statements; there are 81")]
    public async Task Post_StatementCountOutsideLimits_ShowsError(int count, string message)
    {
        var (pid, client) = await FacilitatorAsync();
        var doc = await (await client.PostFormAsync($"/partnerships/{pid}/q-studies/new", Form(QStudyFixture.Numbered(count), $"{count}"))).HtmlAsync();
        Assert.Contains(message, doc.ErrorSummary());
    }

    [Fact]
    public async Task Post_EmptyForm_AsksForEachFieldInPageOrder()
    {
        var (pid, client) = await FacilitatorAsync();
        var doc = await (await client.PostFormAsync($"/partnerships/{pid}/q-studies/new", new Dictionary<string, string> { ["Instruction"] = "", ["GridLowest"] = "" })).HtmlAsync();
        Assert.Equal([QStudyFormModel.EnterTitle, QStudyFormModel.EnterInstruction, "Enter at least 20 statements; there are 0", QStudyFormModel.EnterLowest, QStudyFormModel.EnterCounts], doc.ErrorSummary());
    }

    [Fact]
    public async Task Post_Valid_CreatesDraftWithNumberedStatementsAndAudits()
    {
        var (pid, client) = await FacilitatorAsync();
        var response = await client.PostFormAsync($"/partnerships/{pid}/q-studies/new", Form(QStudyFixture.Numbered(33), "2, 3, 4, 5, 5, 5, 4, 3, 2"));

        response.AssertRedirect($"/partnerships/{pid}/q-studies/");
        var study = await app.WithDbAsync(db => db.QStudies.Include(s => s.Statements).SingleAsync(s => s.PartnershipId == pid));
        Assert.Equal(QStudyStatus.Draft, study.Status);
        Assert.Equal((-4, "2,3,4,5,5,5,4,3,2"), (study.GridLowest, study.GridCounts));
        Assert.Equal("Statement number 5 about outcomes", study.Statements.Single(s => s.Number == 5).Text);
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == pid && a.Action == "qstudy.create")));
    }

    [Fact]
    public async Task Post_StaFileWithMissingStatement_NamesTheLineAndKeepsTypedFields()
    {
        var (pid, client) = await FacilitatorAsync();
        var sta = string.Join("\r\n", QStudyFixture.Numbered(3)) + "\r\n\r\n" + string.Join("\r\n", QStudyFixture.Numbered(30)) + "\r\n";

        var response = await client.PostFileAsync($"/partnerships/{pid}/q-studies/new", "StatementsFile", "outcomes.STA", sta,
            new() { ["Title"] = "Kept title", ["Instruction"] = "Sort these", ["GridLowest"] = "-4", ["GridCounts"] = "2,3,4,5,5,5,4,3,2" });

        var doc = await response.HtmlAsync();
        Assert.Equal(["Line 4 of the .STA file is empty; each line holds one statement, so statement 4 is missing."], doc.ErrorSummary());
        Assert.Equal("Kept title", doc.QuerySelector("input#Title")!.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.QStudies.AnyAsync(s => s.PartnershipId == pid)));
    }

    [Fact]
    public async Task Post_CsvOfStatements_ImportsTheTextColumn()
    {
        var (pid, client) = await FacilitatorAsync();
        var csv = File.ReadAllText(QStudyFixture.FixturePath("statements.csv"));

        var response = await client.PostFileAsync($"/partnerships/{pid}/q-studies/new", "StatementsFile", "statements.csv", csv,
            new() { ["Title"] = "Lipset", ["Instruction"] = "Sort these", ["GridLowest"] = "-4", ["GridCounts"] = "2,3,4,5,5,5,4,3,2" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var texts = await app.WithDbAsync(db => db.QStatements.Where(s => db.QStudies.Any(q => q.Id == s.StudyId && q.PartnershipId == pid)).OrderBy(s => s.Number).Select(s => s.Text).ToListAsync());
        Assert.Equal(33, texts.Count);
        Assert.StartsWith("We accept improvements in the status and power of the lower classes", texts[0]);
    }

    [Fact]
    public async Task Post_CsvRowWithoutText_SaysWhichStatementIsMissing()
    {
        var (pid, client) = await FacilitatorAsync();
        var csv = "id,text\n" + string.Join("\n", QStudyFixture.Numbered(21).Select((s, i) => i == 5 ? $"sta_{i + 1}," : $"sta_{i + 1},\"{s}\""));

        var doc = await (await client.PostFileAsync($"/partnerships/{pid}/q-studies/new", "StatementsFile", "s.csv", csv,
            new() { ["Title"] = "T", ["Instruction"] = "I", ["GridLowest"] = "-1", ["GridCounts"] = "5,11,5" })).HtmlAsync();

        Assert.Equal(["Line 7 of the CSV file has no statement text, so statement 6 is missing; fill it in or remove the line."], doc.ErrorSummary());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var (pid, client) = await FacilitatorAsync();
        var response = await client.PostAsync($"/partnerships/{pid}/q-studies/new", new FormUrlEncodedContent(Form(QStudyFixture.Numbered(33), "2,3,4,5,5,5,4,3,2")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
