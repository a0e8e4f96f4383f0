using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Poet.Analysis.QMethod;

/// <summary>Unrotated loadings (sorts × factors) and every eigenvalue of the sorts' correlation matrix, largest first.</summary>
public sealed record ExtractedFactors(Matrix<double> Loadings, IReadOnlyList<double> Eigenvalues);

public static class Extraction
{
    /// <summary>
    /// Principal components as psych::principal(r, nfactors, rotate = "none") does them: eigen decomposition of
    /// the correlation matrix, loadings = vectors × sqrt(values) (values below machine epsilon raised to it),
    /// then each column's sign flipped so that it sums to a positive number.
    /// </summary>
    public static ExtractedFactors PrincipalComponents(Matrix<double> correlations, int factors)
    {
        CheckFactors(correlations.ColumnCount, factors);
        var evd = correlations.Evd(Symmetricity.Symmetric);
        var ascending = evd.EigenValues.Select(v => v.Real).ToArray();
        var m = correlations.ColumnCount;
        var eigenvalues = Enumerable.Range(0, m).Select(k => ascending[m - 1 - k]).ToArray();
        var loadings = Matrix<double>.Build.Dense(m, factors, (i, k) =>
            evd.EigenVectors[i, m - 1 - k] * Math.Sqrt(Math.Max(eigenvalues[k], Epsilon)));
        return new ExtractedFactors(FlipToPositiveSums(loadings), eigenvalues);
    }

    /// <summary>
    /// Principal components of the Q-sorts' Pearson correlations. With more Q-sorts than statements the
    /// correlation matrix has rank below the number of statements, so the eigenproblem is solved on the
    /// statements' side (the same result, much faster for large studies); otherwise on the correlation matrix.
    /// </summary>
    public static ExtractedFactors PrincipalComponents(QSortSet sorts, int factors) =>
        sorts.SortCount > sorts.StatementCount
            ? PrincipalComponentsViaStatements(sorts.ToMatrix(), factors)
            : PrincipalComponents(Correlations.Pearson(sorts), factors);

    /// <summary>
    /// The same decomposition through the statements × statements Gram matrix G = ZZ', where Z holds the
    /// Q-sorts centred and scaled to length 1 (so Z'Z is the correlation matrix): G and Z'Z share their
    /// non-zero eigenvalues, and Z'u is an eigenvector of Z'Z times sqrt(value), i.e. a column of loadings.
    /// </summary>
    internal static ExtractedFactors PrincipalComponentsViaStatements(Matrix<double> data, int factors)
    {
        var m = data.ColumnCount;
        CheckFactors(m, factors);
        var z = Correlations.UnitColumns(data);
        var evd = Gram(z).Evd(Symmetricity.Symmetric);
        var n = data.RowCount;
        var ascending = evd.EigenValues.Select(v => v.Real).ToArray();
        var eigenvalues = Enumerable.Range(0, m).Select(k => k < n ? ascending[n - 1 - k] : 0.0).ToArray();
        var loadings = Matrix<double>.Build.Dense(m, factors);
        for (var k = 0; k < factors; k++)
        {
            var u = k < n ? evd.EigenVectors.Column(n - 1 - k) : Vector<double>.Build.Dense(n);
            loadings.SetColumn(k, z.TransposeThisAndMultiply(u));
        }
        return new ExtractedFactors(FlipToPositiveSums(loadings), eigenvalues);
    }

