using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Sorting;
using Poet.Web.Tests.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Sorting;

public class PilesTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Post_SomeMissing_SavesTheRestAndNamesTheMissing()
    {
        var setup = await app.CreateStudyAsync();
        var client = await app.StartAsync(setup);
        await client.AboutAsync(setup);
        var fields = Enumerable.Range(1, 33).Where(i => i is not (4 or 20)).ToDictionary(i => $"Piles[{i}]", _ => "AgreeMore");

        var doc = await (await client.PostFormAsync($"/q/{setup.Key}/piles", fields)).HtmlAsync();

        Assert.Equal([PilesModel.ChoosePile(4), PilesModel.ChoosePile(20)], doc.ErrorSummary());
        var piles = await app.WithDbAsync(db => db.QPlacements.Where(p => db.QStatements.Any(s => s.Id == p.StatementId && s.StudyId == setup.Sid)).Select(p => p.Pile).ToListAsync());
        Assert.Equal(31, piles.Count(p => p == QPile.AgreeMore));
    }
}
