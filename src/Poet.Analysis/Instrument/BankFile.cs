using System.Text.RegularExpressions;
using Poet.Analysis.QMethod;
using Poet.Analysis.QMethod.Formats;
using Poet.Analysis.Text;

namespace Poet.Analysis.Instrument;

/// <summary>One statement of an uploaded bank; <see cref="Standard"/> is the standard item it matches, or null when setting-specific.</summary>
public sealed record BankFileItem(int Line, string Id, int Section, string Theme, string Text, string Help, string Source, string? Standard);

/// <summary>What a bank file holds, or what is wrong with it, line by line.</summary>
public sealed record BankFileResult(IReadOnlyList<BankFileItem> Items, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0 && Items.Count > 0;
}

/// <summary>
/// The file a host admin uploads to add or change an item bank: a CSV with the columns <see cref="Columns"/>, one statement
/// a row. The mapping rule is ItemBank's: an id of a standard item matches that item; any other id is setting-specific.
/// Every problem names its line and says what to do.
/// </summary>
public static partial class BankFile
{
    public static readonly IReadOnlyList<string> Columns = ["id", "section", "theme", "text", "help", "source"];
    public const int MaxRows = 200;
    public const int MaxText = 300;
    public const int MaxHelp = 1000;
    public const int MaxShort = 200;

    [GeneratedRegex("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$")]
    private static partial Regex IdPattern();

    public static BankFileResult Parse(string text, IReadOnlySet<string> standardIds)
    {
        var problems = new List<string>();
        var items = new List<BankFileItem>();
        List<(int Line, IReadOnlyList<string> Fields)> records;
        try { records = CsvText.Records(new StringReader(text)).ToList(); }
        catch (QMethodInputException e) { return new([], [e.Message]); }
        if (records.Count == 0) return new([], ["The file is empty. Add a header row (" + string.Join(",", Columns) + ") and one row for each statement."]);

        var header = records[0].Fields.Select(f => PlainText.Clean(f).Trim().ToLowerInvariant()).ToArray();
        if (!header.SequenceEqual(Columns))
            return new([], [$"Line {records[0].Line}: the header row must be exactly {string.Join(",", Columns)}."]);
        if (records.Count == 1) return new([], ["The file has a header row but no statements. Add one row for each statement."]);
        if (records.Count - 1 > MaxRows) return new([], [$"The file has {records.Count - 1} statements. A bank can have at most {MaxRows}."]);

        var seen = new Dictionary<string, int>();
        foreach (var (line, raw) in records.Skip(1))
        {
            if (raw.Count != Columns.Count)
            {
                problems.Add($"Line {line}: has {Wording.Count(raw.Count, "column")}, not {Columns.Count}. Put any comma inside a value in double quotes.");
                continue;
            }
            var f = raw.Select(v => PlainText.Clean(v).Trim()).ToArray();
            var before = problems.Count;
            var id = f[0].ToUpperInvariant();
            if (id.Length == 0) problems.Add($"Line {line}: enter an id, like ORG-PURPOSE-01 for a standard statement or SGA-LEARN-01 for one of your own.");
            else if (id.Length > 40 || !IdPattern().IsMatch(id)) problems.Add($"Line {line}: the id \"{f[0]}\" must be capital letters and digits joined by hyphens, at most 40 characters.");
            else if (seen.TryGetValue(id, out var first)) problems.Add($"Line {line}: the id {id} is already used on line {first}. Give each statement its own id.");
            else seen[id] = line;
            if (f[1] is not ("2" or "3")) problems.Add($"Line {line}: section must be 2 (how the partnership feels) or 3 (how it is organised).");
            if (f[2].Length == 0) problems.Add($"Line {line}: enter a theme, like Trust.");
            else if (f[2].Length > MaxShort) problems.Add($"Line {line}: the theme must be {MaxShort} characters or fewer.");
            if (f[3].Length == 0) problems.Add($"Line {line}: enter the statement staff will rate.");
            else if (f[3].Length > MaxText) problems.Add($"Line {line}: the statement must be {MaxText} characters or fewer; it has {f[3].Length}.");
            if (f[4].Length == 0) problems.Add($"Line {line}: enter a help prompt that says what the statement means, with an example.");
            else if (f[4].Length > MaxHelp) problems.Add($"Line {line}: the help prompt must be {MaxHelp} characters or fewer; it has {f[4].Length}.");
            if (f[5].Length > MaxShort) problems.Add($"Line {line}: the source must be {MaxShort} characters or fewer.");
            if (problems.Count == before)
                items.Add(new BankFileItem(line, id, f[1] == "2" ? 2 : 3, f[2], f[3], f[4], f[5], standardIds.Contains(id) ? id : null));
        }
        if (problems.Count == 0 && !items.Any(i => i.Section == 2)) problems.Add("The file has no statements for section 2. Add at least one.");
        if (problems.Count == 0 && !items.Any(i => i.Section == 3)) problems.Add("The file has no statements for section 3. Add at least one.");
        return new(problems.Count == 0 ? items : [], problems);
    }
}
