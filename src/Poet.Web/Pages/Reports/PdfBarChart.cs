using System.Globalization;
using PdfSharp.Drawing;
using Poet.Analysis.Ordinal;
using Poet.Data.Documents;

namespace Poet.Web.Pages.Reports;

/// <summary>
/// The diverging stacked bars of <see cref="DivergingBarChart"/> drawn as vectors into the PDF, in the same colours:
/// disagreement left of the centre line and agreement right, as shares of those who gave a view, and "Don't know"
/// in its own grey bar as a share of all answers. Bars carry the statement number; the table after the chart has the text.
/// </summary>
public static class PdfBarChart
{
    public static readonly TextStyle Label = new(7.5);
    private static readonly TextStyle AxisHeading = new(7.5, Bold: true);
    private const double NumberWidth = 30, HalfWidth = 150, DontKnowGap = 26, BarHeight = 12, BarGap = 4, RowHeight = 16, Swatch = 8;
    /// <summary>Most bars in one block, which then still fits an A4 page under the section heading; a longer section's
    /// chart is split evenly over as few pages as it needs rather than running off the page.</summary>
    public const int BarsPerBlock = 34;

    public const string Axis = "← Disagree · Agree → (of those who gave a view)";
    public const string DontKnowAxis = "Don't know (of all answers)";

    private static readonly XColor[] Colours = DivergingBarChart.OptionColours.Select(FromHex).ToArray();
    private static readonly XColor White = XColor.FromArgb(255, 255, 255);
    private static readonly bool[] DarkFill = [true, false, false, false, true];

    public static void Draw(PdfLayout pdf, string title, string description, IReadOnlyList<ChartBar> bars)
    {
        var perBlock = (int)Math.Ceiling(bars.Count / Math.Ceiling(bars.Count / (double)BarsPerBlock));
        for (var start = 0; start < bars.Count; start += perBlock)
        {
            var chunk = bars.Skip(start).Take(perBlock).ToArray();
            var heading = start == 0 ? title : $"{title} (continued)";
            var text = start == 0 ? description : "";
            var height = pdf.Height(heading, TextStyle.Subheading, pdf.Width) + 4 + (text.Length > 0 ? pdf.Height(text, TextStyle.Small, pdf.Width) + 4 : 0)
                         + 2 * RowHeight + chunk.Length * (BarHeight + BarGap) + RowHeight;
            var y = pdf.Block(height);
            y += pdf.TextBlock(heading, TextStyle.Subheading, pdf.Left, y, pdf.Width) + 4;
            if (text.Length > 0) y += pdf.TextBlock(text, TextStyle.Small, pdf.Left, y, pdf.Width) + 4;
            Legend(pdf, y);
            Bars(pdf, y + RowHeight, chunk);
            pdf.Space(8);
        }
    }

    private static void Legend(PdfLayout pdf, double y)
    {
        var x = pdf.Left + NumberWidth;
        foreach (var option in LikertScale.Staff.Options)
        {
            pdf.Rect(x, y + 1, Swatch, Swatch, Colours[option.Code - 1]);
            pdf.Text(option.Label, Label, x + Swatch + 3, y);
            x += Swatch + 3 + pdf.MeasureWidth(option.Label, Label) + 12;
        }
    }

    private static void Bars(PdfLayout pdf, double y, IReadOnlyList<ChartBar> bars)
    {
        var centre = pdf.Left + NumberWidth + HalfWidth;
        var dkX = centre + HalfWidth + DontKnowGap;
        var dkWidth = pdf.Right - dkX;
        Centred(pdf, Axis, AxisHeading, centre, y);
        Centred(pdf, DontKnowAxis, AxisHeading, dkX + dkWidth / 2, y);
        var top = y + RowHeight;
        var bottom = top + bars.Count * (BarHeight + BarGap) - BarGap;
        foreach (var tick in new[] { -100, -50, 50, 100 }) pdf.Rule(centre + tick / 100.0 * HalfWidth, top - 2, centre + tick / 100.0 * HalfWidth, bottom + 2);

        for (var i = 0; i < bars.Count; i++)
        {
            var barTop = top + i * (BarHeight + BarGap);
            var textTop = barTop + (BarHeight - Label.Size * 1.17) / 2;
            pdf.Text(bars[i].Label, Label, centre - HalfWidth - 4 - pdf.MeasureWidth(bars[i].Label, Label), textTop);
            var c = bars[i].Counts;
            var substantive = c[0] + c[1] + c[3] + c[4];
            var answered = substantive + c[2];
            if (substantive > 0)
            {
                var unit = HalfWidth / substantive;
                var x = centre - (c[0] + c[1]) * unit;
                foreach (var code in new[] { 0, 1, 3, 4 })
                {
                    var w = c[code] * unit;
                    if (w <= 0) continue;
                    pdf.Rect(x, barTop, w, BarHeight, Colours[code]);
                    var label = Percent(c[code], substantive);
                    if (w >= 20) pdf.Text(label, Label, x + (w - pdf.MeasureWidth(label, Label)) / 2, textTop, DarkFill[code] ? White : null);
                    x += w;
                }
            }
            else pdf.Text("No agree or disagree answers", Label, centre + 4, textTop);

            pdf.Rect(dkX, barTop, dkWidth, BarHeight, null);
            if (answered == 0) continue;
            var dk = c[2] * dkWidth / answered;
            if (dk > 0) pdf.Rect(dkX, barTop, dk, BarHeight, Colours[2]);
            var dkLabel = Percent(c[2], answered);
            var labelWidth = pdf.MeasureWidth(dkLabel, Label);
            pdf.Text(dkLabel, Label, dk >= labelWidth + 6 ? dkX + (dk - labelWidth) / 2 : dkX + dk + 3, textTop);
        }
        pdf.Rule(centre, top - 4, centre, bottom + 2, strong: true);
        foreach (var tick in new[] { -100, -50, 0, 50, 100 })
            Centred(pdf, $"{Math.Abs(tick)}%", Label, centre + tick / 100.0 * HalfWidth, bottom + 4);
        pdf.Text("0%", Label, dkX, bottom + 4);
        pdf.Text("100%", Label, dkX + dkWidth - pdf.MeasureWidth("100%", Label), bottom + 4);
    }

    private static void Centred(PdfLayout pdf, string text, TextStyle style, double x, double y) =>
        pdf.Text(text, style, x - pdf.MeasureWidth(text, style) / 2, y);

    private static string Percent(int part, int whole) => $"{Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero)}%";

    private static XColor FromHex(string hex) =>
        XColor.FromArgb(int.Parse(hex[1..3], NumberStyles.HexNumber), int.Parse(hex[3..5], NumberStyles.HexNumber), int.Parse(hex[5..7], NumberStyles.HexNumber));
}
