using Microsoft.EntityFrameworkCore;
using Poet.Web.Pages.Sorting;
using Poet.Web.Tests.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Sorting;

public class GridTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Post_OverFullColumn_ShowsErrorSummaryAndKeepsChoicesThenSucceeds()
    {
        var setup = await app.CreateStudyAsync();
        var client = await app.StartAsync(setup);
        await client.AboutAsync(setup);
        await client.PilesAsync(setup);
        var valid = QSortFlow.Distribution(QStudyFixture.LipsetCounts);
        var overFull = (int[])valid.Clone();
        overFull[0] = 4; // a third statement in column +4, which holds 2; column -4 is one short

        var response = await client.PostFormAsync($"/q/{setup.Key}/grid", QSortFlow.GridFields(overFull));

        var doc = await response.HtmlAsync();
        Assert.Equal(["Column +4 holds 2 statements, but you have put 3 there. Move 1 to another column"], doc.ErrorSummary());
        Assert.Equal("#ColumnCounts", doc.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("3 (too many)", doc.QuerySelector("[data-qsort-placed='4']")!.TextContent.Trim());
        Assert.Equal("4", doc.QuerySelector("select#Columns_1_ option[selected]")!.GetAttribute("value"));
        Assert.Equal(4, await ColumnOfAsync(setup, 1));

        (await client.PostFormAsync($"/q/{setup.Key}/grid", QSortFlow.GridFields(valid))).AssertRedirect($"/q/{setup.Key}/why");
        Assert.Equal(-4, await ColumnOfAsync(setup, 1));
    }

    [Fact]
    public async Task Post_StatementNotPlaced_AsksForItsColumn()
    {
        var setup = await app.CreateStudyAsync();
        var client = await app.StartAsync(setup);
        await client.AboutAsync(setup);
        await client.PilesAsync(setup);
        var fields = QSortFlow.GridFields(QSortFlow.Distribution(QStudyFixture.LipsetCounts));
        fields["Columns[7]"] = "";

        var doc = await (await client.PostFormAsync($"/q/{setup.Key}/grid", fields)).HtmlAsync();

        Assert.Equal([GridModel.ChooseColumn(7)], doc.ErrorSummary());
        Assert.Equal("#Columns_7_", doc.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Post_SaveOnly_StaysOnGridWithUpdatedCounts()
    {
        var setup = await app.CreateStudyAsync();
        var client = await app.StartAsync(setup);
        await client.AboutAsync(setup);
        await client.PilesAsync(setup);

        var doc = await (await client.PostFormAsync($"/q/{setup.Key}/grid", new Dictionary<string, string> { ["Columns[3]"] = "4", ["saveOnly"] = "true" })).HtmlAsync();

        Assert.Empty(doc.ErrorSummary());
        Assert.Equal("1", doc.QuerySelector("[data-qsort-placed='4']")!.TextContent.Trim());
        Assert.Equal(4, await ColumnOfAsync(setup, 3));
    }

    [Fact]
    public async Task Get_BeforePiles_GoesBackToPiles()
    {
        var setup = await app.CreateStudyAsync();
        var client = await app.StartAsync(setup);
        await client.AboutAsync(setup);

        (await client.GetAsync($"/q/{setup.Key}/grid")).AssertRedirect($"/q/{setup.Key}/piles");
    }

    private Task<int?> ColumnOfAsync(QSetup setup, int number) => app.WithDbAsync(db =>
        db.QPlacements.Where(p => db.QStatements.Any(s => s.Id == p.StatementId && s.StudyId == setup.Sid && s.Number == number))
            .Select(p => p.Column).SingleAsync());
}
