using System.Globalization;
using Poet.Analysis.Text;

namespace Poet.Analysis.QMethod.Formats;

/// <summary>
/// Q-sorts as CSV in the layout R's qmethod reads (read.csv(file, row.names = 1)): a header row of Q-sort names,
/// then one row per statement, its id first and then the column each Q-sort put it in.
/// </summary>
/// <example>
/// id,US1,US2,US3
/// sta_1,-1,-1,2
/// sta_2,0,0,-2
/// </example>
public static class QSortCsv
{
    /// <exception cref="QMethodInputException">The text is not Q-sorts in this layout; the message names the line and the problem.</exception>
    public static QSortSet Read(TextReader reader)
    {
        using var records = CsvText.Records(reader).GetEnumerator();
        if (!records.MoveNext())
            throw new QMethodInputException("The CSV file is empty; it needs a header row of Q-sort names and one row per statement.");
        var (headerLine, header) = records.Current;
        if (header.Count < 3)
            throw new QMethodInputException(
                $"The header (line {headerLine}) has {Wording.Count(header.Count, "column")}; it needs the statement id column and at least two Q-sorts.");
        var names = header.Skip(1).ToArray();
        var unnamed = Array.FindIndex(names, n => n.Trim().Length == 0);
        if (unnamed >= 0)
            throw new QMethodInputException($"Column {unnamed + 2} of the header (line {headerLine}) has no Q-sort name; name every Q-sort.");

        var ids = new List<string>();
        var rows = new List<int[]>();
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            if (fields.Count != header.Count)
                throw new QMethodInputException(
                    $"Line {line} has {fields.Count} cells but the header has {header.Count}; every row needs its statement id and one ranking for each Q-sort.");
            var id = fields[0];
            if (id.Trim().Length == 0)
                throw new QMethodInputException($"Line {line} has no statement id; the first cell of every row names its statement.");
            var row = new int[names.Length];
            for (var q = 0; q < names.Length; q++)
                row[q] = Ranking(fields[q + 1], line, id, names[q]);
            ids.Add(id);
            rows.Add(row);
        }
        if (rows.Count == 0)
            throw new QMethodInputException("The CSV file has a header but no statements; add one row per statement.");

        var values = new int[rows.Count, names.Length];
        for (var s = 0; s < rows.Count; s++)
            for (var q = 0; q < names.Length; q++)
                values[s, q] = rows[s][q];
        return new QSortSet(ids, names, values);
    }

    public static QSortSet Read(string text) => Read(new StringReader(text));

    /// <summary>Writes the header "id,name,..." and one row per statement, quoting only fields that need it.</summary>
    public static void Write(QSortSet sorts, TextWriter writer)
    {
        writer.Write("id");
        foreach (var name in sorts.SortNames) writer.Write("," + CsvText.Field(name));
        writer.Write('\n');
        for (var s = 0; s < sorts.StatementCount; s++)
        {
            writer.Write(CsvText.Field(sorts.StatementIds[s]));
            for (var q = 0; q < sorts.SortCount; q++)
                writer.Write("," + sorts[s, q].ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    public static string Write(QSortSet sorts)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(sorts, writer);
        return writer.ToString();
    }

    private static int Ranking(string cell, int line, string statement, string sort)
    {
        var text = cell.Trim();
        if (text.Length == 0)
            throw new QMethodInputException($"Line {line} (statement '{statement}') has no ranking for Q-sort '{sort}'; every Q-sort must place every statement.");
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw new QMethodInputException($"Line {line} (statement '{statement}'), Q-sort '{sort}': '{text}' is not a whole number; rankings are grid columns such as -4, 0 or 3.");
        return value;
    }
}
