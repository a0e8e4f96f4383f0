using System.Text;

namespace Poet.Analysis.QMethod.Formats;

/// <summary>
/// Just enough RFC 4180 for Q-sort files: comma-separated fields, optionally double-quoted, a doubled quote
/// inside a quoted field standing for one quote. R's write.csv quotes every name, so the reader must unquote.
/// </summary>
internal static class CsvText
{
    /// <summary>The records of the text, each with the 1-based line it starts on. Blank lines are skipped, as R's read.csv does.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Records(TextReader reader)
    {
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (line == 1 && text.StartsWith('\uFEFF')) text = text[1..];
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var i = 0;
            while (true)
            {
                if (i == text.Length)
                {
                    if (!quoted) break;
                    // A quoted field may hold a line break: the record goes on on the next line.
                    var next = reader.ReadLine()
                        ?? throw new QMethodInputException($"Line {start} opens a quoted field that is never closed; add the closing double quote.");
                    line++;
                    field.Append('\n');
                    text = next;
                    i = 0;
                    continue;
                }
                var c = text[i++];
                if (quoted)
                {
                    if (c != '"') field.Append(c);
                    else if (i < text.Length && text[i] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                else field.Append(c);
            }
            fields.Add(field.ToString());
            if (fields.Count == 1 && fields[0].Trim().Length == 0) continue;
            yield return (start, fields);
        }
    }

    /// <summary>The field as it must be written so that <see cref="Records"/> reads it back unchanged.</summary>
    public static string Field(string value) =>
        value.Length > 0 && value.IndexOfAny([',', '"', '\n', '\r']) < 0 && value.Trim() == value
            ? value
            : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
