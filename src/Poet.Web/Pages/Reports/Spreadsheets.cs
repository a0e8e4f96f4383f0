using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Poet.Analysis.Text;

namespace Poet.Web.Pages.Reports;

/// <summary>Text that a spreadsheet will not run as a formula (OWASP "CSV injection").</summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// Drops characters a spreadsheet cannot hold (<see cref="PlainText"/>; XML forbids most controls), then prefixes an
    /// apostrophe when the text starts like a formula. Cleaning comes first, so "\u001B=1+1" cannot hide its "=".
    /// </summary>
    public static string Escape(string text)
    {
        text = PlainText.Clean(text);
        return text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
    }
}

public static class CsvFile
{
    /// <summary>
    /// RFC 4180 CSV in UTF-8, by default with a byte-order mark so Excel reads names with accents correctly; without
    /// one (<paramref name="byteOrderMark"/> false) for R, whose read.csv otherwise names the first column "X.U.FEFF.".
    /// </summary>
    public static byte[] Write(DataTable table, bool byteOrderMark = true)
    {
        var sb = new StringBuilder();
        void Line(IEnumerable<object?> cells) => sb.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
        Line(table.Headers);
        foreach (var row in table.Rows) Line(row);
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        return byteOrderMark ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes;
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            int n => n.ToString(CultureInfo.InvariantCulture),
            // Numbers are never formulas; "NA" is how R reads a number that does not exist.
            double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "NA",
            _ => SpreadsheetText.Escape(value.ToString() ?? ""),
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}

/// <summary>An .xlsx workbook written with OpenXml alone: inline strings, numbers as numbers, a minimal stylesheet.</summary>
public static class XlsxFile
{
    public static byte[] Write(params (string Name, DataTable Table)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
            var sheetList = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, table) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint r = 1;
                data.Append(Row(r++, table.Headers, bold: true));
                foreach (var row in table.Rows) data.Append(Row(r++, row, bold: false));
                part.Worksheet = new Worksheet(data);
                sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, IEnumerable<object?> cells, bool bold)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var value in cells)
        {
            var reference = ColumnName(column++) + index.ToString(CultureInfo.InvariantCulture);
            Cell cell = value switch
            {
                null => new Cell { CellReference = reference },
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) },
                double d when double.IsFinite(d) => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d) },
                double => new Cell { CellReference = reference },
                _ => new Cell(new InlineString(new Text(SpreadsheetText.Escape(value.ToString() ?? "")) { Space = SpaceProcessingModeValues.Preserve }))
                { CellReference = reference, DataType = CellValues.InlineString },
            };
            if (bold) cell.StyleIndex = 1;
            row.Append(cell);
        }
        return row;
    }

    public static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }
}
