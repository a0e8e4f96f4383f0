using System.Globalization;
using System.Xml.Linq;
using PdfSharp.Drawing;
using Poet.Analysis.Text;
using Poet.Analysis.UsersCarers;
using Poet.Data.Documents;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Reports;
using SkiaSharp;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>One outcome on the plot: its number in the key, and the two shares it is placed by.</summary>
public sealed record PlotPoint(int Number, string Outcome, double VeryImportant, double Happens)
{
    /// <summary>Very important to at least half the families who rated it, yet always or usually happening for fewer than half.</summary>
    public bool ActOn => VeryImportant >= ImportanceDeliveryPlot.Split && Happens < ImportanceDeliveryPlot.Split;
}

/// <summary>
/// The local report's importance-against-delivery plot (issue 18): each outcome a numbered point, placed by the share
/// of families calling it very important (across) and the share saying it always or usually happens (up). The
/// quadrant a board acts on, very important but rarely happening, is shaded and named, so print does not rely on
/// colour. One drawing (<see cref="Draw"/>) feeds three canvases: SVG for the web page, vectors in the PDF and a PNG
/// in the Word file, so the three cannot disagree. Outcomes with either share hidden (fewer than 5 answers) are left out.
/// </summary>
public static class ImportanceDeliveryPlot
{
    public const double Split = 50;
    public const string Title = "What matters against what happens";
    public const string XAxis = "Very important to (% of families who rated it)";
    public const string ShadedKey = "Shaded: very important, but does not happen often enough";
    public const string YAxis = "Always or usually happens (% of those who said)";
    public const double Width = 640, Height = 520;
    private const double Left = 70, Right = 30, Top = 20, Bottom = 80;
    private const string Ink = "#0b0c0c", Shade = "#f6d7d2", GridColour = "#b1b4b6", White = "#ffffff";

    public static IReadOnlyList<PlotPoint> Points(LocalReport r) =>
        r.Families.Analysis.Grid.Where(o => o.ImportanceShown && o.VeryImportantPercent is not null && LocalReport.DeliveredPercent(o) is not null)
            .Select((o, i) => new PlotPoint(i + 1, o.Outcome, o.VeryImportantPercent!.Value, LocalReport.DeliveredPercent(o)!.Value)).ToArray();

    /// <summary>"1. Being treated with kindness and care (very important to 80%, happens for 20%)" for the key under the plot.</summary>
    public static string Key(PlotPoint p) =>
        $"{p.Number}. {p.Outcome} (very important to {ReportFormat.Percent(p.VeryImportant)}, always or usually happens for {ReportFormat.Percent(p.Happens)})";

    /// <summary>What the plot shows, for screen readers (the SVG's description) and the Word image's alternative text.</summary>
    public static string Description(IReadOnlyList<PlotPoint> points)
    {
        var act = points.Where(p => p.ActOn).Select(p => p.Outcome).ToList();
        return $"{Wording.Count(points.Count, "outcome")} placed by how many families call it very important and how many say it always or usually happens. "
               + (act.Count == 0 ? "None is in the shaded corner: very important, but not happening often enough."
                   : $"In the shaded corner, very important but not happening often enough: {string.Join("; ", act)}.");
    }

    /// <summary>The canvas a drawing needs; coordinates in points from the top left, text placed by its top.</summary>
    public interface ICanvas
    {
        void Rect(double x, double y, double w, double h, string fill);
        void Line(double x1, double y1, double x2, double y2, string colour, double width, bool dashed = false);
        void Circle(double cx, double cy, double r, string stroke, string fill);
        /// <param name="anchor">"start", "middle" or "end" of the text at <paramref name="x"/>.</param>
        void Text(string text, double x, double top, double size, string anchor = "start", bool bold = false, bool vertical = false);
    }

