using System.Globalization;

namespace Poet.Analysis.QMethod.Formats;

/// <summary>
/// PQMethod's statements file (.STA): one statement per line, in the order the .DAT file ranks them, with DOS line ends.
/// Each line is the statement exactly (no numbering), so a statement cannot hold a line break.
/// </summary>
public static class PqMethodSta
{
    /// <param name="statementCount">When given (the .DAT file's count), the file must hold exactly this many statements.</param>
    /// <exception cref="QMethodInputException">A statement is missing or a line is empty; the message names it.</exception>
    public static IReadOnlyList<string> Read(TextReader reader, int? statementCount = null)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (lines.Count == 0 && line.StartsWith('\uFEFF')) line = line[1..];
            lines.Add(line);
        }
        while (lines.Count > 0 && lines[^1].Trim().Length == 0) lines.RemoveAt(lines.Count - 1);
        var empty = lines.FindIndex(l => l.Trim().Length == 0);
        if (empty >= 0)
            throw new QMethodInputException($"Line {empty + 1} of the .STA file is empty; each line holds one statement, so statement {empty + 1} is missing.");
        if (lines.Count == 0)
            throw new QMethodInputException("The .STA file is empty; it needs one statement per line.");
        if (statementCount is { } expected && lines.Count != expected)
            throw new QMethodInputException(
                $"The .STA file has {lines.Count} statements, but the Q-sorts rank {expected}; give one line for each statement.");
        return lines;
    }

    public static IReadOnlyList<string> Read(string text, int? statementCount = null) => Read(new StringReader(text), statementCount);

    /// <exception cref="QMethodInputException">A statement is empty or holds a line break, which the file could not keep.</exception>
    public static void Write(IEnumerable<string> statements, TextWriter writer)
    {
        var number = 0;
        foreach (var statement in statements)
        {
            number++;
            if (statement.Trim().Length == 0)
                throw new QMethodInputException($"Statement {number} is empty; a .STA file needs the text of every statement.");
            if (statement.IndexOfAny(['\r', '\n']) >= 0)
                throw new QMethodInputException($"Statement {number} holds a line break, which a .STA file cannot keep; put it on one line.");
            writer.Write(statement + "\r\n");
        }
    }

    public static string Write(IEnumerable<string> statements)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(statements, writer);
        return writer.ToString();
    }
}
