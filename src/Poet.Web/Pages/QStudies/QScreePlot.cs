using System.Globalization;
using Poet.Analysis.QMethod;
using Poet.Data.Documents;
using Poet.Web.Pages.UsersCarers;
using SkiaSharp;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// The scree plot for the Word report (issue 19): drawn once onto <see cref="IChartCanvas"/> (ADR 0005)
/// as a PNG, on the scale, layout and marks of the page's <see cref="QScreeChart"/> and the PDF's <see cref="PdfScreeChart"/>:
/// a dashed line at eigenvalue 1, filled circles for the factors in the analysis and hollow ones for the rest, so it
/// does not rest on colour. Its alternative text is <see cref="QScreeChart.Describe"/>, and the table after it gives the figures.
/// </summary>
public static class QScreePlot
{
    public const double Width = QScreeChart.Width, Height = QScreeChart.Height;
    private const double Left = QScreeChart.Left, Right = QScreeChart.Right, Top = QScreeChart.Top, Bottom = QScreeChart.Bottom;
    private const string Ink = "#0b0c0c", GridColour = "#dcdcdc", White = "#ffffff";

    public static void Draw(IChartCanvas c, IReadOnlyList<ScreePoint> points, int chosen)
    {
        if (points.Count == 0) return;
        var top = QScreeChart.AxisTop(points.Max(p => p.Eigenvalue));
        var step = top <= 5 ? 1 : Math.Ceiling(top / 5);
        double X(int factor) => Left + (factor - 0.5) * (Width - Left - Right) / points.Count;
        double Y(double value) => Top + (1 - Math.Max(0, value) / top) * (Height - Top - Bottom);

        c.Circle(Left + 6, 16, 6, QScreeChart.Blue, QScreeChart.Blue);
        c.Text(PdfScreeChart.Chosen, Left + 18, 9, 12);
        c.Circle(Left + 136, 16, 6, QScreeChart.Blue, White);
        c.Text(PdfScreeChart.NotChosen, Left + 148, 9, 12);
        for (var v = 0.0; v <= top + 1e-9; v += step)
        {
            c.Line(Left, Y(v), Width - Right, Y(v), GridColour, 1);
            c.Text(v.ToString(CultureInfo.InvariantCulture), Left - 6, Y(v) - 6, 12, "end");
        }
        c.Line(Left, Y(1), Width - Right, Y(1), Ink, 1, dashed: true);
        c.Text(PdfScreeChart.KaiserLabel, Width - Right, Y(1) - 16, 12, "end");
        c.Line(Left, Top, Left, Height - Bottom, Ink, 1);
        c.Line(Left, Height - Bottom, Width - Right, Height - Bottom, Ink, 1);
        for (var i = 1; i < points.Count; i++)
            c.Line(X(points[i - 1].Factor), Y(points[i - 1].Eigenvalue), X(points[i].Factor), Y(points[i].Eigenvalue), QScreeChart.Blue, 2);
        foreach (var p in points)
        {
            c.Circle(X(p.Factor), Y(p.Eigenvalue), 6, QScreeChart.Blue, p.Factor <= chosen ? QScreeChart.Blue : White);
            c.Text(p.Factor.ToString(CultureInfo.InvariantCulture), X(p.Factor), Height - Bottom + 6, 12, "middle");
        }
        c.Text("Factor", (Left + Width - Right) / 2, Height - 20, 12, "middle");
        c.Text("Eigenvalue", 14, (Top + Height - Bottom) / 2, 12, "middle", vertical: true);
    }

    /// <summary>The plot as a PNG at twice its size in points.</summary>
    public static byte[] Png(IReadOnlyList<ScreePoint> points, int chosen)
    {
        const float scale = 2;
        using var surface = SKSurface.Create(new SKImageInfo((int)(Width * scale), (int)(Height * scale)));
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(scale);
        Draw(new ImportanceDeliveryPlot.SkiaCanvas(surface.Canvas), points, chosen);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