    /// <summary>
    /// Brown's (1980, pp. 208-224) centroid method as qmethod 1.8.4's centroid(tmat, nfactors, spc) does it. For each
    /// factor: zero the diagonal; reflect the Q-sort with the most negative column sum until all column sums are
    /// positive; start from communalities = column sums / (n - 1) and iterate loadings f = t / sqrt(sum t),
    /// t = column sums + f², until every |communality − f²| is below <paramref name="threshold"/>; reflect the
    /// factor back; take residuals r − f f' and reflect them back.
    /// </summary>
    /// <remarks>
    /// Differences from the R code, only where R would hang or misbehave: reflection stops when no column sum is
    /// negative (R loops forever on a column sum of exactly 0); on a tie for the most negative sum the first Q-sort
    /// is reflected (R reflects all tied at once, scrambling them); the iteration stops after
    /// <see cref="CentroidMaxIterations"/> passes.
    /// </remarks>
    public static Matrix<double> Centroid(Matrix<double> correlations, int factors, double threshold = 1e-5)
    {
        var n = correlations.RowCount;
        CheckFactors(n, factors);
        var t = correlations.Clone();
        var result = Matrix<double>.Build.Dense(n, factors);
        for (var factor = 0; factor < factors; factor++)
        {
            for (var i = 0; i < n; i++) t[i, i] = 0;
            var reflected = new List<int>();
            while (true)
            {
                var sums = t.ColumnSums();
                var worst = sums.MinimumIndex();
                if (sums[worst] >= 0) break;
                var row = -t.Row(worst);
                t.SetRow(worst, row);
                t.SetColumn(worst, row);
                reflected.Add(worst);
            }
            var columnSums = t.ColumnSums();
            var communality = columnSums / (n - 1);
            var tt = communality + columnSums;
            var f = tt / Math.Sqrt(tt.Sum());
            for (var pass = 0; pass < CentroidMaxIterations && !Converged(communality, f, threshold); pass++)
            {
                communality = f.PointwisePower(2);
                tt = columnSums + communality;
                f = tt / Math.Sqrt(tt.Sum());
            }
            var factorLoadings = f.Clone();
            foreach (var q in reflected) factorLoadings[q] = -factorLoadings[q];
            result.SetColumn(factor, factorLoadings);

            var residual = t - f.OuterProduct(f);
            for (var r = reflected.Count - 1; r >= 0; r--)
            {
                var q = reflected[r];
                residual.SetRow(q, -residual.Row(q));
                residual.SetColumn(q, -residual.Column(q));
            }
            t = residual;
        }
        return result;
    }

    public const int CentroidMaxIterations = 10_000;

    /// <summary>ZZ' for a wide Z, filling one triangle with SIMD dot products of Z's rows.</summary>
    // Fully optimised from the first call: Vector<T> code is never precompiled (ReadyToRun leaves it to the JIT), and
    // its first, unoptimised tier made this loop most of a whole `poet qmethod analyze` run (bench/results/analysis.md).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Matrix<double> Gram(Matrix<double> z)
    {
        var n = z.RowCount;
        var m = z.ColumnCount;
        var rows = z.Transpose().ToColumnMajorArray(); // row i of z at [i*m, (i+1)*m)
        var g = Matrix<double>.Build.Dense(n, n);
        for (var a = 0; a < n; a++)
            for (var b = 0; b <= a; b++)
                g[a, b] = g[b, a] = Dot(rows.AsSpan(a * m, m), rows.AsSpan(b * m, m));
        return g;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var width = System.Numerics.Vector<double>.Count;
        var sum = System.Numerics.Vector<double>.Zero;
        var i = 0;
        for (; i <= x.Length - width; i += width)
            sum += new System.Numerics.Vector<double>(x[i..]) * new System.Numerics.Vector<double>(y[i..]);
        var total = System.Numerics.Vector.Sum(sum);
        for (; i < x.Length; i++) total += x[i] * y[i];
        return total;
    }

    /// <summary>psych::principal raises eigenvalues below .Machine$double.eps to it before taking square roots.</summary>
    private const double Epsilon = 2.220446049250313e-16;

    private static bool Converged(Vector<double> communality, Vector<double> f, double threshold)
    {
        for (var i = 0; i < f.Count; i++)
            if (!(Math.Abs(communality[i] - f[i] * f[i]) < threshold)) return false;
        return true;
    }

    /// <summary>psych's rule: flip each column whose sum is negative (a zero sum is left alone).</summary>
    internal static Matrix<double> FlipToPositiveSums(Matrix<double> loadings)
    {
        var flipped = loadings.Clone();
        for (var k = 0; k < flipped.ColumnCount; k++)
            if (flipped.Column(k).Sum() < 0)
                flipped.SetColumn(k, -flipped.Column(k));
        return flipped;
    }

    private static void CheckFactors(int sorts, int factors)
    {
        if (factors < 1 || factors > sorts)
            throw new QMethodInputException($"Choose between 1 and {sorts} factors for {sorts} Q-sorts; {factors} were asked for.");
    }
}
