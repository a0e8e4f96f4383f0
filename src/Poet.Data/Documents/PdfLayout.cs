using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Poet.Analysis.Text;

namespace Poet.Data.Documents;

public sealed record TextStyle(double Size, bool Bold = false, bool Grey = false)
{
    public static readonly TextStyle Title = new(18, Bold: true);
    public static readonly TextStyle Heading = new(13, Bold: true);
    public static readonly TextStyle Subheading = new(10.5, Bold: true);
    public static readonly TextStyle Body = new(10);
    public static readonly TextStyle Small = new(8, Grey: true);

    public double LineHeight => Size * 1.35;
}

public sealed record PlacedText(int Page, double X, double Y, string Text);

/// <summary>A finished PDF plus every line of text placed in it, so tests can check wording without parsing PDF.</summary>
public sealed record PdfFile(byte[] Bytes, int PageCount, IReadOnlyList<PlacedText> Text)
{
    /// <summary>True when the phrase was placed, even if it was wrapped over several lines.</summary>
    public bool Mentions(string phrase) => Flatten(string.Join(" ", Text.Select(t => t.Text))).Contains(Flatten(phrase), StringComparison.Ordinal);

    private static string Flatten(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// A small top-to-bottom layout over PDFsharp for A4 documents: wrapped text, headings, bullets, tick boxes,
/// ruled boxes, simple tables and blocks to draw charts in, breaking pages as it goes. Coordinates are points
/// from the top-left corner.
/// </summary>
public sealed class PdfLayout
{
    public const double Margin = 50;
    private const double FooterHeight = 28;
    public const double BoxSize = 10;

    private static readonly XColor Ink = XColor.FromArgb(11, 12, 12);
    private static readonly XColor GreyInk = XColor.FromArgb(70, 70, 70);
    private static readonly XPen Thin = new(XColor.FromArgb(120, 120, 120), 0.5);
    private static readonly XPen Box = new(Ink, 0.9);

    private readonly PdfDocument _doc = new();
    private readonly List<PlacedText> _text = [];
    private readonly Dictionary<TextStyle, XFont> _fonts = [];
    private XGraphics _gfx = null!;

    public PdfLayout(string title)
    {
        PoetFonts.Register();
        _doc.Info.Title = title;
        _doc.Info.Creator = "POET";
        NewPage();
    }

    public double Y { get; private set; }
    public double Left => Margin;
    public double Width => PageWidth - 2 * Margin;
    public double Right => PageWidth - Margin;
    public int PageNumber { get; private set; }
    private double PageWidth => _doc.Pages[0].Width.Point;
    private double PageHeight => _doc.Pages[0].Height.Point;
    private double Bottom => PageHeight - Margin - FooterHeight;

    /// <summary>Drawn at the top of every page started from now on, however the page was started (a form's reference).</summary>
    public Action? PageHeader { get; set; }

    public void NewPage()
    {
        _gfx?.Dispose();
        var page = _doc.AddPage();
        page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(page);
        PageNumber = _doc.PageCount;
        Y = Margin;
        PageHeader?.Invoke();
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits; true when it did.</summary>
    public bool EnsureRoom(double height)
    {
        if (Y + height <= Bottom || Y <= Margin) return false;
        NewPage();
        return true;
    }

    /// <summary>Reserves <paramref name="height"/> for a drawing that must not be split (a chart), starting a new page
    /// if it does not fit here, and returns the block's top.</summary>
    public double Block(double height)
    {
        EnsureRoom(height);
        var top = Y;
        Y += height;
        return top;
    }

    public void Space(double points) => Y = Math.Min(Y + points, Bottom);

    public void Advance(double points) => Y += points;

    public XFont Font(TextStyle style)
    {
        if (!_fonts.TryGetValue(style, out var font))
            _fonts[style] = font = new XFont("DejaVu Sans", style.Size, style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
        return font;
    }

    public double MeasureWidth(string text, TextStyle style) => _gfx.MeasureString(PlainText.Clean(text), Font(style)).Width;

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>; a newline starts a new line.</summary>
    public IReadOnlyList<string> Wrap(string text, TextStyle style, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in PlainText.Clean(text).Replace("\r", "").Replace('\t', ' ').Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (MeasureWidth(candidate, style) <= width) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (line.Length > 1 && MeasureWidth(line, style) > width)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && MeasureWidth(line[..fit], style) > width) fit--;
                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    public double Height(string text, TextStyle style, double width) => Wrap(text, style, width).Count * style.LineHeight;

    /// <summary>Draws one line with its top at <paramref name="y"/>; no wrapping, no page break.</summary>
    public void Text(string text, TextStyle style, double x, double y, XColor? colour = null)
    {
        text = PlainText.Clean(text).Replace('\t', ' ');
        if (text.Length == 0) return;
        _gfx.DrawString(text, Font(style), new XSolidBrush(colour ?? (style.Grey ? GreyInk : Ink)), x, y, XStringFormats.TopLeft);
        _text.Add(new PlacedText(PageNumber, x, y, text));
    }

    /// <summary>One line reading upwards, centred on <paramref name="y"/>, its top edge at <paramref name="x"/> (an axis title).</summary>
    public void VerticalText(string text, TextStyle style, double x, double y)
    {
        text = PlainText.Clean(text).Replace('\t', ' ');
        if (text.Length == 0) return;
        var width = MeasureWidth(text, style);
        var state = _gfx.Save();
        _gfx.RotateAtTransform(-90, new XPoint(x, y));
        _gfx.DrawString(text, Font(style), new XSolidBrush(style.Grey ? GreyInk : Ink), x - width / 2, y, XStringFormats.TopLeft);
        _gfx.Restore(state);
        _text.Add(new PlacedText(PageNumber, x, y, text));
    }

    /// <summary>Draws wrapped text at a fixed place (e.g. a table cell) and returns its height; no page break.</summary>
    public double TextBlock(string text, TextStyle style, double x, double y, double width)
    {
        var lines = Wrap(text, style, width);
        for (var i = 0; i < lines.Count; i++) Text(lines[i], style, x, y + i * style.LineHeight);
        return lines.Count * style.LineHeight;
    }

    private readonly Dictionary<string, XImage> _images = [];

    /// <summary>
    /// Draws a PNG at (x, y) scaled to width × height. Each named image is embedded once however many pages show it:
    /// every page refers to the same image object.
    /// </summary>
    public void Image(string name, Func<byte[]> png, double x, double y, double width, double height)
    {
        if (!_images.TryGetValue(name, out var image))
            _images[name] = image = XImage.FromStream(new MemoryStream(png()));
        _gfx.DrawImage(image, x, y, width, height);
    }

    public void TickBox(double x, double y) => _gfx.DrawRectangle(Box, x, y, BoxSize, BoxSize);

    public void Rule(double x1, double y1, double x2, double y2, bool strong = false) => _gfx.DrawLine(strong ? Box : Thin, x1, y1, x2, y2);

    /// <summary>A rectangle filled with <paramref name="fill"/>, or only outlined when it is null.</summary>
    public void Rect(double x, double y, double width, double height, XColor? fill)
    {
        if (fill is { } f) _gfx.DrawRectangle(new XSolidBrush(f), x, y, width, height);
        else _gfx.DrawRectangle(Thin, x, y, width, height);
    }

    /// <summary>A line in any colour and width, dashed if asked; for charts (<see cref="Rule"/> draws the grey rules of tables).</summary>
    public void Line(double x1, double y1, double x2, double y2, XColor colour, double width, bool dashed = false) =>
        _gfx.DrawLine(new XPen(colour, width) { DashStyle = dashed ? XDashStyle.Dash : XDashStyle.Solid }, x1, y1, x2, y2);

    /// <summary>A circle outlined in <paramref name="stroke"/> and filled with <paramref name="fill"/> when it is not null.</summary>
    public void Circle(double cx, double cy, double radius, XColor stroke, XColor? fill)
    {
        var pen = new XPen(stroke, 1.5);
        if (fill is { } f) _gfx.DrawEllipse(pen, new XSolidBrush(f), cx - radius, cy - radius, 2 * radius, 2 * radius);
        else _gfx.DrawEllipse(pen, cx - radius, cy - radius, 2 * radius, 2 * radius);
    }

    public void Heading(string text, TextStyle? style = null)
    {
        style ??= TextStyle.Heading;
        var height = Height(text, style, Width);
        if (Y > Margin) Space(style.Size * 0.6);
        EnsureRoom(height + 3 * TextStyle.Body.LineHeight); // never strand a heading at the foot of a page
        Y += TextBlock(text, style, Left, Y, Width) + style.Size * 0.35;
    }

    /// <summary>Flowing text that may continue on the next page, with a little space after it.</summary>
    public void Paragraph(string text, TextStyle? style = null, double indent = 0)
    {
        style ??= TextStyle.Body;
        foreach (var line in Wrap(text, style, Width - indent))
        {
            EnsureRoom(style.LineHeight);
            Text(line, style, Left + indent, Y);
            Y += style.LineHeight;
        }
        Y += style.Size * 0.5;
    }

    public void Bullets(IEnumerable<string> items, TextStyle? style = null)
    {
        style ??= TextStyle.Body;
        const double indent = 14;
        foreach (var item in items)
        {
            var height = Height(item, style, Width - indent);
            EnsureRoom(height);
            Text("•", style, Left + 2, Y);
            Y += TextBlock(item, style, Left + indent, Y, Width - indent) + style.Size * 0.3;
        }
        Y += style.Size * 0.4;
    }

    /// <summary>Options each with a tick box, laid out in <paramref name="columns"/> columns, row by row.</summary>
    public void TickBoxes(IReadOnlyList<string> options, int columns = 2, TextStyle? style = null)
    {
        style ??= TextStyle.Body;
        var cell = Width / columns;
        for (var start = 0; start < options.Count; start += columns)
        {
            var row = options.Skip(start).Take(columns).ToList();
            var height = row.Max(o => Height(o, style, cell - BoxSize - 14)) + 6;
            EnsureRoom(height);
            for (var i = 0; i < row.Count; i++)
            {
                var x = Left + i * cell;
                TickBox(x, Y + 1.5);
                TextBlock(row[i], style, x + BoxSize + 6, Y, cell - BoxSize - 14);
            }
            Y += height;
        }
        Y += 4;
    }

    /// <summary>A label followed by a line to write on, to the right margin.</summary>
    public void WritingLine(string label, TextStyle? style = null)
    {
        style ??= TextStyle.Body;
        EnsureRoom(style.LineHeight * 1.8);
        Y += style.LineHeight * 0.6;
        Text(label, style, Left, Y);
        var start = Left + MeasureWidth(label, style) + 6;
        Rule(start, Y + style.Size * 1.1, Right, Y + style.Size * 1.1);
        Y += style.LineHeight * 1.2;
    }

    /// <summary>A small label over a box with faint lines to write on.</summary>
    public void RuledBox(string label, int lines, TextStyle? style = null)
    {
        const double lineGap = 20;
        style ??= TextStyle.Small;
        var labelHeight = Height(label, style, Width);
        EnsureRoom(labelHeight + lines * lineGap + 8);
        Y += TextBlock(label, style, Left, Y, Width) + 2;
        _gfx.DrawRectangle(Thin, Left, Y, Width, lines * lineGap);
        for (var i = 1; i < lines; i++) Rule(Left + 6, Y + i * lineGap, Right - 6, Y + i * lineGap);
        Y += lines * lineGap + 8;
    }

    /// <summary>A table with a bold header (repeated after a page break); column widths are shares of the text width.
    /// <paramref name="style"/> (body text by default) lets wide tables use a smaller size.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> shares, IEnumerable<IReadOnlyList<string>> rows, TextStyle? style = null)
    {
        const double pad = 4;
        var body = style ?? TextStyle.Body;
        var head = style is null ? TextStyle.Subheading : style with { Bold = true };
        var all = rows.ToList();
        var widths = ColumnWidths(headers, shares, all, head, body, pad);
        double RowHeight(IReadOnlyList<string> cells, TextStyle style) =>
            cells.Select((c, i) => Height(c, style, widths[i] - 2 * pad)).Max() + 2 * pad;
        void DrawRow(IReadOnlyList<string> cells, TextStyle style)
        {
            var height = RowHeight(cells, style);
            var x = Left;
            for (var i = 0; i < cells.Count; i++)
            {
                TextBlock(cells[i], style, x + pad, Y + pad, widths[i] - 2 * pad);
                x += widths[i];
            }
            Y += height;
            Rule(Left, Y, Right, Y);
        }

        var headerHeight = RowHeight(headers, head);
        EnsureRoom(headerHeight + 2 * body.LineHeight);
        Rule(Left, Y, Right, Y);
        DrawRow(headers, head);
        foreach (var row in all)
        {
            if (EnsureRoom(RowHeight(row, body))) DrawRow(headers, head);
            DrawRow(row, body);
        }
        Y += 8;
    }

    private readonly List<int> _partStarts = [];

    /// <summary>
    /// Starts a part numbered on its own from the current page: a postal pack is many forms, each mailed alone, so
    /// each says "Page 1 of 5" (issue 18: "Page 6 of 15" was form 2's first page).
    /// </summary>
    public void StartPart() => _partStarts.Add(PageNumber);

    /// <summary>Where page <paramref name="page"/> stands in its part (the whole document when there are no parts).</summary>
    private (int Page, int Of) PageInPart(int page, int count)
    {
        var first = _partStarts.Where(p => p <= page).DefaultIfEmpty(1).Max();
        var next = _partStarts.Where(p => p > page).DefaultIfEmpty(count + 1).Min();
        return (page - first + 1, next - first);
    }

    /// <summary>
    /// Column widths from <paramref name="shares"/> of the text width, widened where the longest word of a column (its
    /// header included) would not fit, so "Significance" is never split into "Significa" and "nce"; the room comes from
    /// columns with space to spare, in proportion to it. When the words cannot all fit, the shares stand.
    /// </summary>
    private double[] ColumnWidths(IReadOnlyList<string> headers, IReadOnlyList<double> shares, IReadOnlyList<IReadOnlyList<string>> rows, TextStyle head, TextStyle body, double pad)
    {
        var total = shares.Sum();
        var widths = shares.Select(s => Width * s / total).ToArray();
        double Longest(string text, TextStyle style) =>
            PlainText.Clean(text).Split((char[]?)[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => MeasureWidth(w, style)).DefaultIfEmpty(0).Max();
        var need = widths.Select((_, i) => Math.Max(i < headers.Count ? Longest(headers[i], head) : 0,
            rows.Select(r => i < r.Count ? Longest(r[i], body) : 0).DefaultIfEmpty(0).Max()) + 2 * pad + 0.5).ToArray();
        if (need.Sum() > Width) return widths;
        var shortBy = widths.Select((w, i) => Math.Max(0, need[i] - w)).Sum();
        if (shortBy <= 0) return widths;
        var spare = widths.Select((w, i) => Math.Max(0, w - need[i])).ToArray();
        var spareTotal = spare.Sum();
        return widths.Select((w, i) => need[i] > w ? need[i] : w - shortBy * spare[i] / spareTotal).ToArray();
    }

    /// <summary>Writes the footer (an optional note and "Page n of N") on every page and returns the PDF.</summary>
    public PdfFile Finish(string? footerNote = null, TextStyle? footerStyle = null)
    {
        _gfx.Dispose();
        var style = footerStyle ?? TextStyle.Small;
        var count = _doc.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_doc.Pages[i], XGraphicsPdfPageOptions.Append);
            (_gfx, PageNumber) = (gfx, i + 1);
            var y = PageHeight - Margin - style.LineHeight + 6;
            var (page, of) = PageInPart(i + 1, count);
            var pageText = $"Page {page} of {of}";
            if (footerNote is not null) Text(Shorten(footerNote, style, Width - MeasureWidth(pageText, style) - 20), style, Left, y);
            Text(pageText, style, Right - MeasureWidth(pageText, style), y);
        }
        using var stream = new MemoryStream();
        _doc.Save(stream, closeStream: false);
        return new PdfFile(stream.ToArray(), count, _text);
    }

    /// <summary>The text cut at a word and ended with "…" so it fits <paramref name="width"/> on one line.</summary>
    private string Shorten(string text, TextStyle style, double width)
    {
        if (MeasureWidth(text, style) <= width) return text;
        var words = text.Split(' ');
        for (var n = words.Length - 1; n > 0; n--)
        {
            var cut = string.Join(' ', words[..n]) + " …";
            if (MeasureWidth(cut, style) <= width) return cut;
        }
        return "…";
    }
}
