using Poet.Web.Infrastructure;
using System.Globalization;
using System.Xml.Linq;
using Poet.Analysis.QMethod;
using Poet.Analysis.Text;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// The scree plot: eigenvalues of the unrotated principal components by factor, with a dashed line at eigenvalue 1.
/// Factors in the current analysis are filled circles and the rest hollow, so the choice does not rest on colour;
/// one blue (ColorBrewer RdBu #0571b0) on white. SVG built server-side with presentation attributes only (the CSP
/// forbids style attributes); the page gives the same figures in the table that follows.
/// </summary>
public static class QScreeChart
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    public const string Blue = "#0571b0";
    public const double Width = 560, Height = 280, Left = 56, Right = 16, Top = 40, Bottom = 44;

    public static string Render(string id, IReadOnlyList<ScreePoint> points, int chosen)
    {
        var top = AxisTop(points.Count == 0 ? 1 : points.Max(p => p.Eigenvalue));
        var step = top <= 5 ? 1 : Math.Ceiling(top / 5);
        double X(int factor) => Left + (factor - 0.5) * (Width - Left - Right) / Math.Max(1, points.Count);
        double Y(double value) => Top + (1 - Math.Max(0, value) / top) * (Height - Top - Bottom);

        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(Width)} {N(Height)}"), new XAttribute("width", "100%"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"), new XAttribute("font-size", "12"),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), "Scree plot: eigenvalue of each factor"),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), Describe(points, chosen)));
        svg.Add(Legend());
        for (var v = 0.0; v <= top + 1e-9; v += step)
        {
            svg.Add(Line(Left, Y(v), Width - Right, Y(v), "#dcdcdc"));
            svg.Add(Text(Left - 6, Y(v) + 4, "end", N(v)));
        }
        svg.Add(new XElement(Svg + "line", Attrs(("x1", Left), ("x2", Width - Right), ("y1", Y(1)), ("y2", Y(1))),
            new XAttribute("stroke", "#0b0c0c"), new XAttribute("stroke-dasharray", "6 4"), new XAttribute("data-kaiser", "1")));
        svg.Add(Text(Width - Right, Y(1) - 5, "end", "Eigenvalue 1"));
        svg.Add(Line(Left, Top, Left, Height - Bottom, "#0b0c0c"), Line(Left, Height - Bottom, Width - Right, Height - Bottom, "#0b0c0c"));
        svg.Add(new XElement(Svg + "polyline", new XAttribute("points", string.Join(" ", points.Select(p => $"{N(X(p.Factor))},{N(Y(p.Eigenvalue))}"))),
            new XAttribute("fill", "none"), new XAttribute("stroke", Blue), new XAttribute("stroke-width", "2")));
        foreach (var p in points)
        {
            svg.Add(new XElement(Svg + "g",
                new XElement(Svg + "title", $"Factor {p.Factor}: eigenvalue {F(p.Eigenvalue)}, {F(p.ExplainedVariance, 1)}% of the variance"),
                new XElement(Svg + "circle", Attrs(("cx", X(p.Factor)), ("cy", Y(p.Eigenvalue)), ("r", 6)),
                    new XAttribute("fill", p.Factor <= chosen ? Blue : "#ffffff"), new XAttribute("stroke", Blue), new XAttribute("stroke-width", "2"),
                    new XAttribute("data-factor", p.Factor))));
            svg.Add(Text(X(p.Factor), Height - Bottom + 16, "middle", p.Factor.ToString(CultureInfo.InvariantCulture)));
        }
        svg.Add(Text((Left + Width - Right) / 2, Height - 8, "middle", "Factor"));
        svg.Add(new XElement(Svg + "text", Attrs(("x", 14), ("y", (Top + Height - Bottom) / 2)), new XAttribute("text-anchor", "middle"),
            new XAttribute("fill", "#0b0c0c"), new XAttribute("transform", $"rotate(-90 14 {N((Top + Height - Bottom) / 2)})"), "Eigenvalue"));
        return svg.ToCleanString();
    }

    /// <summary>The plot in words, for the SVG's description and the figure's caption.</summary>
    public static string Describe(IReadOnlyList<ScreePoint> points, int chosen)
    {
        if (points.Count == 0) return "No eigenvalues to plot.";
        var eigenvalues = points.Select(p => p.Eigenvalue).ToArray();
        var above = FactorCount.EigenvaluesAboveOne(eigenvalues);
        var text = $"Eigenvalues of the first {points.Count} unrotated principal components fall from {F(points[0].Eigenvalue)} for factor 1 to {F(points[^1].Eigenvalue)} for factor {points.Count}. " +
            $"{above} {(above == 1 ? "is" : "are")} above 1 (the dashed line).";
        if (FactorCount.SteepestDrop(eigenvalues) is { } k) text += $" The steepest fall is from factor {k} to factor {k + 1}.";
        return text + $" Filled circles mark the {Wording.Count(chosen, "factor")} in this analysis.";
    }

    /// <summary>The eigenvalue axis's top: a whole number at least 2, then a multiple of 5; the PDF chart uses the same scale.</summary>
    internal static double AxisTop(double max) => max <= 5 ? Math.Max(2, Math.Ceiling(max)) : Math.Ceiling(max / 5) * 5;

    private static IEnumerable<XElement> Legend()
    {
        yield return new XElement(Svg + "circle", Attrs(("cx", Left + 6), ("cy", 16), ("r", 6)), new XAttribute("fill", Blue), new XAttribute("stroke", Blue), new XAttribute("stroke-width", "2"));
        yield return Text(Left + 18, 20, "start", "In this analysis");
        yield return new XElement(Svg + "circle", Attrs(("cx", Left + 136), ("cy", 16), ("r", 6)), new XAttribute("fill", "#ffffff"), new XAttribute("stroke", Blue), new XAttribute("stroke-width", "2"));
        yield return Text(Left + 148, 20, "start", "Not extracted");
    }

    private static XElement Line(double x1, double y1, double x2, double y2, string colour) =>
        new(Svg + "line", Attrs(("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)), new XAttribute("stroke", colour));

    private static XElement Text(double x, double y, string anchor, string text) =>
        new(Svg + "text", Attrs(("x", x), ("y", y)), new XAttribute("text-anchor", anchor), new XAttribute("fill", "#0b0c0c"), text);

    private static IEnumerable<XAttribute> Attrs(params (string Name, double Value)[] attrs) => attrs.Select(a => new XAttribute(a.Name, N(a.Value)));

    private static string F(double v, int decimals = 2) => AnalysisModel.F(v, decimals);

    private static string N(double v) => Math.Round(v, 2).ToString(CultureInfo.InvariantCulture);
}
