using Poet.Web.Infrastructure;
using System.Globalization;
using System.Xml.Linq;
using Poet.Analysis.QMethod;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// A factor array drawn as the Q grid it was sorted on: one column per grid value, each statement a numbered cell,
/// highest z-score at the top of its column. SVG built server-side with presentation attributes only (the CSP forbids
/// style attributes); each cell's title holds the statement, and the page gives a table with the same content.
/// </summary>
public static class QGridChart
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const double CellWidth = 64, CellHeight = 28, Gap = 4, Top = 34, Left = 4;

    public static string Render(string id, string title, string description, Grid grid,
        IReadOnlyList<(int Column, IReadOnlyList<(int Number, string Text)> Statements)> array)
    {
        var rows = grid.Counts.DefaultIfEmpty(0).Max();
        var width = Left * 2 + grid.Values.Count * (CellWidth + Gap);
        var height = Top + rows * (CellHeight + Gap) + 8;
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"), new XAttribute("width", "100%"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"), new XAttribute("font-size", "13"),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), description));
        for (var c = 0; c < grid.Values.Count; c++)
        {
            var x = Left + c * (CellWidth + Gap);
            svg.Add(Text(x + CellWidth / 2, 20, Grid.Label(grid.Values[c]), bold: true));
            var statements = array.FirstOrDefault(a => a.Column == grid.Values[c]).Statements ?? [];
            for (var r = 0; r < grid.Counts[c]; r++)
            {
                var y = Top + r * (CellHeight + Gap);
                var cell = new XElement(Svg + "g");
                var filled = r < statements.Count;
                if (filled) cell.Add(new XElement(Svg + "title", $"{statements[r].Number}. {statements[r].Text}"));
                cell.Add(new XElement(Svg + "rect", Attrs(("x", x), ("y", y), ("width", CellWidth), ("height", CellHeight)),
                    new XAttribute("fill", filled ? Fill(grid, c) : "#ffffff"), new XAttribute("stroke", "#505a5f")));
                if (filled) cell.Add(Text(x + CellWidth / 2, y + CellHeight / 2 + 5, statements[r].Number.ToString(CultureInfo.InvariantCulture), bold: false));
                svg.Add(cell);
            }
        }
        return svg.ToCleanString();
    }

    /// <summary>ColorBrewer RdBu ends, pale in the middle so black numbers stay readable everywhere (contrast above 4.5:1).</summary>
    private static string Fill(Grid grid, int column)
    {
        var middle = (grid.Values.Count - 1) / 2.0;
        var side = column - middle;
        return Math.Abs(side) < 0.5 ? "#f7f7f7" : side < 0 ? (Math.Abs(side) > middle / 2 ? "#f4a582" : "#fddbc7") : (side > middle / 2 ? "#92c5de" : "#d1e5f0");
    }

    private static XElement Text(double x, double y, string text, bool bold) =>
        new(Svg + "text", Attrs(("x", x), ("y", y)), new XAttribute("text-anchor", "middle"), new XAttribute("fill", "#0b0c0c"),
            bold ? new XAttribute("font-weight", "bold") : null, text);

    private static IEnumerable<XAttribute> Attrs(params (string Name, double Value)[] attrs) => attrs.Select(a => new XAttribute(a.Name, N(a.Value)));

    private static string N(double v) => Math.Round(v, 2).ToString(CultureInfo.InvariantCulture);
}