    public static void Draw(ICanvas c, IReadOnlyList<PlotPoint> points)
    {
        var (w, h) = (Width - Left - Right, Height - Top - Bottom);
        double X(double v) => Left + v / 100 * w;
        double Y(double v) => Top + (1 - v / 100) * h;
        c.Rect(X(Split), Y(Split), w / 2, h / 2, Shade);
        foreach (var v in new[] { 0.0, 25, 50, 75, 100 })
        {
            c.Line(X(v), Top, X(v), Top + h, GridColour, v == Split ? 1.2 : 0.5, dashed: v == Split);
            c.Line(Left, Y(v), Left + w, Y(v), GridColour, v == Split ? 1.2 : 0.5, dashed: v == Split);
            c.Text($"{v:0}%", X(v), Top + h + 6, 11, "middle");
            c.Text($"{v:0}%", Left - 6, Y(v) - 7, 11, "end");
        }
        c.Line(Left, Top + h, Left + w, Top + h, Ink, 1);
        c.Line(Left, Top, Left, Top + h, Ink, 1);
        c.Text(XAxis, Left + w / 2, Top + h + 26, 12, "middle");
        c.Text(YAxis, 16, Top + h / 2, 12, "middle", vertical: true);
        // The shaded corner is named in a key under the axis, where no point can cover it.
        c.Rect(Left, Top + h + 48, 14, 14, Shade);
        c.Text(ShadedKey, Left + 20, Top + h + 48, 12, bold: true);
        // Outcomes at the same place share one point and one label ("1, 3").
        foreach (var spot in points.GroupBy(p => (Math.Round(p.VeryImportant, 1), Math.Round(p.Happens, 1))))
        {
            var (cx, cy) = (X(spot.Key.Item1), Y(spot.Key.Item2));
            c.Circle(cx, cy, 5, Ink, spot.First().ActOn ? Ink : White);
            var label = string.Join(", ", spot.Select(p => p.Number));
            var right = cx < Left + w - 60;
            c.Text(label, right ? cx + 8 : cx - 8, cy - 16, 12, right ? "start" : "end", bold: true);
        }
    }

