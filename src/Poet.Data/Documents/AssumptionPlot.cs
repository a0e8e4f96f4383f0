using System.Xml.Linq;
using Poet.Analysis.Text;
using Poet.Analysis.Workshops;

namespace Poet.Data.Documents;

/// <summary>One rated outcome on the plot: its number in the key and the medians it is placed by.</summary>
public sealed record AssumptionPoint(int Number, string Outcome, int Importance, int Certainty)
{
    public Quadrant Quadrant => AssumptionRatings.QuadrantOf(Importance, Certainty);
    /// <summary>Important but uncertain: the corner assumption surfacing says to debate first.</summary>
    public bool Shaded => Quadrant == Quadrant.ImportantUncertain;
}

/// <summary>
/// The workshop's importance × certainty plot (strategic assumption surfacing, issue 17): each rated outcome a numbered
/// point at its median importance (across) and median certainty that the partnership can deliver it (up), with the four
/// corners named on the plot. The important-but-uncertain corner is shaded and named in the key, and its points are
/// filled, so print does not rely on colour. One <see cref="Draw"/> feeds the projector's and the facilitator's SVG and
/// the results PDF (ADR 0005).
/// </summary>
public static class AssumptionPlot
{
    public const string Title = "Importance and certainty";
    public const string XAxis = "How important (median rating, 1 to 5)";
    public const string YAxis = "How certain we can deliver it (median, 1 to 5)";
    public const string ShadedKey = "Shaded: important, but uncertain the partnership can deliver it";
    public const string MediansNote = "Ratings are in order, not measurements, so POET shows medians (the middle rating) and how many gave each rating, never averages. "
        + "An outcome counts as important, or certain, when its median is 4 or 5.";
    public const double Width = 640, Height = 520;
    private const double Left = 70, Right = 20, Top = 10, Bottom = 80;
    private const double Low = 0.5, High = 5.5, Split = AssumptionRatings.Middle + 0.5;
    private const string Ink = "#0b0c0c", Shade = "#f6d7d2", GridColour = "#b1b4b6", White = "#ffffff";

    /// <summary>"1. Services responding quickly (importance 4, certainty 2: important and uncertain)" for the key.</summary>
    public static string Key(AssumptionPoint p) =>
        $"{p.Number}. {p.Outcome} (importance {p.Importance}, certainty {p.Certainty}: {AssumptionRatings.Label(p.Quadrant).ToLowerInvariant()})";

    /// <summary>What the plot shows, for screen readers.</summary>
    public static string Description(IReadOnlyList<AssumptionPoint> points) =>
        $"{Wording.Count(points.Count, "outcome")} placed by median importance and median certainty. "
        + string.Join(" ", Enum.GetValues<Quadrant>().Select(q => (q, names: points.Where(p => p.Quadrant == q).Select(p => p.Outcome).ToList()))
            .Select(x => $"{AssumptionRatings.Label(x.q)}: {(x.names.Count == 0 ? "none" : string.Join("; ", x.names))}."));

    public static void Draw(IChartCanvas c, IReadOnlyList<AssumptionPoint> points)
    {
        var (w, h) = (Width - Left - Right, Height - Top - Bottom);
        double X(double v) => Left + (v - Low) / (High - Low) * w;
        double Y(double v) => Top + (1 - (v - Low) / (High - Low)) * h;
        c.Rect(X(Split), Y(Split), X(High) - X(Split), Y(Low) - Y(Split), Shade);
        for (var v = 1; v <= AssumptionRatings.ScaleSize; v++)
        {
            c.Line(X(v), Top, X(v), Top + h, GridColour, 0.5);
            c.Line(Left, Y(v), Left + w, Y(v), GridColour, 0.5);
            c.Text($"{v}", X(v), Top + h + 6, 11, "middle");
            c.Text($"{v}", Left - 6, Y(v) - 7, 11, "end");
        }
        c.Line(X(Split), Top, X(Split), Top + h, Ink, 1.2, dashed: true);
        c.Line(Left, Y(Split), Left + w, Y(Split), Ink, 1.2, dashed: true);
        c.Line(Left, Top + h, Left + w, Top + h, Ink, 1);
        c.Line(Left, Top, Left, Top + h, Ink, 1);
        // The corners are named where no point can sit: points are at whole numbers, half a step in from the edges.
        c.Text(AssumptionRatings.Label(Quadrant.LessImportantCertain), Left + 6, Top + 4, 12, bold: true);
        c.Text(AssumptionRatings.Label(Quadrant.ImportantCertain), Left + w - 6, Top + 4, 12, "end", bold: true);
        c.Text(AssumptionRatings.Label(Quadrant.LessImportantUncertain), Left + 6, Top + h - 18, 12, bold: true);
        c.Text(AssumptionRatings.Label(Quadrant.ImportantUncertain), Left + w - 6, Top + h - 18, 12, "end", bold: true);
        c.Text(XAxis, Left + w / 2, Top + h + 26, 12, "middle");
        c.Text(YAxis, 16, Top + h / 2, 12, "middle", vertical: true);
        c.Rect(Left, Top + h + 48, 14, 14, Shade);
        c.Text(ShadedKey, Left + 20, Top + h + 48, 12, bold: true);
        // Outcomes with the same medians share one point and one label ("1, 3").
        foreach (var spot in points.GroupBy(p => (p.Importance, p.Certainty)))
        {
            var (cx, cy) = (X(spot.Key.Importance), Y(spot.Key.Certainty));
            c.Circle(cx, cy, 6, Ink, spot.First().Shaded ? Ink : White);
            var label = string.Join(", ", spot.Select(p => p.Number));
            var right = cx < Left + w - 60;
            c.Text(label, right ? cx + 9 : cx - 9, cy - 18, 13, right ? "start" : "end", bold: true);
        }
    }

    /// <summary>The plot as an SVG element (pass it through the web's CleanXml before writing it out).</summary>
    public static XElement Svg(string id, IReadOnlyList<AssumptionPoint> points)
    {
        XNamespace ns = "http://www.w3.org/2000/svg";
        var svg = new XElement(ns + "svg", new XAttribute("viewBox", $"0 0 {SvgChartCanvas.N(Width)} {SvgChartCanvas.N(Height)}"), new XAttribute("width", "100%"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", $"{id}-title {id}-desc"), new XAttribute("id", id),
            new XAttribute("class", "poet-assumption-plot"),
            new XAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"),
            new XElement(ns + "title", new XAttribute("id", $"{id}-title"), Title),
            new XElement(ns + "desc", new XAttribute("id", $"{id}-desc"), Description(points)));
        Draw(new SvgChartCanvas(svg, ns, Ink), points);
        return svg;
    }

    /// <summary>Draws the plot as vectors at the layout's current place, with its title, and moves below it.</summary>
    public static void Pdf(PdfLayout pdf, IReadOnlyList<AssumptionPoint> points)
    {
        var scale = pdf.Width / Width;
        var titleHeight = pdf.Height(Title, TextStyle.Subheading, pdf.Width) + 4;
        var top = pdf.Block(titleHeight + Height * scale + 8);
        pdf.TextBlock(Title, TextStyle.Subheading, pdf.Left, top, pdf.Width);
        Draw(new PdfChartCanvas(pdf, pdf.Left, top + titleHeight, scale), points);
        pdf.Advance(titleHeight + Height * scale + 8);
    }
}
