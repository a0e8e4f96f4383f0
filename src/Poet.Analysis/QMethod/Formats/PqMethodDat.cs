using System.Globalization;
using System.Text;
using Poet.Analysis.Text;

namespace Poet.Analysis.QMethod.Formats;

/// <summary>A PQMethod project (.DAT): its name, its grid, and its Q-sorts.</summary>
public sealed record PqMethodProject(string Name, Grid Grid, QSortSet Sorts);

/// <summary>
/// PQMethod's project file (.DAT), laid out as qmethod's export.pqmethod and import.pqmethod and Ken-Q write and read it:
/// <list type="number">
/// <item>"  0", the number of Q-sorts and the number of statements in three-character fields, a space, the project name;</item>
/// <item>the lowest and highest grid columns, then how many statements each column holds, counting from column -6,
/// all in three-character fields (" -4  4  0  0  2  3  4  5  5  5  4  3  2  0  0");</item>
/// <item>one line per Q-sort: its name in ten characters, then each statement's column in two characters, in statement order.</item>
/// </list>
/// The file holds no statement ids; statements are named sta_1, sta_2, ... as qmethod's import.pqmethod names them
/// unless the caller supplies ids (for example from the study or the .STA file).
/// </summary>
public static class PqMethodDat
{
    /// <summary>PQMethod's leftmost column; the counts on line 2 start there.</summary>
    public const int LowestColumn = -6;
    /// <summary>The highest column PQMethod (and Ken-Q) accept.</summary>
    public const int HighestColumn = 13;
    public const int MaxNameLength = 60;
    public const int MaxSortNameLength = 8;

    private const int NameWidth = 10;

