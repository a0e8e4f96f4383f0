using MathNet.Numerics.LinearAlgebra;

namespace Poet.Analysis.QMethod;

/// <summary>A manual decision to flag (or unflag) one Q-sort on one factor; indices are zero-based.</summary>
public sealed record FlagOverride(int Sort, int Factor, bool Flagged);

/// <summary>Which Q-sorts define each factor. Flags are sorts × factors.</summary>
public static class Flagging
{
    /// <summary>Loadings significant at p &lt; .05: 1.96 / sqrt(number of statements), as qmethod's qflag.</summary>
    public static double Threshold(int statementCount) => 1.96 / Math.Sqrt(statementCount);

    /// <summary>
    /// qmethod's qflag: a Q-sort is flagged on a factor when |loading| &gt; 1.96 / sqrt(statements) and its squared
    /// loading exceeds the sum of its squared loadings on all other factors. Negative loadings can be flagged.
    /// </summary>
    public static bool[,] Automatic(Matrix<double> loadings, int statementCount)
    {
        var threshold = Threshold(statementCount);
        var flags = new bool[loadings.RowCount, loadings.ColumnCount];
        for (var q = 0; q < loadings.RowCount; q++)
        {
            var rowSum = 0.0;
            for (var k = 0; k < loadings.ColumnCount; k++) rowSum += loadings[q, k] * loadings[q, k];
            for (var k = 0; k < loadings.ColumnCount; k++)
            {
                var square = loadings[q, k] * loadings[q, k];
                flags[q, k] = square > rowSum - square && Math.Abs(loadings[q, k]) > threshold;
            }
        }
        return flags;
    }

    /// <summary>The flags with manual decisions applied in order (a later decision on the same cell wins).</summary>
    public static bool[,] Override(bool[,] flags, IEnumerable<FlagOverride> overrides)
    {
        var result = (bool[,])flags.Clone();
        foreach (var o in overrides)
        {
            if (o.Sort < 0 || o.Sort >= result.GetLength(0))
                throw new QMethodInputException($"A manual flag names Q-sort number {o.Sort + 1}, but there are {result.GetLength(0)} Q-sorts.");
            if (o.Factor < 0 || o.Factor >= result.GetLength(1))
                throw new QMethodInputException($"A manual flag names factor {o.Factor + 1}, but there are {result.GetLength(1)} factors.");
            result[o.Sort, o.Factor] = o.Flagged;
        }
        return result;
    }

    /// <summary>Flagged (sort, factor) cells whose loading is negative; qmethod warns about these.</summary>
    public static IReadOnlyList<(int Sort, int Factor)> NegativeFlags(Matrix<double> loadings, bool[,] flags)
    {
        var cells = new List<(int, int)>();
        for (var q = 0; q < loadings.RowCount; q++)
            for (var k = 0; k < loadings.ColumnCount; k++)
                if (flags[q, k] && loadings[q, k] < 0) cells.Add((q, k));
        return cells;
    }

    public static int CountOnFactor(bool[,] flags, int factor) =>
        Enumerable.Range(0, flags.GetLength(0)).Count(q => flags[q, factor]);
}
