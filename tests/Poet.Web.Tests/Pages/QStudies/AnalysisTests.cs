using System.Globalization;
using System.Text.Json;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

/// <summary>The lipset sorts (qmethod's bundled data) imported into a study; expected values from qmethod 1.8.4 (Fixtures/QMethod/expected-pca-varimax-2f.json).</summary>
public class AnalysisTests(PoetApp app) : IClassFixture<PoetApp>
{
    public static JsonElement Expected(string table) =>
        JsonDocument.Parse(File.ReadAllText(QStudyFixture.FixturePath("expected-pca-varimax-2f.json"))).RootElement.GetProperty(table);

    [Fact]
    public async Task Get_LipsetTwoFactors_ShowsQmethodsLoadingsAndFlags()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();

        var doc = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis?factors=2&extraction=pca&rotation=varimax")).HtmlAsync();

        var expected = Expected("rotated_loadings");
        var flags = Expected("flagged").GetProperty("values");
        var names = expected.GetProperty("row_names").EnumerateArray().Select(n => n.GetString()!).ToArray();
        for (var q = 0; q < names.Length; q++)
        {
            var row = doc.QuerySelectorAll("#loadings tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == names[q]);
            var shown = row.QuerySelectorAll("td.govuk-table__cell--numeric").Select(td => td.TextContent).ToArray();
            var values = expected.GetProperty("values")[q].EnumerateArray().Select(v => v.GetDouble().ToString("F2", CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(values, shown);
            var ticked = row.QuerySelectorAll("input[name=flag]").Select(i => i.HasAttribute("checked")).ToArray();
            Assert.Equal(flags[q].EnumerateArray().Select(f => f.GetBoolean()), ticked);
        }
        Assert.Equal(2, doc.QuerySelectorAll("#factor-1, #factor-2").Length);
        Assert.NotNull(doc.QuerySelector("svg[role=img] title#factor-1-grid-title"));
        Assert.Equal("5", doc.QuerySelectorAll("#characteristics tbody tr")[0].QuerySelectorAll("td")[0].TextContent);
    }

    [Fact]
    public async Task Get_LipsetTwoFactors_ShowsEachFactorsCribSheet()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();

        var doc = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis?factors=2")).HtmlAsync();

        Assert.NotNull(doc.QuerySelector("#factor-1-crib"));
        var tables = doc.QuerySelectorAll("table").Where(t => t.QuerySelector("caption")?.TextContent.StartsWith("Factor 1: ranked", StringComparison.Ordinal) == true).ToArray();
        Assert.Equal(["Factor 1: ranked at +4", "Factor 1: ranked higher than in every other factor", "Factor 1: ranked lower than in every other factor", "Factor 1: ranked at -4"],
            tables.Select(t => t.QuerySelector("caption")!.TextContent));
        // CribSheetsTests (from qmethod's zsc_n): f1's +4 column is sta_33 then sta_24, both at +1 on f2; 14 statements higher than on f2.
        var top = tables[0].QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToArray();
        Assert.Equal([$"33. {setup.Statements[32]}", "+4", "f2 +1"], top[0]);
        Assert.StartsWith("24. ", top[1][0], StringComparison.Ordinal);
        Assert.Equal(14, tables[1].QuerySelectorAll("tbody tr").Length);
    }

    // Issue 16, point 5: centroid factors reoriented unlike qmethod 1.8.4 must be named, and "keep qmethod's orientation" offered.
    [Fact]
    public async Task Get_Centroid_SaysWhichFactorsWereTurned_AndKeepsQmethodsOrientationOnRequest()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        var page = $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis?factors=2&extraction=centroid&rotation=varimax";

        var oriented = await (await setup.Facilitator.GetAsync(page)).HtmlAsync();
        var kept = await (await setup.Facilitator.GetAsync(page + "&orientation=qmethod")).HtmlAsync();

        string[] Warnings(AngleSharp.Dom.IDocument d) => d.QuerySelectorAll(".govuk-warning-text__text").Select(w => w.TextContent.Replace("Warning", "").Trim()).ToArray();
        Assert.Contains(Warnings(oriented), w => w.StartsWith("Unlike qmethod 1.8.4, which leaves centroid factors as extracted, POET turns each factor", StringComparison.Ordinal) && w.Contains("is qmethod's f"));
        Assert.DoesNotContain(Warnings(kept), w => w.StartsWith("Unlike qmethod", StringComparison.Ordinal));
        Assert.True(kept.QuerySelector("#orientation")!.HasAttribute("checked"));
        Assert.False(oriented.QuerySelector("#orientation")!.HasAttribute("checked"));
        Assert.Contains(kept.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("report.pdf") && a.GetAttribute("href")!.Contains("orientation=qmethod"));
    }

