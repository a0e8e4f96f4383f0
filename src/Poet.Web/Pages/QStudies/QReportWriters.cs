using DocumentFormat.OpenXml.Wordprocessing;
using Poet.Analysis.QMethod;
using Poet.Data.Documents;
using Poet.Web.Pages.Reports;

namespace Poet.Web.Pages.QStudies;

/// <summary>What <see cref="QReportDocument"/> writes with, in <see cref="PdfLayout"/>'s terms, so one text makes both the PDF and the Word report.</summary>
public interface IReportWriter
{
    void Heading(string text, TextStyle? style = null);
    void Paragraph(string text, TextStyle? style = null);
    void Table(IReadOnlyList<string> headers, IReadOnlyList<double> shares, IEnumerable<IReadOnlyList<string>> rows);
    void Bullets(IEnumerable<string> items);
    /// <summary>The scree plot, drawn where the writer can draw; the table of its figures follows it in both documents.</summary>
    void Scree(IReadOnlyList<ScreePoint> points, int chosen);
}

public sealed class PdfReportWriter(PdfLayout pdf) : IReportWriter
{
    public void Heading(string text, TextStyle? style = null) => pdf.Heading(text, style);
    public void Paragraph(string text, TextStyle? style = null) => pdf.Paragraph(text, style);
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> shares, IEnumerable<IReadOnlyList<string>> rows) => pdf.Table(headers, shares, rows);
    public void Bullets(IEnumerable<string> items) => pdf.Bullets(items);
    public void Scree(IReadOnlyList<ScreePoint> points, int chosen) => PdfScreeChart.Draw(pdf, points, chosen);
}

/// <summary>PDF title, heading and subheading become Word's Title, Heading 1 and Heading 2, so the document has a navigable outline.</summary>
public sealed class WordReportWriter(Body body) : IReportWriter
{
    public void Heading(string text, TextStyle? style = null) =>
        body.Append(WordLayout.Heading(style == TextStyle.Title ? "Title" : style == TextStyle.Subheading ? "Heading2" : "Heading1", text));

    public void Paragraph(string text, TextStyle? style = null) => body.Append(WordLayout.Para(text));

    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> shares, IEnumerable<IReadOnlyList<string>> rows)
    {
        body.Append(WordLayout.Table(headers, rows, shares));
        // Word joins tables that touch; an empty paragraph keeps them apart.
        body.Append(WordLayout.Para(""));
    }

    public void Bullets(IEnumerable<string> items)
    {
        foreach (var item in items) body.Append(WordLayout.Para("\u2022 " + item));
    }

    /// <summary>The scree plot as a picture (<see cref="QScreePlot"/>) with its description as alternative text; the table that follows gives the same figures in a form Word users can edit.</summary>
    public void Scree(IReadOnlyList<ScreePoint> points, int chosen)
    {
        if (points.Count == 0) return;
        body.Append(WordLayout.Image(body, QScreePlot.Png(points, chosen), QScreePlot.Width, QScreePlot.Height, PdfScreeChart.Title, QScreeChart.Describe(points, chosen)));
    }
}
