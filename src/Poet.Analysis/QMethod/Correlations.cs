using MathNet.Numerics.LinearAlgebra;

namespace Poet.Analysis.QMethod;

public static class Correlations
{
    /// <summary>Pearson correlations between the Q-sorts (sorts × sorts), as R's cor(dataset).</summary>
    public static Matrix<double> Pearson(QSortSet sorts) => Pearson(sorts.ToMatrix());

    /// <summary>
    /// Pearson correlations between the columns of <paramref name="columns"/>, as R's cor(x, method = "pearson").
    /// A column with no spread has NaN correlations (R gives NA), its diagonal included.
    /// </summary>
    public static Matrix<double> Pearson(Matrix<double> columns)
    {
        var z = UnitColumns(columns);
        var r = z.TransposeThisAndMultiply(z);
        for (var i = 0; i < r.RowCount; i++)
            for (var j = 0; j < r.ColumnCount; j++)
                r[i, j] = i == j && !double.IsNaN(r[i, j]) ? 1.0 : Math.Clamp(r[i, j], -1.0, 1.0); // as R's cor: |r| <= 1
        return r;
    }

    /// <summary>Each column centred and scaled to length 1, so that Z'Z is the correlation matrix.</summary>
    internal static Matrix<double> UnitColumns(Matrix<double> columns)
    {
        var n = columns.RowCount;
        var data = columns.ToColumnMajorArray();
        for (var j = 0; j < columns.ColumnCount; j++)
        {
            var column = data.AsSpan(j * n, n);
            var mean = 0.0;
            foreach (var x in column) mean += x;
            mean /= n;
            var sumOfSquares = 0.0;
            for (var i = 0; i < n; i++)
            {
                column[i] -= mean;
                sumOfSquares += column[i] * column[i];
            }
            var length = Math.Sqrt(sumOfSquares);
            for (var i = 0; i < n; i++) column[i] = length > 0 ? column[i] / length : double.NaN;
        }
        return Matrix<double>.Build.Dense(n, columns.ColumnCount, data);
    }
}
