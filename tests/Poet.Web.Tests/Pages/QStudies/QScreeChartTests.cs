using System.Globalization;
using System.Xml.Linq;
using Poet.Analysis.QMethod;
using Poet.Web.Pages.QStudies;

namespace Poet.Web.Tests.Pages.QStudies;

public class QScreeChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly IReadOnlyList<ScreePoint> Points = FactorCount.Scree([3.5, 2.2, 1.1, 0.8, 0.4]);

    private static double Attr(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Render_IsLabelledSvgWithoutStyleAttributes()
    {
        var svg = XElement.Parse(QScreeChart.Render("s", Points, 2));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("s-title s-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Scree plot: eigenvalue of each factor", svg.Element(Svg + "title")!.Value);
        Assert.Equal(QScreeChart.Describe(Points, 2), svg.Element(Svg + "desc")!.Value);
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attribute("style") is not null);
    }

    [Fact]
    public void Render_ChosenFactorsFilledOthersHollowAndHigherEigenvaluesHigher()
    {
        var svg = XElement.Parse(QScreeChart.Render("s", Points, 2));

        var circles = svg.Descendants(Svg + "circle").Where(c => c.Attribute("data-factor") is not null).ToArray();
        Assert.Equal(["#0571b0", "#0571b0", "#ffffff", "#ffffff", "#ffffff"], circles.Select(c => (string)c.Attribute("fill")!));
        var ys = circles.Select(c => Attr(c, "cy")).ToArray();
        Assert.Equal(ys.Order(), ys);
        var kaiser = svg.Descendants(Svg + "line").Single(l => l.Attribute("data-kaiser") is not null);
        Assert.True(Attr(kaiser, "y1") > ys[2] && Attr(kaiser, "y1") < ys[3]); // 1.1 above the line, 0.8 below
        Assert.Equal("Factor 3: eigenvalue 1.10, 22.0% of the variance", circles[2].Parent!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Describe_SaysRangeKaiserCountSteepestFallAndChoice()
    {
        Assert.Equal("Eigenvalues of the first 5 unrotated principal components fall from 3.50 for factor 1 to 0.40 for factor 5. 3 are above 1 (the dashed line). " +
            "The steepest fall is from factor 1 to factor 2. Filled circles mark the 2 factors in this analysis.", QScreeChart.Describe(Points, 2));
    }
}
