using System.Globalization;
using System.Xml.Linq;
using PdfSharp.Drawing;

namespace Poet.Data.Documents;

/// <summary>
/// The canvas a chart draws on once (ADR 0005); coordinates in points from the top left, text placed by its top.
/// <see cref="SvgChartCanvas"/> and <see cref="PdfChartCanvas"/> live here so documents made in Poet.Data can draw
/// charts; the SkiaSharp PNG canvas for Word files is in Poet.Web.
/// </summary>
public interface IChartCanvas
{
    void Rect(double x, double y, double w, double h, string fill);
    void Line(double x1, double y1, double x2, double y2, string colour, double width, bool dashed = false);
    void Circle(double cx, double cy, double r, string stroke, string fill);
    /// <param name="anchor">"start", "middle" or "end" of the text at <paramref name="x"/>.</param>
    void Text(string text, double x, double top, double size, string anchor = "start", bool bold = false, bool vertical = false);
}

/// <summary>SVG elements with presentation attributes only (the CSP allows no style attributes).</summary>
public sealed class SvgChartCanvas(XElement svg, XNamespace ns, string ink = "#0b0c0c") : IChartCanvas
{
    public static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

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
            new XAttribute("fill", ink), text);
        if (bold) t.Add(new XAttribute("font-weight", "bold"));
        if (vertical) t.Add(new XAttribute("transform", $"rotate(-90 {N(x)} {N(top)})"));
        svg.Add(t);
    }

    private static XAttribute A(string name, double v) => new(name, N(v));
}

/// <summary>PdfLayout vectors, the chart placed at (<paramref name="ox"/>, <paramref name="oy"/>) and scaled.</summary>
public sealed class PdfChartCanvas(PdfLayout pdf, double ox, double oy, double scale) : IChartCanvas
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
