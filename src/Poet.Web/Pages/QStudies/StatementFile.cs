using System.Text;
using Poet.Analysis.QMethod;
using Poet.Analysis.QMethod.Formats;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// Statements imported from a file: a PQMethod .STA (one statement per line) or a CSV with one statement per row,
/// taken from a column headed "text" or "statement" when there is one (as in qmethod's statements.csv), else from
/// the last column.
/// </summary>
public static class StatementFile
{
    public const string WrongType = "Upload a .csv file of statements or a PQMethod .sta file";

    /// <exception cref="QMethodInputException">The file cannot give the statements; the message names the line.</exception>
    public static IReadOnlyList<string> Read(string fileName, string text)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".sta") return PqMethodSta.Read(text).Select(s => s.Trim()).ToArray();
        if (extension != ".csv") throw new QMethodInputException(WrongType);

        var records = Records(text).ToList();
        if (records.Count == 0) throw new QMethodInputException("The CSV file is empty; put one statement on each row.");
        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var column = header.FindIndex(h => h is "text" or "statement");
        var rows = column >= 0 ? records.Skip(1) : records;
        var statements = new List<string>();
        foreach (var (line, fields) in rows)
        {
            var cell = column >= 0 ? (column < fields.Count ? fields[column] : "") : fields[^1];
            if (cell.Trim().Length == 0)
                throw new QMethodInputException($"Line {line} of the CSV file has no statement text, so statement {statements.Count + 1} is missing; fill it in or remove the line.");
            statements.Add(cell.Trim());
        }
        return statements;
    }

    /// <summary>RFC 4180 records with the line each starts on; quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Records(string text)
    {
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var start = 1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                if (i == text.Length) throw new QMethodInputException($"Line {start} of the CSV file opens a quoted field that is never closed; add the closing double quote.");
                continue;
            }
            if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') continue;
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                if (!(fields.Count == 1 && fields[0].Trim().Length == 0)) yield return (start, fields.ToArray());
                fields.Clear();
                line++;
                start = line;
            }
            else field.Append(c);
        }
    }
}
