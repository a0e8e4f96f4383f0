using Microsoft.EntityFrameworkCore;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

public class ImportTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Post_CsvMissingAStatement_NamesItAndStoresNothing()
    {
        var setup = await app.CreateStudyAsync();
        var lines = File.ReadAllLines(QStudyFixture.FixturePath("qsorts.csv")).Where(l => !l.StartsWith("sta_17,"));

        var doc = await (await setup.Facilitator.PostFileAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/import", "SortsFile", "qsorts.csv", string.Join("\n", lines))).HtmlAsync();

        Assert.Equal(["The file has no row for statement sta_17; every Q-sort must place all 33 statements of the study."], doc.ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.QSorts.AnyAsync(s => s.StudyId == setup.Sid)));
    }

    [Fact]
    public async Task Post_SortOffTheGrid_NamesTheSort()
    {
        var setup = await app.CreateStudyAsync();
        var text = File.ReadAllText(QStudyFixture.FixturePath("qsorts.csv")).Replace("sta_1,-1,-1,2,3,-4", "sta_1,-1,-1,2,3,-5");

        var doc = await (await setup.Facilitator.PostFileAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/import", "SortsFile", "qsorts.csv", text)).HtmlAsync();

        Assert.Equal(["Q-sort 'JP5' puts statement 'sta_1' at -5, which is off the grid (-4 to +4)."], doc.ErrorSummary());
    }

    [Fact]
    public async Task Post_SameNamesTwice_RefusesTheSecondImport()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();

        var doc = await (await setup.Facilitator.PostFileAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/import", "SortsFile", "qsorts.csv", File.ReadAllText(QStudyFixture.FixturePath("qsorts.csv")))).HtmlAsync();

        Assert.Single(doc.ErrorSummary());
        Assert.StartsWith("The study already has a Q-sort named", doc.ErrorSummary()[0]);
        Assert.Equal(9, await app.WithDbAsync(db => db.QSorts.CountAsync(s => s.StudyId == setup.Sid)));
    }
}
