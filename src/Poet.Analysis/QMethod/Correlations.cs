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
        var z = columns.Clone();
        for (var j = 0; j < z.ColumnCount; j++)
        {
            var column = z.Column(j);
            var centred = column - column.Average();
            var length = centred.L2Norm();
            z.SetColumn(j, length > 0 ? centred / length : Vector<double>.Build.Dense(z.RowCount, double.NaN));
        }
        return z;
    }
}