    public static string Svg(string id, IReadOnlyList<PlotPoint> points)
    {
        XNamespace ns = "http://www.w3.org/2000/svg";
        var svg = new XElement(ns + "svg", new XAttribute("viewBox", $"0 0 {N(Width)} {N(Height)}"), new XAttribute("width", "100%"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"),
            new XElement(ns + "title", new XAttribute("id", $"{id}-title"), Title),
            new XElement(ns + "desc", new XAttribute("id", $"{id}-desc"), Description(points)));
        Draw(new SvgCanvas(svg, ns), points);
        return svg.ToCleanString();
    }

    /// <summary>Draws the plot as vectors at the layout's current place, with its title, and moves below it.</summary>
    public static void Pdf(PdfLayout pdf, IReadOnlyList<PlotPoint> points)
    {
        var scale = pdf.Width / Width;
        var titleHeight = pdf.Height(Title, TextStyle.Subheading, pdf.Width) + 4;
        var top = pdf.Block(titleHeight + Height * scale + 8);
        pdf.TextBlock(Title, TextStyle.Subheading, pdf.Left, top, pdf.Width);
        Draw(new PdfCanvas(pdf, pdf.Left, top + titleHeight, scale), points);
        pdf.Advance(titleHeight + Height * scale + 8);
    }

    /// <summary>The plot as a PNG at twice its size in points, for the Word file.</summary>
    public static byte[] Png(IReadOnlyList<PlotPoint> points)
    {
        const float scale = 2;
        using var surface = SKSurface.Create(new SKImageInfo((int)(Width * scale), (int)(Height * scale)));
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(scale);
        Draw(new SkiaCanvas(surface.Canvas), points);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed class SvgCanvas(XElement svg, XNamespace ns) : ICanvas
    {
        public void Rect(double x, double y, double w, double h, string fill) =>
            svg.Add(new XElement(ns + "rect", A("x", x), A("y", y), A("width", w), A("height", h), new XAttribute("fill", fill)));

        public void Line(double x1, double y1, double x2, double y2, string colour, double width, bool dashed = false)
        {
            var line = new XElement(ns + "line", A("x1", x1), A("y1", y1), A("x2", x2), A("y2", y2), new XAttribute("stroke", colour), A("stroke-width", width));
            if (dashed) line.Add(new XAttribute("stroke-dasharray", "6 4"));
            svg.Add(line);
        }

        public void Circle(double cx, double cy, double r, string stroke, string fill) =>
            svg.Add(new XElement(ns + "circle", A("cx", cx), A("cy", cy), A("r", r), new XAttribute("stroke", stroke), A("stroke-width", 1.5), new XAttribute("fill", fill)));

        public void Text(string text, double x, double top, double size, string anchor = "start", bool bold = false, bool vertical = false)
        {
            var baseline = top + size * 0.8;
            var t = new XElement(ns + "text", A("x", x), A("y", vertical ? top : baseline), A("font-size", size), new XAttribute("text-anchor", anchor),
                new XAttribute("fill", Ink), text);
            if (bold) t.Add(new XAttribute("font-weight", "bold"));
            if (vertical) t.Add(new XAttribute("transform", $"rotate(-90 {N(x)} {N(top)})"));
            svg.Add(t);
        }

        private static XAttribute A(string name, double v) => new(name, N(v));
    }

    private sealed class PdfCanvas(PdfLayout pdf, double ox, double oy, double scale) : ICanvas
    {
        private static XColor C(string hex) => XColor.FromArgb(Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
        private double X(double x) => ox + x * scale;
        private double Y(double y) => oy + y * scale;

        public void Rect(double x, double y, double w, double h, string fill) => pdf.Rect(X(x), Y(y), w * scale, h * scale, C(fill));

        public void Line(double x1, double y1, double x2, double y2, string colour, double width, bool dashed = false) =>
            pdf.Line(X(x1), Y(y1), X(x2), Y(y2), C(colour), width * scale, dashed);

        public void Circle(double cx, double cy, double r, string stroke, string fill) => pdf.Circle(X(cx), Y(cy), r * scale, C(stroke), C(fill));

        public void Text(string text, double x, double top, double size, string anchor = "start", bool bold = false, bool vertical = false)
        {
            var style = new TextStyle(size * scale, Bold: bold);
            if (vertical)
            {
                pdf.VerticalText(text, style, X(x) - style.Size * 0.8, Y(top));
                return;
            }
            var width = pdf.MeasureWidth(text, style);
            var left = anchor switch { "middle" => X(x) - width / 2, "end" => X(x) - width, _ => X(x) };
            pdf.Text(text, style, left, Y(top));
        }
    }

    /// <summary>Draws onto a SkiaSharp canvas (the PNG in Word files); also used by the Q study report's scree plot.</summary>
    internal sealed class SkiaCanvas(SKCanvas canvas) : ICanvas
    {
        private static readonly Lazy<SKTypeface> Regular = new(() => Face("DejaVuSans"));
        private static readonly Lazy<SKTypeface> Bold = new(() => Face("DejaVuSans-Bold"));

        private static SKTypeface Face(string name)
        {
            using var data = SKData.CreateCopy(new PoetFonts().GetFont(name));
            return SKTypeface.FromData(data);
        }

        private static SKColor C(string hex) => SKColor.Parse(hex);

        public void Rect(double x, double y, double w, double h, string fill)
        {
            using var paint = new SKPaint { Color = C(fill), Style = SKPaintStyle.Fill };
            canvas.DrawRect((float)x, (float)y, (float)w, (float)h, paint);
        }

        public void Line(double x1, double y1, double x2, double y2, string colour, double width, bool dashed = false)
        {
            using var effect = dashed ? SKPathEffect.CreateDash([6, 4], 0) : null;
            using var paint = new SKPaint { Color = C(colour), StrokeWidth = (float)width, Style = SKPaintStyle.Stroke, IsAntialias = true, PathEffect = effect };
            canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, paint);
        }

        public void Circle(double cx, double cy, double r, string stroke, string fill)
        {
            using var inside = new SKPaint { Color = C(fill), Style = SKPaintStyle.Fill, IsAntialias = true };
            using var edge = new SKPaint { Color = C(stroke), Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f, IsAntialias = true };
            canvas.DrawCircle((float)cx, (float)cy, (float)r, inside);
            canvas.DrawCircle((float)cx, (float)cy, (float)r, edge);
        }

        public void Text(string text, double x, double top, double size, string anchor = "start", bool bold = false, bool vertical = false)
        {
            using var font = new SKFont(bold ? Bold.Value : Regular.Value, (float)size);
            using var paint = new SKPaint { Color = C(Ink), IsAntialias = true };
            var align = anchor switch { "middle" => SKTextAlign.Center, "end" => SKTextAlign.Right, _ => SKTextAlign.Left };
            if (vertical)
            {
                canvas.Save();
                canvas.RotateDegrees(-90, (float)x, (float)top);
                canvas.DrawText(text, (float)x, (float)top, align, font, paint);
                canvas.Restore();
                return;
            }
            canvas.DrawText(text, (float)x, (float)(top + size * 0.8), align, font, paint);
        }
    }
}
