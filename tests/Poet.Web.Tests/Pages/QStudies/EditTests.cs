using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

/// <summary>Editing a Q study: bad input and frozen studies are refused with a message, and nothing stored changes.</summary>
public class EditTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static Dictionary<string, string> Form(IReadOnlyList<string> statements, string counts) => new()
    {
        ["Title"] = "Renamed", ["Instruction"] = "Sort these by how important they are to you",
        ["Statements"] = string.Join("\n", statements), ["GridLowest"] = "-4", ["GridCounts"] = counts,
    };

    private Task<(string Title, string Counts, string[] Statements)> StoredAsync(QSetup setup) => app.WithDbAsync(async db =>
    {
        var study = await db.QStudies.Include(s => s.Statements).SingleAsync(s => s.Id == setup.Sid);
        return (study.Title, study.GridCounts, study.Statements.OrderBy(s => s.Number).Select(s => s.Text).ToArray());
    });

    [Fact]
    public async Task Post_DraftWithGridCountsNotAddingUp_ShowsTheProblemAndKeepsTheStudy()
    {
        var setup = await app.CreateStudyAsync(QStudyStatus.Draft);
        var typed = QStudyFixture.Numbered(34);

        var doc = await (await setup.Facilitator.PostFormAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/edit", Form(typed, "2,3,4,5,5,5,4,3,2"))).HtmlAsync();

        Assert.Equal(["The grid has room for 33 statements, but there are 34 statements; the column counts must add up to the number of statements."], doc.ErrorSummary());
        Assert.Equal(string.Join("\n", typed), doc.QuerySelector("textarea#Statements")!.TextContent.Trim());
        var stored = await StoredAsync(setup);
        Assert.Equal("What the partnership is for", stored.Title);
        Assert.Equal("2,3,4,5,5,5,4,3,2", stored.Counts);
        Assert.Equal(setup.Statements, stored.Statements);
    }

    [Fact]
    public async Task Post_OpenStudy_SaysItIsFrozenAndChangesNothing()
    {
        var setup = await app.CreateStudyAsync(QStudyStatus.Open);

        var doc = await (await setup.Facilitator.PostFormAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/edit", Form(QStudyFixture.Numbered(21), "5,11,5"),
            // An open study's edit page redirects to the study, so the token comes from another of the facilitator's forms.
            formUrl: $"/partnerships/{setup.Pid}/q-studies/new")).HtmlAsync();

        Assert.Equal([EditModel.Frozen], doc.ErrorSummary());
        var stored = await StoredAsync(setup);
        Assert.Equal("What the partnership is for", stored.Title);
        Assert.Equal("2,3,4,5,5,5,4,3,2", stored.Counts);
        Assert.Equal(setup.Statements, stored.Statements);
    }
}
