using System.Globalization;
using System.Xml.Linq;
using Poet.Web.Pages.Reports;

namespace Poet.Web.Tests.Pages.Reports;

public class DivergingBarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Render(params int[][] counts) => XElement.Parse(DivergingBarChart.Render("c1", "Section title", "What the chart shows",
        counts.Select((c, i) => new ChartBar($"2.{i + 1}", $"Statement {i + 1}", c)).ToArray()));

    private static double Width(XElement svg, int bar, int code) =>
        double.Parse(svg.Elements(Svg + "g").ElementAt(bar).Descendants(Svg + "rect").Single(r => (string?)r.Attribute("data-code") == code.ToString()).Attribute("width")!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Render_IsWellFormedSvgWithTitleAndDescription()
    {
        var svg = Render([1, 2, 3, 4, 5]);

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("c1-title c1-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Section title", svg.Element(Svg + "title")!.Value);
        Assert.Equal("What the chart shows", svg.Element(Svg + "desc")!.Value);
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attribute("style") is not null);
    }

    [Fact]
    public void Render_SegmentsAreProportionalToCountsAmongThoseWithAView()
    {   // 2 strongly disagree, 1 disagree, 3 agree, 6 strongly agree of 12 with a view: half width (220) is 100%.
        var svg = Render([2, 1, 5, 3, 6]);

        Assert.Equal(220.0 * 2 / 12, Width(svg, 0, 1), 2);
        Assert.Equal(220.0 * 1 / 12, Width(svg, 0, 2), 2);
        Assert.Equal(220.0 * 3 / 12, Width(svg, 0, 4), 2);
        Assert.Equal(220.0 * 6 / 12, Width(svg, 0, 5), 2);
    }

    [Fact]
    public void Render_DontKnowIsDrawnInItsOwnGreyPanelAsShareOfAllAnswers()
    {   // 5 don't know of 17 answers; the panel is 140 wide and starts at x = 560, right of the agree side.
        var svg = Render([2, 1, 5, 3, 6]);
        var dk = svg.Elements(Svg + "g").First().Descendants(Svg + "rect").Single(r => (string?)r.Attribute("data-code") == "3");

        Assert.Equal("#bababa", (string?)dk.Attribute("fill"));
        Assert.Equal("560", (string?)dk.Attribute("x"));
        Assert.Equal(140.0 * 5 / 17, double.Parse(dk.Attribute("width")!.Value, CultureInfo.InvariantCulture), 2);
    }

    [Fact]
    public void Render_AgreementStartsAtTheCentreLine()
    {
        var svg = Render([0, 0, 0, 4, 0]);
        var agree = svg.Elements(Svg + "g").First().Descendants(Svg + "rect").Single(r => (string?)r.Attribute("data-code") == "4");

        Assert.Equal(DivergingBarChart.Centre.ToString(CultureInfo.InvariantCulture), (string?)agree.Attribute("x"));
        Assert.Equal("220", (string?)agree.Attribute("width"));
    }

    [Fact]
    public void Render_TextIsEscaped()
    {
        var svg = XElement.Parse(DivergingBarChart.Render("c", "A <b> & \"c\"", "d", [new ChartBar("1", "x < y", [1, 1, 1, 1, 1])]));

        Assert.Equal("A <b> & \"c\"", svg.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Render_WithStatements_PrintsEachStatementAboveItsBarWrappedToTheWidth()
    {   // 130 characters wrap at 100 into two lines; the bar starts below both, and the second bar below its own line.
        var longText = "Partners in this partnership share information about families promptly, " +
            "so that nobody has to tell their story twice to different teams.";
        var svg = XElement.Parse(DivergingBarChart.Render("n", "t", "d",
            [new ChartBar("2.1", longText, [1, 1, 1, 1, 1]), new ChartBar("2.2", "We meet often enough.", [0, 0, 0, 1, 0])], statements: true));
        var bars = svg.Elements(Svg + "g").ToList();
        double Y(XElement e) => double.Parse(e.Attribute("y")!.Value, CultureInfo.InvariantCulture);

        var first = bars[0].Elements(Svg + "text").Where(t => (string?)t.Attribute("text-anchor") == "start").Select(t => t.Value).ToList();
        Assert.Equal(["Partners in this partnership share information about families promptly, so that nobody has to tell",
            "their story twice to different teams."], first);
        Assert.Contains(bars[1].Elements(Svg + "text"), t => t.Value == "We meet often enough.");
        var firstBarTop = bars[0].Descendants(Svg + "rect").Min(Y);
        Assert.True(bars[0].Elements(Svg + "text").Where(t => first.Contains(t.Value)).All(t => Y(t) < firstBarTop));
        Assert.True(bars[1].Descendants(Svg + "rect").Min(Y) > firstBarTop + DivergingBarChart.BarHeight + DivergingBarChart.StatementLine);
        // The centre line runs bar by bar, never through a statement's words (a text's y is its baseline; 12 px type).
        var centre = svg.Elements(Svg + "line").Select(l => (Top: double.Parse(l.Attribute("y1")!.Value, CultureInfo.InvariantCulture), Bottom: double.Parse(l.Attribute("y2")!.Value, CultureInfo.InvariantCulture))).ToList();
        var words = bars.SelectMany(b => b.Elements(Svg + "text").Where(t => (string?)t.Attribute("text-anchor") == "start")).Select(Y).ToList();
        Assert.Equal(2, centre.Count);
        Assert.All(words, y => Assert.DoesNotContain(centre, c => y - 12 < c.Bottom && y > c.Top));
    }

    [Fact]
    public void Render_WithoutStatements_ShowsOnlyTheNumberBesideTheBar()
    {
        var svg = Render([1, 2, 3, 4, 5]);

        Assert.DoesNotContain(svg.Descendants(Svg + "text"), t => t.Value == "Statement 1");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "2.1");
    }
}
