using Poet.Analysis.QMethod;
using Poet.Analysis.QMethod.Formats;
using Poet.Web.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

/// <summary>
/// Issue 19: the analysis page runs qmethod's qmboots (Poet.Analysis's Bootstrap, checked against qmethod in
/// BootstrapTests) on the analysis shown, capped so the page stays fast; bad input gets a message, never a 500.
/// </summary>
public class AnalysisBootstrapTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static string Url(QSetup setup, string query) => $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis?{query}";

    [Fact]
    public async Task Bootstrap_Lipset_ShowsTheSameFiguresAsTheLibrary()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();

        var doc = await (await setup.Facilitator.GetAsync(Url(setup, "factors=2&extraction=pca&rotation=varimax&bootstrap=20&seed=7"))).HtmlAsync();

        // The same nine sorts and grid straight through the library: lipset's qsorts.csv on its -4..+4 grid, in the
        // analysis's order (imported sorts by name), since the resamples draw sorts by position.
        var file = QSortCsv.Read(File.ReadAllText(QStudyFixture.FixturePath("qsorts.csv")));
        var order = Enumerable.Range(0, file.SortCount).OrderBy(q => file.SortNames[q], StringComparer.Ordinal).ToArray();
        var sorts = QSortSet.FromSorts(file.StatementIds, order.Select(q => (file.SortNames[q], (IReadOnlyList<int>)Enumerable.Range(0, file.StatementCount).Select(st => file[st, q]).ToArray())).ToList());
        var us1 = Array.IndexOf(sorts.SortNames.ToArray(), "US1");
        var expected = Bootstrap.Run(sorts, new QAnalysisOptions(2, Grid.FromLowest(-4, QStudyFixture.LipsetCounts)), 20, 7);
        Assert.Equal($"20 resamples (seed 7): {expected.UsedSteps} used, {expected.OrderErrors} left out because one factor matched two.",
            doc.QuerySelector("#bootstrap-summary")!.TextContent.Trim());
        var stability = doc.QuerySelectorAll("#bootstrap-stability tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToArray();
        Assert.Equal([AnalysisModel.F(expected.Factors[0].StabilityIndex), AnalysisModel.F(expected.Factors[0].NormalisedStabilityIndex)], stability[0]);
        var row = doc.QuerySelectorAll("#bootstrap-loadings tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == "US1");
        Assert.Equal($"{AnalysisModel.F(expected.Factors[0].MeanLoadings[us1])} ({AnalysisModel.F(expected.Factors[0].LoadingStandardErrors[us1])})", row.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal(33, doc.QuerySelectorAll("#bootstrap-statements tbody tr").Length);
    }

    [Theory]
    [InlineData("bootstrap=1000", "Enter the number of resamples as a whole number from 1 to 100, such as 100; the poet command runs up to 10000")]
    [InlineData("bootstrap=ten", "Enter the number of resamples as a whole number from 1 to 100, such as 100; the poet command runs up to 10000")]
    [InlineData("bootstrap=10&seed=-3", "Enter the seed as a whole number, such as 1, or leave it blank")]
    [InlineData("bootstrap=10&extraction=centroid", "The bootstrap follows qmethod's qmboots, which extracts principal components; choose principal components extraction to bootstrap.")]
    public async Task Bootstrap_BadInput_SaysWhatToDo(string query, string message)
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();

        var response = await setup.Facilitator.GetAsync(Url(setup, "factors=2&rotation=varimax&" + query));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var doc = await response.HtmlAsync();
        Assert.Equal([message], doc.ErrorSummary());
        Assert.Null(doc.QuerySelector("#bootstrap-summary"));
    }

    [Fact]
    public void ResampleCap_BigStudies_FewerResamples()
    {
        // 500,000 / n², between 5 and 100: 9 sorts 100 (6,172 capped), 150 sorts 22, 1,000 sorts 5 (0 raised).
        Assert.Equal([100, 22, 5], new[] { 9, 150, 1000 }.Select(AnalysisModel.ResampleCap));
    }
}
