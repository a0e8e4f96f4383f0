using MathNet.Numerics.LinearAlgebra;

namespace Poet.Analysis.QMethod;

/// <summary>
/// Rotated loadings = unrotated loadings × <see cref="RotationMatrix"/>. <see cref="CriterionTrace"/> holds the
/// varimax criterion (sum of singular values) after each iteration; empty when nothing was rotated.
/// </summary>
public sealed record RotatedFactors(Matrix<double> Loadings, Matrix<double> RotationMatrix, int Iterations, IReadOnlyList<double> CriterionTrace);

/// <summary>Loadings after sign flips and reordering: column k is the input's column Order[k] times Signs[k].</summary>
public sealed record OrientedFactors(Matrix<double> Loadings, IReadOnlyList<int> Order, IReadOnlyList<int> Signs);

public static class Rotation
{
    public const double VarimaxTolerance = 1e-5;
    public const int VarimaxMaxIterations = 1000;

    /// <summary>
    /// Varimax exactly as R's stats::varimax(x, normalize = TRUE, eps = 1e-5): rows scaled to unit length
    /// (Kaiser normalisation), then up to 1000 iterations of T = U V' from the SVD of
    /// B = x'(z³ − z diag(colSums(z²))/p), z = xT, stopping as soon as the criterion d = sum of singular values
    /// grows by less than a factor (1 + eps). Stopping on the criterion, not at full convergence, is what makes
    /// the result match qmethod to 1e-9. A Q-sort whose loadings are all zero is left unscaled (R gives NaN).
    /// </summary>
    public static RotatedFactors Varimax(Matrix<double> loadings, bool normalize = true, double eps = VarimaxTolerance)
    {
        var nc = loadings.ColumnCount;
        if (nc < 2) return None(loadings);
        var p = loadings.RowCount;
        var x = loadings.ToRowArrays();
        var scale = new double[p];
        for (var i = 0; i < p; i++)
        {
            var length = Math.Sqrt(x[i].Sum(a => a * a));
            scale[i] = normalize && length > 0 ? length : 1.0;
            for (var a = 0; a < nc; a++) x[i][a] /= scale[i];
        }

        var rotation = Matrix<double>.Build.DenseIdentity(nc);
        var trace = new List<double>();
        var d = 0.0;
        var z = new double[nc];
        var columnSums = new double[nc];
        var b = Matrix<double>.Build.Dense(nc, nc);
        for (var iteration = 1; iteration <= VarimaxMaxIterations; iteration++)
        {
            var t = rotation.ToArray();
            Array.Clear(columnSums);
            foreach (var row in x)
                for (var c = 0; c < nc; c++)
                {
                    var zc = Times(row, t, c);
                    columnSums[c] += zc * zc;
                }
            b.Clear();
            foreach (var row in x)
            {
                for (var c = 0; c < nc; c++) z[c] = Times(row, t, c);
                for (var c = 0; c < nc; c++)
                {
                    var target = z[c] * z[c] * z[c] - z[c] * columnSums[c] / p; // z^3 - z %*% diag(colSums(z^2))/p
                    for (var a = 0; a < nc; a++) b[a, c] += row[a] * target;
                }
            }
            var svd = b.Svd(computeVectors: true);
            rotation = svd.U * svd.VT;
            var previous = d;
            d = svd.S.Sum();
            trace.Add(d);
            if (d < previous * (1 + eps)) break;
        }

        var r = rotation.ToArray();
        var rotated = Matrix<double>.Build.Dense(p, nc, (i, c) => Times(x[i], r, c) * scale[i]);
        return new RotatedFactors(rotated, rotation, trace.Count, trace);
    }

    private static double Times(double[] row, double[,] t, int column)
    {
        var sum = 0.0;
        for (var a = 0; a < row.Length; a++) sum += row[a] * t[a, column];
        return sum;
    }

    /// <summary>No rotation: the loadings as they are, with an identity rotation matrix.</summary>
    public static RotatedFactors None(Matrix<double> loadings) =>
        new(loadings.Clone(), Matrix<double>.Build.DenseIdentity(loadings.ColumnCount), 0, []);

    /// <summary>
    /// qmethod's conventions (through psych::principal): flip each factor so its loadings sum to a positive
    /// number (a zero sum is left alone), then order factors by explained variance (sum of squared loadings),
    /// largest first; ties keep their order.
    /// </summary>
    public static OrientedFactors Orient(Matrix<double> loadings)
    {
        var signs = Enumerable.Range(0, loadings.ColumnCount)
            .Select(k => loadings.Column(k).Sum() < 0 ? -1 : 1).ToArray();
        var order = Enumerable.Range(0, loadings.ColumnCount)
            .OrderByDescending(k => loadings.Column(k).PointwisePower(2).Sum()).ToArray();
        var oriented = Matrix<double>.Build.Dense(loadings.RowCount, loadings.ColumnCount,
            (i, k) => loadings[i, order[k]] * signs[order[k]]);
        return new OrientedFactors(oriented, order, order.Select(k => signs[k]).ToArray());
    }
}
