using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Poet.Analysis.Text;

namespace Poet.Web.Pages.Reports;

/// <summary>
/// The few pieces POET's Word documents are made of: A4 pages, Title/Heading1/Heading2 paragraphs and bordered
/// tables. A new document has no styles, so Heading1/Heading2/TableGrid are defined here or Word shows plain text.
/// </summary>
public static class WordLayout
{
    /// <summary>A4 less 2 cm margins, in twentieths of a point.</summary>
    private const int TextWidth = 9638;

    public static byte[] Write(Action<Body> build)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            main.Document = new Document(body);
            build(body);
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A PNG in its own paragraph, <paramref name="widthPt"/> × <paramref name="heightPt"/> points scaled down to the text
    /// width if wider, with <paramref name="description"/> as its alternative text for screen readers.
    /// </summary>
    public static Paragraph Image(Body body, byte[] png, double widthPt, double heightPt, string title, string description)
    {
        var main = body.Ancestors<Document>().First().MainDocumentPart!;
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png)) part.FeedData(stream);
        var relId = main.GetIdOfPart(part);
        var scale = Math.Min(1, TextWidth / 20.0 / widthPt);
        long cx = (long)(widthPt * scale * 12700), cy = (long)(heightPt * scale * 12700);
        var id = (uint)main.ImageParts.Count();
        var inline = new DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline(
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent { Cx = cx, Cy = cy },
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties { Id = id, Name = PlainText.Clean(title), Description = PlainText.Clean(description) },
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.NonVisualGraphicFrameDrawingProperties(new DocumentFormat.OpenXml.Drawing.GraphicFrameLocks { NoChangeAspect = true }),
            new DocumentFormat.OpenXml.Drawing.Graphic(new DocumentFormat.OpenXml.Drawing.GraphicData(
                new DocumentFormat.OpenXml.Drawing.Pictures.Picture(
                    new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureProperties(
                        new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualDrawingProperties { Id = 0U, Name = $"chart{id}.png", Description = PlainText.Clean(description) },
                        new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureDrawingProperties()),
                    new DocumentFormat.OpenXml.Drawing.Pictures.BlipFill(
                        new DocumentFormat.OpenXml.Drawing.Blip { Embed = relId },
                        new DocumentFormat.OpenXml.Drawing.Stretch(new DocumentFormat.OpenXml.Drawing.FillRectangle())),
                    new DocumentFormat.OpenXml.Drawing.Pictures.ShapeProperties(
                        new DocumentFormat.OpenXml.Drawing.Transform2D(
                            new DocumentFormat.OpenXml.Drawing.Offset { X = 0L, Y = 0L },
                            new DocumentFormat.OpenXml.Drawing.Extents { Cx = cx, Cy = cy }),
                        new DocumentFormat.OpenXml.Drawing.PresetGeometry(new DocumentFormat.OpenXml.Drawing.AdjustValueList()) { Preset = DocumentFormat.OpenXml.Drawing.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(new Run(new Drawing(inline)));
    }

    public static Paragraph Heading(string style, string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text));

    public static Paragraph Para(string text) => new(Run(text));

    /// <summary>Every piece of text in a POET Word document goes through here: characters XML cannot hold are dropped (<see cref="PlainText"/>).</summary>
    public static Run Run(string text, bool bold = false) =>
        bold ? new Run(new RunProperties(new Bold()), new Text(PlainText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve })
             : new Run(new Text(PlainText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A full-width table with a repeating header row; <paramref name="shares"/> sets relative column widths (equal when null).</summary>
    public static Table Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double>? shares = null)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            // Schema order: top, left, bottom, right, insideH, insideV; Append does not reorder.
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        var total = shares?.Sum() ?? headers.Count;
        table.Append(new TableGrid(headers.Select((_, i) => new GridColumn { Width = ((int)(TextWidth * (shares?[i] ?? 1) / total)).ToString() })));
        table.Append(new TableRow([new TableRowProperties(new TableHeader()), .. headers.Select(h => new TableCell(new Paragraph(Run(h, bold: true))))]));
        foreach (var row in rows) table.Append(new TableRow(row.Select(c => new TableCell(new Paragraph(Run(c))))));
        return table;
    }

    private static Styles Styles()
    {
        Style Paragraph(string id, string name, int halfPoints, bool bold, int after) => new(
            new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = after.ToString() }),
            bold ? new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString() }) : new StyleRunProperties(new FontSize { Val = halfPoints.ToString() }))
        { Type = StyleValues.Paragraph, StyleId = id };
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }),
            new StyleRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new FontSize { Val = "22" }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        var grid = new Style(new StyleName { Val = "Table Grid" }, new PrimaryStyle(),
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
        { Type = StyleValues.Table, StyleId = "TableGrid" };
        return new Styles(normal, Paragraph("Title", "Title", 40, true, 240), Paragraph("Heading1", "heading 1", 32, true, 120), Paragraph("Heading2", "heading 2", 26, true, 80), grid);
    }
}
