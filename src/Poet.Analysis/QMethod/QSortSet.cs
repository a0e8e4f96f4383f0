using MathNet.Numerics.LinearAlgebra;

namespace Poet.Analysis.QMethod;

/// <summary>
/// Q-sorts as qmethod takes them: one row per statement, one column per Q-sort (participant),
/// each cell the grid column the participant put the statement in.
/// </summary>
public sealed record QSortSet
{
    private readonly int[,] values;

    public IReadOnlyList<string> StatementIds { get; }
    public IReadOnlyList<string> SortNames { get; }

    /// <param name="values">statements × sorts.</param>
    public QSortSet(IReadOnlyList<string> statementIds, IReadOnlyList<string> sortNames, int[,] values)
    {
        if (statementIds.Count != values.GetLength(0))
            throw new QMethodInputException(
                $"There are {statementIds.Count} statement ids but {values.GetLength(0)} rows of rankings; give one row for each statement.");
        if (sortNames.Count != values.GetLength(1))
            throw new QMethodInputException(
                $"There are {sortNames.Count} Q-sort names but {values.GetLength(1)} columns of rankings; give one column for each Q-sort.");
        if (statementIds.Count < 2)
            throw new QMethodInputException("There must be at least two statements.");
        if (sortNames.Count < 2)
            throw new QMethodInputException("There must be at least two Q-sorts.");
        var duplicateSort = sortNames.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (duplicateSort is not null)
            throw new QMethodInputException($"The Q-sort name '{duplicateSort.Key}' is used more than once; each Q-sort needs its own name.");
        var duplicateStatement = statementIds.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (duplicateStatement is not null)
            throw new QMethodInputException($"The statement id '{duplicateStatement.Key}' is used more than once; each statement needs its own id.");

        StatementIds = statementIds.ToArray();
        SortNames = sortNames.ToArray();
        this.values = (int[,])values.Clone();
    }

    /// <summary>Builds the set from one list of rankings per Q-sort, checking each has one ranking per statement.</summary>
    public static QSortSet FromSorts(IReadOnlyList<string> statementIds, IReadOnlyList<(string Name, IReadOnlyList<int> Rankings)> sorts)
    {
        var shortOrLong = sorts.FirstOrDefault(s => s.Rankings.Count != statementIds.Count);
        if (shortOrLong.Rankings is not null)
            throw new QMethodInputException(
                $"Q-sort '{shortOrLong.Name}' ranks {shortOrLong.Rankings.Count} statements, but there are {statementIds.Count} statements.");
        var matrix = new int[statementIds.Count, sorts.Count];
        for (var q = 0; q < sorts.Count; q++)
            for (var s = 0; s < statementIds.Count; s++)
                matrix[s, q] = sorts[q].Rankings[s];
        return new QSortSet(statementIds, sorts.Select(s => s.Name).ToArray(), matrix);
    }

    public int StatementCount => StatementIds.Count;
    public int SortCount => SortNames.Count;
    public int this[int statement, int sort] => values[statement, sort];

    public IReadOnlyList<int> Sort(int sort) =>
        Enumerable.Range(0, StatementCount).Select(s => values[s, sort]).ToArray();

    /// <summary>statements × sorts as doubles.</summary>
    public Matrix<double> ToMatrix()
    {
        var columnMajor = new double[StatementCount * SortCount];
        for (var q = 0; q < SortCount; q++)
            for (var s = 0; s < StatementCount; s++)
                columnMajor[q * StatementCount + s] = values[s, q];
        return Matrix<double>.Build.Dense(StatementCount, SortCount, columnMajor);
    }

    /// <summary>
    /// Every reason these Q-sorts cannot be analysed with this grid and number of factors, one sentence
    /// each; empty when they can. With <paramref name="forced"/> every Q-sort must fill the grid exactly
    /// (qmethod's forced = TRUE).
    /// </summary>
    public IReadOnlyList<string> ProblemsWith(Grid grid, int factors, bool forced = true)
    {
        var problems = new List<string>();
        if (factors < 1)
            problems.Add("Choose at least one factor.");
        else if (SortCount < factors)
            problems.Add($"There are {SortCount} Q-sorts, which is fewer than the {factors} factors asked for; choose at most {SortCount} factors.");
        if (grid.ProblemWith(StatementCount) is { } gridProblem)
            problems.Add(gridProblem);

        var column = grid.Values.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i);
        var checkCounts = forced && grid.StatementCount == StatementCount;
        var counts = new int[grid.Values.Count];
        for (var q = 0; q < SortCount; q++)
        {
            Array.Clear(counts);
            int? off = null;
            for (var s = 0; s < StatementCount && off is null; s++)
            {
                if (column.TryGetValue(values[s, q], out var i)) counts[i]++;
                else off = s;
            }
            if (off is { } o)
            {
                problems.Add($"Q-sort '{SortNames[q]}' puts statement '{StatementIds[o]}' at {Grid.Label(values[o, q])}, which is off the grid ({Grid.Label(grid.Values[0])} to {Grid.Label(grid.Values[^1])}).");
                continue;
            }
            var wrong = checkCounts ? Enumerable.Range(0, counts.Length).FirstOrDefault(i => counts[i] != grid.Counts[i], -1) : -1;
            if (wrong >= 0)
            {
                problems.Add($"Q-sort '{SortNames[q]}' puts {counts[wrong]} statements at {Grid.Label(grid.Values[wrong])}, but the grid has room for {grid.Counts[wrong]}; with a forced distribution every Q-sort must fill the grid exactly.");
                continue;
            }
            if (counts.Count(c => c > 0) == 1)
                problems.Add($"Q-sort '{SortNames[q]}' puts every statement at {Grid.Label(values[0, q])}, so it cannot be correlated with the other Q-sorts.");
        }
        return problems;
    }
}
