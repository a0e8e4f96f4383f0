using MathNet.Numerics.LinearAlgebra;

namespace Poet.Analysis.QMethod;

/// <summary>
/// Statements × factors. A factor with no flagged Q-sorts has NaN z-scores and null array cells, and is listed in
/// <see cref="FactorsWithoutFlaggedSorts"/> (zero-based).
/// </summary>
public sealed record FactorScoreSet(
    Matrix<double> Weights,
    Matrix<double> WeightedSums,
    Matrix<double> ZScores,
    int?[,] Arrays,
    IReadOnlyList<int> FactorsWithoutFlaggedSorts);

/// <summary>A grid column that a factor array fills with another number of statements than the grid holds.</summary>
public sealed record ColumnMisfit(int Column, int Statements, int GridHolds);

/// <summary>A factor (zero-based) whose array does not fit the forced grid, and the columns that differ, lowest first.</summary>
public sealed record ArrayMisfit(int Factor, IReadOnlyList<ColumnMisfit> Columns);

/// <summary>Statement z-scores and factor arrays as qmethod's qzscores.</summary>
public static class FactorScores
{
    public static FactorScoreSet Compute(QSortSet sorts, Matrix<double> loadings, bool[,] flags, Grid grid)
    {
        var weights = Weights(loadings, flags);
        var sums = WeightedSums(sorts, weights);
        var z = ZScores(sums);
        var empty = Enumerable.Range(0, loadings.ColumnCount).Where(k => Flagging.CountOnFactor(flags, k) == 0).ToArray();
        return new FactorScoreSet(weights, sums, z, Arrays(z, grid), empty);
    }

    /// <summary>
    /// Sorts × factors: a / (1 − a²) for a flagged loading a, 0 otherwise (Brown 1980; qmethod's fwe). If a flagged
    /// loading is exactly ±1 the weight is infinite; the factor then takes the limit, weight sign(a) for those
    /// Q-sorts and 0 for the others (R would return NaN z-scores).
    /// </summary>
    public static Matrix<double> Weights(Matrix<double> loadings, bool[,] flags)
    {
        var w = Matrix<double>.Build.Dense(loadings.RowCount, loadings.ColumnCount,
            (q, k) => flags[q, k] ? loadings[q, k] / (1 - loadings[q, k] * loadings[q, k]) : 0.0);
        for (var k = 0; k < w.ColumnCount; k++)
        {
            if (!w.Column(k).Any(double.IsInfinity)) continue;
            w.SetColumn(k, w.Column(k).Map(x => double.IsInfinity(x) ? Math.Sign(x) : 0.0));
        }
        return w;
    }

    /// <summary>Statements × factors: each statement's rankings weighted by the Q-sorts' factor weights and summed.</summary>
    public static Matrix<double> WeightedSums(QSortSet sorts, Matrix<double> weights) => sorts.ToMatrix() * weights;

    /// <summary>Each column standardised with its mean and sample standard deviation (n − 1); NaN when it has no spread.</summary>
    public static Matrix<double> ZScores(Matrix<double> weightedSums)
    {
        var z = weightedSums.Clone();
        for (var k = 0; k < z.ColumnCount; k++)
        {
            var column = z.Column(k);
            var mean = column.Average();
            var sd = Math.Sqrt((column - mean).PointwisePower(2).Sum() / (column.Count - 1));
            z.SetColumn(k, sd > 0 ? (column - mean) / sd : Vector<double>.Build.Dense(column.Count, double.NaN));
        }
        return z;
    }

    /// <summary>
    /// Factor arrays as qmethod's qzscores: the statement with z-score rank r (average rank for ties, as R's rank)
    /// gets the grid's r-th lowest cell, the rank truncated to a whole number as R truncates an index, so tied
    /// statements share the lowest cell of their group. Null for a factor whose z-scores are NaN.
    /// </summary>
    public static int?[,] Arrays(Matrix<double> zScores, Grid grid)
    {
        var cells = grid.Distribution;
        if (cells.Count != zScores.RowCount)
            throw new QMethodInputException(grid.ProblemWith(zScores.RowCount) ?? "The grid does not match the statements.");
        var arrays = new int?[zScores.RowCount, zScores.ColumnCount];
        for (var k = 0; k < zScores.ColumnCount; k++)
        {
            var column = zScores.Column(k);
            if (column.Any(double.IsNaN)) continue;
            var ranks = AverageRanks(column.ToArray());
            for (var s = 0; s < ranks.Length; s++)
                arrays[s, k] = cells[(int)Math.Floor(ranks[s]) - 1];
        }
        return arrays;
    }

    /// <summary>
    /// Factors whose arrays do not use exactly the grid's column counts. Arrays are built by rank into the grid, so
    /// without tied z-scores they always fit; statements with equal z-scores share one cell (<see cref="Arrays"/>), which
    /// leaves a tie that spans two grid columns crowding one and short in another (qmethod 1.8.4 does the same, silently).
    /// Factors without an array are left out.
    /// </summary>
    public static IReadOnlyList<ArrayMisfit> Misfits(int?[,] arrays, Grid grid)
    {
        ArgumentNullException.ThrowIfNull(arrays);
        ArgumentNullException.ThrowIfNull(grid);
        var misfits = new List<ArrayMisfit>();
        for (var k = 0; k < arrays.GetLength(1); k++)
        {
            var column = Enumerable.Range(0, arrays.GetLength(0)).Select(s => arrays[s, k]).ToArray();
            if (column.Any(v => v is null)) continue;
            var columns = grid.Values
                .Select((v, i) => new ColumnMisfit(v, column.Count(c => c == v), grid.Counts[i]))
                .Where(c => c.Statements != c.GridHolds)
                .ToArray();
            if (columns.Length > 0) misfits.Add(new ArrayMisfit(k, columns));
        }
        return misfits;
    }

    /// <summary>1-based ranks, ties given their average rank (R's rank(ties.method = "average")).</summary>
    internal static double[] AverageRanks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]]) end++;
            var average = (start + end) / 2.0 + 1;
            for (var i = start; i <= end; i++) ranks[order[i]] = average;
            start = end + 1;
        }
        return ranks;
    }
}
