namespace Poet.Analysis.QMethod;

/// <summary>
/// The sorting grid: the column values (e.g. -4..+4) and how many statements each column holds
/// (e.g. 2,3,4,5,5,5,4,3,2). Factor arrays are rounded onto it.
/// </summary>
public sealed record Grid
{
    public IReadOnlyList<int> Values { get; }
    public IReadOnlyList<int> Counts { get; }

    public Grid(IReadOnlyList<int> values, IReadOnlyList<int> counts)
    {
        if (values.Count == 0)
            throw new QMethodInputException("The grid has no columns.");
        if (values.Count != counts.Count)
            throw new QMethodInputException(
                $"The grid has {values.Count} column values but {counts.Count} column counts; give one count for each column.");
        for (var i = 1; i < values.Count; i++)
            if (values[i] <= values[i - 1])
                throw new QMethodInputException("The grid's column values must go up from left to right with no repeats.");
        var negative = counts.Select((c, i) => (c, i)).FirstOrDefault(x => x.c < 0);
        if (negative.c < 0)
            throw new QMethodInputException($"The grid column {Label(values[negative.i])} has a negative count.");
        Values = values.ToArray();
        Counts = counts.ToArray();
    }

    /// <summary>Columns min, min+1, ... with the given counts, e.g. FromLowest(-4, [2,3,4,5,5,5,4,3,2]).</summary>
    public static Grid FromLowest(int lowest, IReadOnlyList<int> counts) =>
        new(Enumerable.Range(lowest, counts.Count).ToArray(), counts);

    /// <summary>The grid one Q-sort follows, as qmethod infers it from the first Q-sort when forced = TRUE.</summary>
    public static Grid FromSort(IEnumerable<int> sortValues)
    {
        var groups = sortValues.GroupBy(v => v).OrderBy(g => g.Key).ToArray();
        return new(groups.Select(g => g.Key).ToArray(), groups.Select(g => g.Count()).ToArray());
    }

    public int StatementCount => Counts.Sum();

    /// <summary>Every cell of the grid, lowest first: qmethod's sorted "qscores".</summary>
    public IReadOnlyList<int> Distribution =>
        Values.SelectMany((v, i) => Enumerable.Repeat(v, Counts[i])).ToArray();

    public bool Contains(int value) => Values.Contains(value);

    public int CountOf(int value)
    {
        var i = Values.ToList().IndexOf(value);
        return i < 0 ? 0 : Counts[i];
    }

    /// <summary>A sentence naming the mismatch, or null when the grid holds exactly this many statements.</summary>
    public string? ProblemWith(int statementCount) =>
        StatementCount == statementCount
            ? null
            : $"The grid has room for {StatementCount} statements, but there are {statementCount} statements; the column counts must add up to the number of statements.";

    public static string Label(int value) => value > 0 ? $"+{value}" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