    [Fact]
    public async Task Get_ManualFlags_OverrideTheAutomaticOnes()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();

        // Only FR9 (sort 9, unflagged automatically) on factor 1, and US3 (sort 3) on factor 2.
        var doc = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis?factors=2&flagging=manual&flag=9-1&flag=3-2&flag=4-2")).HtmlAsync();

        var ticked = doc.QuerySelectorAll("input[name=flag][checked]").Select(i => i.GetAttribute("value")).ToArray();
        Assert.Equal(["3-2", "4-2", "9-1"], ticked.Order());
        Assert.Equal("1", doc.QuerySelectorAll("#characteristics tbody tr")[0].QuerySelectorAll("td")[0].TextContent);
    }

    [Fact]
    public async Task Get_ScreeAndHumphrey_ShowEigenvaluesOfAllCandidateFactors()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();

        var doc = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis?factors=2")).HtmlAsync();

        var eigen = Expected("eigenvalues_all").EnumerateArray().Select(v => v.GetDouble().ToString("F2", CultureInfo.InvariantCulture)).Take(7);
        Assert.Equal(eigen, doc.QuerySelectorAll("#scree tbody tr").Select(tr => tr.QuerySelectorAll("td")[0].TextContent));
        Assert.Contains("Significant", doc.QuerySelectorAll("#scree tbody tr")[0].QuerySelectorAll("td")[4].TextContent);
    }

    [Fact]
    public async Task Get_ScreePlot_PlotsTheTablesEigenvaluesAndFillsTheChosenFactors()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();

        var doc = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis?factors=3")).HtmlAsync();

        var circles = doc.QuerySelectorAll("#scree-plot svg circle[data-factor]");
        Assert.Equal(7, circles.Length);
        Assert.Equal(3, circles.Count(c => c.GetAttribute("fill") == "#0571b0"));
        Assert.StartsWith("Factor 1: eigenvalue 2.38,", circles[0].ParentElement!.QuerySelector("title")!.TextContent);
        Assert.Equal("Eigenvalues of the first 7 unrotated principal components fall from 2.38 for factor 1 to 0.40 for factor 7. 4 are above 1 (the dashed line). " +
            "The steepest fall is from factor 2 to factor 3. Filled circles mark the 3 factors in this analysis. The table below gives the same figures.",
            doc.QuerySelector("#scree-plot figcaption")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_FewerThanFiveLoading_HidesSmallGroupsButNotReasons()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();

        var doc = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis?factors=2")).HtmlAsync();

        // Issue 13: the research team reads reasons whatever the factor's size; imported sorts carry none.
        Assert.DoesNotContain("Fewer than 5 Q-sorts load on this factor", doc.QuerySelector("main")!.TextContent);
        Assert.Contains("No reasons given by the Q-sorts on this factor.", doc.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(doc.QuerySelectorAll("table caption").Where(c => c.TextContent == "By role").Select(c => c.ParentElement!.QuerySelectorAll("tbody td")[1].TextContent), t => t != "Hidden");
    }
}
