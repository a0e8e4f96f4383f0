using MathNet.Numerics.LinearAlgebra;

namespace Poet.Analysis.QMethod;

/// <summary>
/// Rotated loadings = unrotated loadings × <see cref="RotationMatrix"/>. <see cref="CriterionTrace"/> holds the
/// varimax criterion (sum of singular values) after each iteration; empty when nothing was rotated.
/// </summary>
public sealed record RotatedFactors(Matrix<double> Loadings, Matrix<double> RotationMatrix, int Iterations, IReadOnlyList<double> CriterionTrace);

/// <summary>Loadings after sign flips and reordering: column k is the input's column Order[k] times Signs[k].</summary>
public sealed record OrientedFactors(Matrix<double> Loadings, IReadOnlyList<int> Order, IReadOnlyList<int> Signs);

/// <summary>
/// A judgemental (hand) rotation: factors <see cref="First"/> and <see cref="Second"/> (zero-based) turned by
/// <see cref="Degrees"/>. Written "1,2:15" (one-based), as the CLI's --rotate and the analysis page's rotate= take it.
/// </summary>
public sealed record HandRotation(int First, int Second, double Degrees)
{
    public const string Example = "1,2:15";

    public override string ToString() =>
        $"{First + 1},{Second + 1}:{Degrees.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Reads "1,2:15" (factors one-based; degrees may be negative or have decimals, with a point).</summary>
    /// <exception cref="QMethodInputException">The text is not two factor numbers and an angle.</exception>
    public static HandRotation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(':');
        var factors = parts[0].Split(',');
        const System.Globalization.NumberStyles whole = System.Globalization.NumberStyles.None;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (parts.Length == 2 && factors.Length == 2
            && int.TryParse(factors[0].Trim(), whole, invariant, out var first) && first >= 1
            && int.TryParse(factors[1].Trim(), whole, invariant, out var second) && second >= 1
            && double.TryParse(parts[1].Trim(), System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, invariant, out var degrees))
            return new HandRotation(first - 1, second - 1, degrees);
        throw new QMethodInputException($"A hand rotation is two factor numbers and an angle in degrees, such as {Example}; '{text}' is not.");
    }

    /// <summary>What is wrong with this rotation for a solution of <paramref name="factors"/> factors, or null.</summary>
    public string? ProblemWith(int factors)
    {
        if (First == Second) return $"A hand rotation turns two different factors; f{First + 1} is given twice.";
        var outside = new[] { First, Second }.FirstOrDefault(f => f < 0 || f >= factors, -1);
        if (outside >= 0) return $"A hand rotation names f{outside + 1}, but the analysis has {factors} {(factors == 1 ? "factor" : "factors")}.";
        if (!double.IsFinite(Degrees) || Math.Abs(Degrees) > 360) return $"A hand rotation's angle must be between -360 and 360 degrees; {Degrees.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not.";
        return null;
    }
}

public static class Rotation
{
    /// <summary>
    /// The rotation matrix R(θ) of a hand rotation: the identity with R[i,i] = R[j,j] = cos θ, R[j,i] = sin θ and
    /// R[i,j] = −sin θ for factors i = First, j = Second, so that L·R(θ) gives factor i the loadings a cos θ + b sin θ
    /// and factor j −a sin θ + b cos θ (a, b a sort's loadings on i and j): in the plot of i across and j up, a positive
    /// angle turns the axes anticlockwise, so the points move clockwise relative to them.
    /// </summary>
    public static Matrix<double> HandRotationMatrix(int factors, HandRotation rotation)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        var r = Matrix<double>.Build.DenseIdentity(factors);
        var theta = rotation.Degrees * Math.PI / 180;
        var (sin, cos) = Math.SinCos(theta);
        r[rotation.First, rotation.First] = cos;
        r[rotation.Second, rotation.Second] = cos;
        r[rotation.Second, rotation.First] = sin;
        r[rotation.First, rotation.Second] = -sin;
        return r;
    }

    /// <summary>
    /// The hand rotations applied in order, each L·R(θ) (<see cref="HandRotationMatrix"/>); after each, when
    /// <paramref name="orient"/>, a factor whose loadings now sum below zero is reflected (qmethod's convention for PCA),
    /// but factors keep their numbers, so each next rotation names the factors as the analyst sees them.
    /// </summary>
    /// <exception cref="QMethodInputException">A rotation names a factor that is not there, the same factor twice, or no usable angle.</exception>
    public static Matrix<double> ByHand(Matrix<double> loadings, IEnumerable<HandRotation> rotations, bool orient = true)
    {
        ArgumentNullException.ThrowIfNull(loadings);
        ArgumentNullException.ThrowIfNull(rotations);
        var result = loadings.Clone();
        foreach (var rotation in rotations)
        {
            if (rotation.ProblemWith(result.ColumnCount) is { } problem) throw new QMethodInputException(problem);
            result = result * HandRotationMatrix(result.ColumnCount, rotation);
            if (orient) result = Extraction.FlipToPositiveSums(result);
        }
        return result;
    }

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
