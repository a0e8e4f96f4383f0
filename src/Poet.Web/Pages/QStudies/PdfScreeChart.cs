using System.Globalization;
using PdfSharp.Drawing;
using Poet.Analysis.QMethod;
using Poet.Data.Documents;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// The scree plot of <see cref="QScreeChart"/> drawn as vectors in the PDF report, with the same scale, dashed line at
/// eigenvalue 1 and filled (in this analysis) or hollow (not extracted) circles, so print does not rely on colour.
/// </summary>
public static class PdfScreeChart
{
    public const string Title = "Scree plot: eigenvalue of each factor";
    public const string KaiserLabel = "Eigenvalue 1";
    public const string Chosen = "In this analysis", NotChosen = "Not extracted";
    private const double PlotHeight = 150, AxisGap = 24, LegendHeight = 24, Radius = 4;
    private static readonly TextStyle Label = new(7.5);
    private static readonly XColor Blue = XColor.FromArgb(5, 113, 176);
    private static readonly XColor Ink = XColor.FromArgb(11, 12, 12);
    private static readonly XColor GridLine = XColor.FromArgb(220, 220, 220);
    private static readonly XColor White = XColor.FromArgb(255, 255, 255);

    public static void Draw(PdfLayout pdf, IReadOnlyList<ScreePoint> points, int chosen)
    {
        if (points.Count == 0) return;
        var titleHeight = pdf.Height(Title, TextStyle.Subheading, pdf.Width) + 4;
        var y = pdf.Block(titleHeight + LegendHeight + PlotHeight + 2 * AxisGap);
        pdf.TextBlock(Title, TextStyle.Subheading, pdf.Left, y, pdf.Width);
        y += titleHeight;
        var left = pdf.Left + 40;
        var right = pdf.Right - 10;
        Legend(pdf, left, y);
        var top = y + LegendHeight + 6;
        var bottom = top + PlotHeight;
        var axisTop = QScreeChart.AxisTop(points.Max(p => p.Eigenvalue));
        var step = axisTop <= 5 ? 1 : Math.Ceiling(axisTop / 5);
        double X(int factor) => left + (factor - 0.5) * (right - left) / points.Count;
        double Y(double value) => top + (1 - Math.Max(0, value) / axisTop) * PlotHeight;

        for (var v = 0.0; v <= axisTop + 1e-9; v += step)
        {
            pdf.Line(left, Y(v), right, Y(v), GridLine, 0.5);
            var tick = N(v);
            pdf.Text(tick, Label, left - 4 - pdf.MeasureWidth(tick, Label), Y(v) - Label.LineHeight / 2);
        }
        pdf.Line(left, Y(1), right, Y(1), Ink, 0.8, dashed: true);
        pdf.Text(KaiserLabel, Label, right - pdf.MeasureWidth(KaiserLabel, Label), Y(1) - Label.LineHeight - 1);
        pdf.Line(left, top, left, bottom, Ink, 0.8);
        pdf.Line(left, bottom, right, bottom, Ink, 0.8);
        for (var i = 1; i < points.Count; i++)
            pdf.Line(X(points[i - 1].Factor), Y(points[i - 1].Eigenvalue), X(points[i].Factor), Y(points[i].Eigenvalue), Blue, 1.5);
        foreach (var p in points)
        {
            pdf.Circle(X(p.Factor), Y(p.Eigenvalue), Radius, Blue, p.Factor <= chosen ? Blue : White);
            Centred(pdf, p.Factor.ToString(CultureInfo.InvariantCulture), X(p.Factor), bottom + 3);
        }
        Centred(pdf, "Factor", (left + right) / 2, bottom + 3 + Label.LineHeight + 2);
        pdf.Text("Eigenvalue", Label, pdf.Left, top - Label.LineHeight - 6);
        pdf.Space(6);
    }

    private static void Legend(PdfLayout pdf, double x, double y)
    {
        pdf.Circle(x + Radius, y + Radius + 1, Radius, Blue, Blue);
        pdf.Text(Chosen, Label, x + 2 * Radius + 4, y);
        x += 2 * Radius + 4 + pdf.MeasureWidth(Chosen, Label) + 16;
        pdf.Circle(x + Radius, y + Radius + 1, Radius, Blue, White);
        pdf.Text(NotChosen, Label, x + 2 * Radius + 4, y);
    }

    private static void Centred(PdfLayout pdf, string text, double x, double y) => pdf.Text(text, Label, x - pdf.MeasureWidth(text, Label) / 2, y);

    private static string N(double v) => v.ToString(CultureInfo.InvariantCulture);
}
