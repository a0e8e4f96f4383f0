using Microsoft.EntityFrameworkCore;
using Poet.Web.Pages.Sorting;
using Poet.Web.Tests.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Sorting;

public class CheckTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Post_SubmittedTwice_SecondSaysAlreadySubmittedAndKeepsTheSort()
    {
        var setup = await app.CreateStudyAsync();
        var client = await app.StartAsync(setup);
        await client.AboutAsync(setup);
        await client.PilesAsync(setup);
        var columns = QSortFlow.Distribution(QStudyFixture.LipsetCounts);
        await client.GridAsync(setup, columns);
        await client.WhyAsync(setup, new() { ["Comments[1]"] = "It matters most to families" });
        var token = await Http.AntiforgeryTokenAsync(client, $"/q/{setup.Key}/check");
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };

        var first = await client.PostAsync($"/q/{setup.Key}/check", new FormUrlEncodedContent(form));
        var second = await client.PostAsync($"/q/{setup.Key}/check", new FormUrlEncodedContent(form));

        first.AssertRedirect($"/q/{setup.Key}/done");
        second.AssertRedirect($"/q/{setup.Key}");
        var page = await (await client.GetAsync(second.Location())).HtmlAsync();
        Assert.Equal("You have already submitted your Q-sort", page.QuerySelector("h1")!.TextContent.Trim());
        var stored = await app.WithDbAsync(db => db.QSorts.Include(s => s.Placements).SingleAsync(s => s.StudyId == setup.Sid));
        Assert.True(stored.IsSubmitted);
        Assert.Equal(columns.OrderBy(c => c), stored.Placements.Select(p => p.Column!.Value).OrderBy(c => c));
        Assert.Equal("It matters most to families", stored.Placements.Single(p => p.Comment is not null).Comment);
    }

    [Fact]
    public async Task Post_GridNotFinished_ShowsErrorAndDoesNotSubmit()
    {
        var setup = await app.CreateStudyAsync();
        var client = await app.StartAsync(setup);
        await client.AboutAsync(setup);
        await client.PilesAsync(setup);
        await client.GridAsync(setup, QSortFlow.Distribution(QStudyFixture.LipsetCounts));
        await client.WhyAsync(setup);
        await app.WithDbAsync(db => db.QPlacements.Where(p => db.QSorts.Any(s => s.Id == p.SortId && s.StudyId == setup.Sid)).Take(1).ExecuteUpdateAsync(s => s.SetProperty(p => p.Column, (int?)null)));

        var doc = await (await client.PostFormAsync($"/q/{setup.Key}/check", [])).HtmlAsync();

        Assert.Equal([CheckModel.Incomplete], doc.ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.QSorts.AnyAsync(s => s.StudyId == setup.Sid && s.IsSubmitted)));
    }
}
