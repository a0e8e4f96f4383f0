using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Web.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

/// <summary>Named analyses: saved from the analysis page, reopened, and one marked as the report's (issue 19).</summary>
public class SavedAnalysesTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string Rotated = "?factors=3&extraction=pca&rotation=none&rotate=1%2C2%3A15";

    [Fact]
    public async Task Save_ThenReport_TheReportShowsTheSavedAnalysis()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        var page = $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis";
        var shown = await (await setup.Facilitator.GetAsync(page + Rotated)).HtmlAsync();
        var query = shown.QuerySelector("form input[name=query]")!.GetAttribute("value")!;

        var saved = await setup.Facilitator.PostFormAsync(page + "?handler=Save", new Dictionary<string, string> { ["name"] = "Three turned", ["query"] = query }, page + Rotated);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var reopened = await (await setup.Facilitator.GetAsync(saved.Location()!)).HtmlAsync();
        Assert.Equal("The analysis has been saved as \u201cThree turned\u201d", reopened.QuerySelector("#notice")!.TextContent.Trim());
        var link = reopened.QuerySelectorAll("#saved a").Single(a => a.TextContent == "Three turned");
        Assert.Contains("rotate=1%2C2%3A15", link.GetAttribute("href")!, StringComparison.Ordinal);
        var row = await app.WithDbAsync(db => db.QSavedAnalyses.SingleAsync(a => a.StudyId == setup.Sid));
        Assert.False(row.IsReported);
        Assert.Equal(query, row.Query);

        // Before one is marked, a report opened without settings shows the default analysis (eigenvalues above 1: 4 factors, no hand rotation).
        var before = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/report")).HtmlAsync();
        Assert.DoesNotContain("turned by hand", before.Body!.TextContent, StringComparison.Ordinal);

        var marked = await setup.Facilitator.PostFormAsync(page + "?handler=Report", new Dictionary<string, string> { ["id"] = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, page + query);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var after = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/report")).HtmlAsync();
        Assert.Contains("no rotation then turned by hand: f1 and f2 by 15\u00b0", after.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, after.QuerySelectorAll("h2.govuk-heading-l").Count(h => h.TextContent.StartsWith("Factor ", StringComparison.Ordinal)));
        Assert.True(await app.WithDbAsync(db => db.QSavedAnalyses.AnyAsync(a => a.Id == row.Id && a.IsReported)));
        var analysis = await (await setup.Facilitator.GetAsync(page)).HtmlAsync();
        Assert.Equal("Reported", analysis.QuerySelector("#saved .govuk-tag")!.TextContent);
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == setup.Pid && a.Action == "qstudy.analysis.report")));
    }

    [Theory]
    [InlineData("  ", "Enter a name for the analysis")]
    [InlineData(null, "Name must be 100 characters or fewer")]
    public async Task Save_BadName_SaysWhatToDo(string? name, string message)
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        var page = $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis";

        var response = await setup.Facilitator.PostFormAsync(page + "?handler=Save", new Dictionary<string, string> { ["name"] = name ?? new string('x', 101), ["query"] = "?factors=2" }, page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.HtmlAsync();
        Assert.Equal([message], doc.ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.QSavedAnalyses.AnyAsync(a => a.StudyId == setup.Sid)));
        Assert.Equal(AnalysisModel.NameMissing, "Enter a name for the analysis");
    }

    [Fact]
    public async Task Report_AnotherStudysAnalysis_IsNotFound()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        var other = await app.CreateStudyAsync();
        await other.ImportLipsetAsync();
        var page = $"/partnerships/{other.Pid}/q-studies/{other.Sid}/analysis";
        await other.Facilitator.PostFormAsync(page + "?handler=Save", new Dictionary<string, string> { ["name"] = "Theirs", ["query"] = "?factors=2" }, page);
        var id = await app.WithDbAsync(db => db.QSavedAnalyses.Where(a => a.StudyId == other.Sid).Select(a => a.Id).SingleAsync());

        var mine = $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis";
        var response = await setup.Facilitator.PostFormAsync(mine + "?handler=Report", new Dictionary<string, string> { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, mine);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
