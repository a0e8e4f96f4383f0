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

    public static void Draw(IChartCanvas c, IReadOnlyList<PlotPoint> points)
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
        Draw(new SvgChartCanvas(svg, ns, Ink), points);
        return svg.ToCleanString();
    }

    /// <summary>Draws the plot as vectors at the layout's current place, with its title, and moves below it.</summary>
    public static void Pdf(PdfLayout pdf, IReadOnlyList<PlotPoint> points)
    {
        var scale = pdf.Width / Width;
        var titleHeight = pdf.Height(Title, TextStyle.Subheading, pdf.Width) + 4;
        var top = pdf.Block(titleHeight + Height * scale + 8);
        pdf.TextBlock(Title, TextStyle.Subheading, pdf.Left, top, pdf.Width);
        Draw(new PdfChartCanvas(pdf, pdf.Left, top + titleHeight, scale), points);
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

    private static string N(double v) => SvgChartCanvas.N(v);

    /// <summary>A SkiaSharp surface (the Word files' PNG charts), in the DejaVu faces the PDFs use.</summary>
    public sealed class SkiaCanvas(SKCanvas canvas) : IChartCanvas
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
