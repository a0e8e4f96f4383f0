using System.Net;
using Poet.Web.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

/// <summary>Hand rotation on the analysis page, without JavaScript: a GET form of factor pair and degrees (issue 19).</summary>
public class HandRotationTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static string[] Loadings(AngleSharp.Dom.IDocument doc, string sort) =>
        doc.QuerySelectorAll("#loadings tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == sort)
            .QuerySelectorAll("td.govuk-table__cell--numeric").Select(td => td.TextContent).ToArray();

    [Fact]
    public async Task Rotate_Lipset3FactorsBy15Degrees_RedirectsToTheTurnedLoadingsAndRecordsIt()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        var page = $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis";

        var response = await setup.Facilitator.GetAsync(page + "?factors=3&extraction=pca&rotation=none&pair=1,2&degrees=15&hand=rotate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("&rotate=1%2C2%3A15", location, StringComparison.Ordinal);
        var doc = await (await setup.Facilitator.GetAsync(location)).HtmlAsync();
        // Poet.Analysis.Tests HandRotationTests: US1's unrotated (-0.4810, 0.6065) turned by 15° is (-0.3076, 0.7103).
        Assert.Equal(["-0.31", "0.71"], Loadings(doc, "US1").Take(2));
        Assert.Equal(["f1 and f2 by 15\u00b0"], doc.QuerySelectorAll("#hand-rotations li").Select(li => li.TextContent));
        var plot = doc.QuerySelector("#loadings-plot svg[role=img]")!;
        Assert.Equal("Loadings on factors 1 and 2", plot.QuerySelector("title")!.TextContent);
        Assert.Equal(9, plot.QuerySelectorAll("g[data-sort]").Length);
        // The main form keeps the rotation when the analysis is run again.
        Assert.Contains(doc.QuerySelectorAll("input[type=hidden][name=rotate]"), i => i.GetAttribute("value") == "1,2:15");
        var report = await (await setup.Facilitator.GetAsync(location.Replace("/analysis", "/report", StringComparison.Ordinal))).HtmlAsync();
        Assert.Contains("no rotation then turned by hand: f1 and f2 by 15\u00b0, automatic flagging", report.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotate_Twice_ThenUndo_KeepsTheFirst()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        var page = $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis";

        var doc = await (await setup.Facilitator.GetAsync(page + "?factors=3&rotation=none&rotate=1,2:15&rotate=1,3:-5")).HtmlAsync();

        Assert.Equal(["f1 and f2 by 15\u00b0", "f1 and f3 by -5\u00b0"], doc.QuerySelectorAll("#hand-rotations li").Select(li => li.TextContent));
        Assert.Equal("1,3", doc.QuerySelector("#pair option[selected]")!.GetAttribute("value")); // the last rotated pair is plotted
        var undo = doc.QuerySelectorAll("a").Single(a => a.TextContent == "Undo the last rotation").GetAttribute("href")!;
        var undone = await (await setup.Facilitator.GetAsync(undo)).HtmlAsync();
        Assert.Equal(["f1 and f2 by 15\u00b0"], undone.QuerySelectorAll("#hand-rotations li").Select(li => li.TextContent));
    }

    [Theory]
    [InlineData("", AnalysisModel.DegreesMissing)]
    [InlineData("fifteen", AnalysisModel.DegreesNotANumber)]
    [InlineData("400", AnalysisModel.DegreesNotANumber)]
    public async Task Rotate_BadAngle_SaysWhatToEnter(string degrees, string message)
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();

        var response = await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis?factors=2&pair=1,2&hand=rotate&degrees={degrees}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.HtmlAsync();
        Assert.Equal([message], doc.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        Assert.Equal("Error: " + message, doc.QuerySelector("#degrees-error")!.TextContent.Trim());
        Assert.Equal("Enter the angle in degrees, such as 15 or -7.5", AnalysisModel.DegreesMissing);
        Assert.Equal("Enter the angle as a number of degrees between -360 and 360, such as 15 or -7.5", AnalysisModel.DegreesNotANumber);
    }

    [Fact]
    public async Task Get_RotationNamingAMissingFactor_SaysSoAndOffersToClear()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();

        var response = await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis?factors=2&rotate=1,5:10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.HtmlAsync();
        Assert.Contains("A hand rotation names f5, but the analysis has 2 factors.", doc.QuerySelector(".govuk-error-summary__body")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(doc.QuerySelectorAll("a"), a => a.TextContent == "Clear the hand rotations");
    }
}
