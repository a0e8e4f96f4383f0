using Poet.Web.Infrastructure;
using System.Globalization;
using System.Xml.Linq;
using Poet.Analysis.Ordinal;

namespace Poet.Web.Pages.Reports;

/// <summary>One statement's bar: <c>Counts</c> per option code 1..5 of the staff scale.</summary>
public sealed record ChartBar(string Label, string Text, IReadOnlyList<int> Counts);

/// <summary>
/// Diverging stacked bars as SVG, built server-side: disagreement to the left of a centre line and agreement
/// to the right, each as a share of those who gave a view; "Don't know" as a share of all answers in a
/// separate grey panel, so it is neither hidden nor counted as half agreement. ColorBrewer RdBu (4 classes,
/// colour-blind safe). Presentation attributes only: the CSP forbids style attributes.
/// </summary>
public static class DivergingBarChart
{
    public static readonly string[] OptionColours = ["#ca0020", "#f4a582", "#bababa", "#92c5de", "#0571b0"];
    private static readonly bool[] DarkFill = [true, false, false, false, true];
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public const double Width = 720, LabelWidth = 60, HalfWidth = 220, DontKnowX = 560, DontKnowWidth = 140;
    public const double Centre = LabelWidth + 10 + HalfWidth, BarHeight = 22, BarGap = 8, Top = 70;

    /// <summary>Line height of a statement's text above its bar, and the characters that fit on a line at 12 px.</summary>
    public const double StatementLine = 15;
    public const int StatementChars = 100;

    /// <param name="statements">Print each statement's words above its bar (where no table beside the chart says
    /// what the numbers stand for, as on the national picture); otherwise only its number, the text in the tooltip.</param>
    public static string Render(string id, string title, string description, IReadOnlyList<ChartBar> bars, bool statements = false)
    {
        var lines = bars.Select(b => statements ? Wrap(b.Text, StatementChars) : []).ToList();
        var rows = new List<double>(bars.Count);
        var next = Top;
        foreach (var text in lines)
        {
            next += text.Count * StatementLine;
            rows.Add(next);
            next += BarHeight + BarGap;
        }
        var height = next + 30;
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(Width)} {N(height)}"), new XAttribute("width", "100%"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"), new XAttribute("font-size", "12"),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), description));
        svg.Add(Legend());
        svg.Add(Text(Centre, Top - 12, "middle", "← Disagree · Agree → (of those who gave a view)"));
        svg.Add(Text(DontKnowX + DontKnowWidth / 2, Top - 12, "middle", "Don't know (of all answers)"));
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = Bar(bars[i], rows[i]);
            for (var l = 0; l < lines[i].Count; l++)
                bar.Add(Text(LabelWidth + 10, rows[i] - (lines[i].Count - l) * StatementLine + 11, "start", lines[i][l]));
            svg.Add(bar);
        }
        var bottom = next;
        // With the statements' words above the bars, the centre line is drawn bar by bar so it never runs through them.
        if (statements)
            foreach (var y in rows)
                svg.Add(new XElement(Svg + "line", Attrs(("x1", Centre), ("x2", Centre), ("y1", y - 3), ("y2", y + BarHeight + 3)), new XAttribute("stroke", "#0b0c0c")));
        else
            svg.Add(new XElement(Svg + "line", Attrs(("x1", Centre), ("x2", Centre), ("y1", Top - 4), ("y2", bottom)), new XAttribute("stroke", "#0b0c0c")));
        foreach (var tick in new[] { -100, -50, 0, 50, 100 })
            svg.Add(Text(Centre + tick / 100.0 * HalfWidth, bottom + 14, "middle", $"{Math.Abs(tick)}%"));
        svg.Add(Text(DontKnowX, bottom + 14, "start", "0%"), Text(DontKnowX + DontKnowWidth, bottom + 14, "end", "100%"));
        return svg.ToCleanString();
    }

    private static XElement Bar(ChartBar bar, double y)
    {
        var c = bar.Counts;
        var substantive = c[0] + c[1] + c[3] + c[4];
        var answered = substantive + c[2];
        var g = new XElement(Svg + "g", new XElement(Svg + "title", Summary(bar, substantive, answered)));
        g.Add(Text(LabelWidth, y + BarHeight / 2 + 4, "end", bar.Label));
        if (substantive > 0)
        {
            var unit = HalfWidth / substantive;
            var left = Centre - (c[0] + c[1]) * unit;
            foreach (var code in new[] { 0, 1, 3, 4 })
            {
                var w = c[code] * unit;
                if (w > 0) g.Add(Segment(code, left, y, w, c[code], substantive));
                left += w;
            }
        }
        else g.Add(Text(Centre + 6, y + BarHeight / 2 + 4, "start", "No agree or disagree answers"));
        g.Add(new XElement(Svg + "rect", Attrs(("x", DontKnowX), ("y", y), ("width", DontKnowWidth), ("height", BarHeight)),
            new XAttribute("fill", "none"), new XAttribute("stroke", "#b1b4b6")));
        if (answered > 0 && c[2] > 0) g.Add(Segment(2, DontKnowX, y, c[2] * DontKnowWidth / answered, c[2], answered));
        return g;
    }

    private static XElement Segment(int code, double x, double y, double width, int count, int whole)
    {
        var seg = new XElement(Svg + "g", new XElement(Svg + "rect",
            Attrs(("x", x), ("y", y), ("width", width), ("height", BarHeight)), new XAttribute("fill", OptionColours[code]),
            new XAttribute("data-code", code + 1)));
        if (width >= 30)
            seg.Add(new XElement(Svg + "text", Attrs(("x", x + width / 2), ("y", y + BarHeight / 2 + 4)), new XAttribute("text-anchor", "middle"),
                new XAttribute("fill", DarkFill[code] ? "#ffffff" : "#0b0c0c"), Percent(count, whole)));
        return seg;
    }

    private static IEnumerable<XElement> Legend()
    {
        var x = LabelWidth + 10;
        foreach (var option in LikertScale.Staff.Options)
        {
            yield return new XElement(Svg + "rect", Attrs(("x", x), ("y", 10), ("width", 14), ("height", 14)), new XAttribute("fill", OptionColours[option.Code - 1]));
            yield return Text(x + 18, 22, "start", option.Label);
            x += 30 + option.Label.Length * 6.5;
        }
    }

    private static string Summary(ChartBar bar, int substantive, int answered)
    {
        var c = bar.Counts;
        return $"{bar.Label} {bar.Text}: agree {Percent(c[3] + c[4], substantive)}, disagree {Percent(c[0] + c[1], substantive)} of those who gave a view; don't know {Percent(c[2], answered)} of {answered} answers";
    }

    /// <summary>Words split into lines of at most <paramref name="width"/> characters (a longer word keeps its own line).</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    private static string Percent(int part, int whole) => whole == 0 ? "–" : $"{Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero)}%";

    private static XElement Text(double x, double y, string anchor, string text) =>
        new(Svg + "text", Attrs(("x", x), ("y", y)), new XAttribute("text-anchor", anchor), new XAttribute("fill", "#0b0c0c"), text);

    private static IEnumerable<XAttribute> Attrs(params (string Name, double Value)[] attrs) => attrs.Select(a => new XAttribute(a.Name, N(a.Value)));

    private static string N(double v) => Math.Round(v, 2).ToString(CultureInfo.InvariantCulture);
}
