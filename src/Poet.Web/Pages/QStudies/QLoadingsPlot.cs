using System.Globalization;
using System.Xml.Linq;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.QStudies;

/// <summary>A Q-sort's loadings on the two plotted factors, and whether it is flagged on either.</summary>
public sealed record LoadingPoint(string Name, double X, double Y, bool Flagged);

/// <summary>
/// The 2-D plot for hand rotation: each Q-sort at its loadings on two factors (across and up, −1 to 1), flagged sorts
/// filled and the rest hollow, named beside the point, with the significance threshold as a dashed square. Built
/// server-side with presentation attributes only (the CSP forbids style attributes); the loadings table gives the
/// same figures.
/// </summary>
public static class QLoadingsPlot
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    public const double Size = 420, Margin = 40;

    public static string Render(string id, int first, int second, IReadOnlyList<LoadingPoint> points, double threshold)
    {
        var inner = Size - 2 * Margin;
        double X(double v) => Margin + (Math.Clamp(v, -1, 1) + 1) / 2 * inner;
        double Y(double v) => Margin + (1 - (Math.Clamp(v, -1, 1) + 1) / 2) * inner;
        var title = $"Loadings on factors {first} and {second}";
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(Size)} {N(Size)}"), new XAttribute("width", "100%"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"), new XAttribute("font-size", "11"),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), Describe(first, second, points)));
        svg.Add(new XElement(Svg + "rect", Attrs(("x", Margin), ("y", Margin), ("width", inner), ("height", inner)), new XAttribute("fill", "none"), new XAttribute("stroke", "#b1b4b6")));
        svg.Add(new XElement(Svg + "rect", Attrs(("x", X(-threshold)), ("y", Y(threshold)), ("width", X(threshold) - X(-threshold)), ("height", Y(-threshold) - Y(threshold))),
            new XAttribute("fill", "none"), new XAttribute("stroke", "#505a5f"), new XAttribute("stroke-dasharray", "4 3"), new XAttribute("data-threshold", N(threshold))));
        svg.Add(Line(X(-1), Y(0), X(1), Y(0)), Line(X(0), Y(-1), X(0), Y(1)));
        foreach (var v in new[] { -1.0, -0.5, 0.5, 1.0 })
        {
            svg.Add(Text(X(v), Y(0) + 14, "middle", N(v)));
            svg.Add(Text(X(0) - 4, Y(v) + 4, "end", N(v)));
        }
        svg.Add(Text(Size - Margin, Y(0) - 6, "end", $"f{first}"));
        svg.Add(Text(X(0) + 6, Margin - 6, "start", $"f{second}"));
        foreach (var p in points)
            svg.Add(new XElement(Svg + "g", new XAttribute("data-sort", p.Name),
                new XElement(Svg + "title", $"{p.Name}: {F(p.X)} on f{first}, {F(p.Y)} on f{second}{(p.Flagged ? ", flagged" : "")}"),
                new XElement(Svg + "circle", Attrs(("cx", X(p.X)), ("cy", Y(p.Y)), ("r", 5)),
                    new XAttribute("fill", p.Flagged ? QScreeChart.Blue : "#ffffff"), new XAttribute("stroke", QScreeChart.Blue), new XAttribute("stroke-width", "2")),
                Text(X(p.X) + 7, Y(p.Y) - 5, "start", p.Name)));
        return svg.ToCleanString();
    }

    /// <summary>The plot in words.</summary>
    public static string Describe(int first, int second, IReadOnlyList<LoadingPoint> points) =>
        $"Each Q-sort at its loading on factor {first} (across) and factor {second} (up), from -1 to 1. Filled circles are flagged sorts; " +
        "the dashed square marks the significance threshold. The loadings table gives the same figures.";

    private static XElement Line(double x1, double y1, double x2, double y2) =>
        new(Svg + "line", Attrs(("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)), new XAttribute("stroke", "#0b0c0c"));

    private static XElement Text(double x, double y, string anchor, string text) =>
        new(Svg + "text", Attrs(("x", x), ("y", y)), new XAttribute("text-anchor", anchor), new XAttribute("fill", "#0b0c0c"), text);

    private static IEnumerable<XAttribute> Attrs(params (string Name, double Value)[] attrs) => attrs.Select(a => new XAttribute(a.Name, N(a.Value)));

    private static string F(double v) => AnalysisModel.F(v);

    private static string N(double v) => Math.Round(v, 2).ToString(CultureInfo.InvariantCulture);
}