    /// <exception cref="QMethodInputException">The text is not a PQMethod project; the message names the line and the problem.</exception>
    public static PqMethodProject Read(TextReader reader, IReadOnlyList<string>? statementIds = null)
    {
        var first = reader.ReadLine();
        if (first is not null && first.StartsWith('\uFEFF')) first = first[1..];
        if (first is null || first.Trim().Length == 0)
            throw new QMethodInputException("The .DAT file is empty; line 1 must give the number of Q-sorts, the number of statements and the project name.");
        if (first.Length < 9 || Field(first, 3, 3) is not { } sortCount || Field(first, 6, 3) is not { } statementCount || statementCount < 1)
            throw new QMethodInputException(
                "Line 1 of the .DAT file must start with '  0', the number of Q-sorts and the number of statements, each in three characters (for example '  0  9 33 Lipset').");
        var name = first.Length > 10 ? first[10..].Trim() : "";

        var grid = ReadGrid(reader.ReadLine(), statementCount);
        var ids = statementIds ?? Enumerable.Range(1, statementCount).Select(i => $"sta_{i}").ToArray();
        if (ids.Count != statementCount)
            throw new QMethodInputException($"There are {ids.Count} statement ids, but the .DAT file has {statementCount} statements.");

        var sorts = new List<(string, IReadOnlyList<int>)>();
        var lineNumber = 2;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            sorts.Add(ReadSort(line, lineNumber, statementCount, grid));
        }
        if (sorts.Count != sortCount)
            throw new QMethodInputException(
                $"Line 1 of the .DAT file says there are {sortCount} Q-sorts, but the file has {sorts.Count}; check that no Q-sort is missing.");
        return new PqMethodProject(name, grid, QSortSet.FromSorts(ids, sorts));
    }

    public static PqMethodProject Read(string text, IReadOnlyList<string>? statementIds = null) =>
        Read(new StringReader(text), statementIds);

    /// <summary>
    /// Writes the project with DOS line ends, as PQMethod (a DOS program) expects. A name longer than
    /// <see cref="MaxNameLength"/> characters is cut there, as Ken-Q does; it is a label, not data.
    /// </summary>
    /// <exception cref="QMethodInputException">The project cannot be written faithfully (names too long, grid or rankings outside PQMethod's -6 to +13).</exception>
    public static void Write(PqMethodProject project, TextWriter writer)
    {
        var (grid, sorts) = (project.Grid, project.Sorts);
        if (sorts.SortCount > 999 || sorts.StatementCount > 999)
            throw new QMethodInputException("A .DAT file holds at most 999 Q-sorts and 999 statements.");
        int lowest = grid.Values[0], highest = grid.Values[^1];
        if (lowest < LowestColumn || highest > HighestColumn)
            throw new QMethodInputException(
                $"The grid runs from {Grid.Label(lowest)} to {Grid.Label(highest)}, but PQMethod's grid must lie within {LowestColumn} to +{HighestColumn}.");
        if (grid.StatementCount != sorts.StatementCount)
            throw new QMethodInputException(grid.ProblemWith(sorts.StatementCount)!);
        var longName = sorts.SortNames.FirstOrDefault(n => n.Trim().Length > MaxSortNameLength);
        if (longName is not null)
            throw new QMethodInputException(
                $"The Q-sort name '{longName}' is longer than the {MaxSortNameLength} characters PQMethod allows; shorten it before writing a .DAT file.");
        var paddedName = sorts.SortNames.FirstOrDefault(n => n != n.Trim());
        if (paddedName is not null)
            throw new QMethodInputException(
                $"The Q-sort name '{paddedName}' starts or ends with a space, which a .DAT file cannot keep; remove the space first.");

        var name = project.Name.ReplaceLineEndings(" ");
        writer.Write($"  0{Three(sorts.SortCount)}{Three(sorts.StatementCount)} {(name.Length > MaxNameLength ? name[..MaxNameLength] : name)}\r\n");
        var line = new StringBuilder(Three(lowest) + Three(highest));
        for (var column = LowestColumn; column <= Math.Max(6, highest); column++) line.Append(Three(grid.CountOf(column)));
        writer.Write(line.Append("\r\n").ToString());

        for (var q = 0; q < sorts.SortCount; q++)
        {
            line.Clear().Append(sorts.SortNames[q].PadRight(NameWidth));
            for (var s = 0; s < sorts.StatementCount; s++)
            {
                var value = sorts[s, q];
                if (value < lowest || value > highest)
                    throw new QMethodInputException(OffGrid(sorts.SortNames[q], null, s, value, grid));
                line.Append(value.ToString(CultureInfo.InvariantCulture).PadLeft(2));
            }
            writer.Write(line.Append("\r\n").ToString());
        }
    }

    public static string Write(PqMethodProject project)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(project, writer);
        return writer.ToString();
    }

    private static Grid ReadGrid(string? line, int statementCount)
    {
        const string Expected =
            "Line 2 of the .DAT file must give the lowest and highest grid columns and then how many statements each column holds (for example ' -4  4  0  0  2  3  4  5  5  5  4  3  2  0  0').";
        if (line is null) throw new QMethodInputException(Expected);
        var numbers = new List<int>();
        foreach (var part in line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) throw new QMethodInputException(Expected);
            numbers.Add(n);
        }
        if (numbers.Count < 3 || numbers[0] >= numbers[1]) throw new QMethodInputException(Expected);
        int lowest = numbers[0], highest = numbers[1];
        var counts = numbers.Skip(2).ToArray();
        // qmethod's export.pqmethod lets the caller choose the leading zeros; counts that exactly cover the range start at its lowest column.
        var start = counts.Length == highest - lowest + 1 ? lowest : LowestColumn;
        if (counts.Any(c => c < 0))
            throw new QMethodInputException("Line 2 of the .DAT file gives a negative number of statements for a grid column.");
        var outside = counts.Select((c, i) => (Column: start + i, Count: c)).FirstOrDefault(x => x.Count > 0 && (x.Column < lowest || x.Column > highest));
        if (outside.Count > 0)
            throw new QMethodInputException(
                $"Line 2 of the .DAT file puts {Wording.Count(outside.Count, "statement")} in column {Grid.Label(outside.Column)}, outside its grid ({Grid.Label(lowest)} to {Grid.Label(highest)}).");
        var values = Enumerable.Range(lowest, highest - lowest + 1).ToArray();
        var grid = new Grid(values, values.Select(v => v - start >= 0 && v - start < counts.Length ? counts[v - start] : 0).ToArray());
        if (grid.StatementCount != statementCount)
            throw new QMethodInputException(
                $"The grid on line 2 of the .DAT file holds {grid.StatementCount} statements, but line 1 says there are {statementCount}.");
        return grid;
    }

    private static (string, IReadOnlyList<int>) ReadSort(string line, int lineNumber, int statementCount, Grid grid)
    {
        var name = (line.Length > NameWidth ? line[..NameWidth] : line).Trim();
        if (name.Length == 0)
            throw new QMethodInputException($"Line {lineNumber} of the .DAT file has no Q-sort name in its first {NameWidth} characters.");
        var rankings = line.Length > NameWidth ? line[NameWidth..].TrimEnd() : "";
        var given = (rankings.Length + 1) / 2;
        if (given < statementCount)
            throw new QMethodInputException(
                $"Q-sort '{name}' (line {lineNumber}) ranks {given} statements, but the file has {statementCount}; every Q-sort must place every statement.");
        if (given > statementCount)
            throw new QMethodInputException(
                $"Q-sort '{name}' (line {lineNumber}) ranks {given} statements, but line 1 says there are {statementCount}.");
        var values = new int[statementCount];
        for (var s = 0; s < statementCount; s++)
        {
            var cell = rankings.Substring(2 * s, Math.Min(2, rankings.Length - 2 * s));
            if (cell.Trim().Length == 0)
                throw new QMethodInputException($"Q-sort '{name}' (line {lineNumber}) has no ranking for statement {s + 1}; every Q-sort must place every statement.");
            if (!int.TryParse(cell, NumberStyles.AllowLeadingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                throw new QMethodInputException($"Q-sort '{name}' (line {lineNumber}): '{cell.Trim()}' for statement {s + 1} is not a whole number.");
            if (!grid.Contains(value))
                throw new QMethodInputException(OffGrid(name, lineNumber, s, value, grid));
            values[s] = value;
        }
        return (name, values);
    }

    private static string OffGrid(string sort, int? line, int statement, int value, Grid grid) =>
        $"Q-sort '{sort}'{(line is { } l ? $" (line {l})" : "")} puts statement {statement + 1} at {Grid.Label(value)}, which is off the grid ({Grid.Label(grid.Values[0])} to {Grid.Label(grid.Values[^1])}).";

    private static int? Field(string line, int start, int length) =>
        int.TryParse(line.AsSpan(start, length), NumberStyles.AllowLeadingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : null;

    private static string Three(int n) => n.ToString(CultureInfo.InvariantCulture).PadLeft(3);
}
