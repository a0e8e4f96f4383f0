using MathNet.Numerics.LinearAlgebra;

namespace Poet.Analysis.QMethod;

/// <summary>One factor's point on the scree plot. Variances are percentages of the number of Q-sorts.</summary>
public sealed record ScreePoint(int Factor, double Eigenvalue, double ExplainedVariance, double CumulativeVariance);

/// <summary>Humphrey's rule for one factor: is the product of its two largest absolute loadings above the threshold?</summary>
public sealed record HumphreyTest(int Factor, double CrossProduct, double Threshold, bool IsSignificant);

/// <summary>Evidence for choosing the number of factors; the choice stays with the analyst.</summary>
public static class FactorCount
{
    /// <summary>
    /// Eigenvalues with explained variance = 100 × eigenvalue / number of Q-sorts (qmethod's qfcharact
    /// convention; the eigenvalues of a correlation matrix sum to the number of Q-sorts).
    /// </summary>
    public static IReadOnlyList<ScreePoint> Scree(IReadOnlyList<double> eigenvalues)
    {
        var cumulative = 0.0;
        return eigenvalues.Select((value, k) =>
        {
            var explained = 100 * value / eigenvalues.Count;
            cumulative += explained;
            return new ScreePoint(k + 1, value, explained, cumulative);
        }).ToArray();
    }

    /// <summary>
    /// Where the scree falls most: the factor after which the next eigenvalue is lowest relative to it (the largest
    /// absolute difference between neighbours; the earlier factor on a tie). Null with fewer than two eigenvalues.
    /// A reading aid for the scree plot, not a rule: the elbow is where the curve flattens, often just after this.
    /// </summary>
    public static int? SteepestDrop(IReadOnlyList<double> eigenvalues)
    {
        if (eigenvalues.Count < 2) return null;
        var best = 0;
        for (var k = 1; k < eigenvalues.Count - 1; k++)
            if (eigenvalues[k] - eigenvalues[k + 1] > eigenvalues[best] - eigenvalues[best + 1]) best = k;
        return best + 1;
    }

    /// <summary>Kaiser-Guttman: how many eigenvalues exceed 1.</summary>
    public static int EigenvaluesAboveOne(IReadOnlyList<double> eigenvalues) => eigenvalues.Count(v => v > 1);

    /// <summary>
    /// Humphrey's rule (Brown 1980, p. 223): a factor is significant when the cross-product of its two highest
    /// loadings, ignoring sign, exceeds <paramref name="standardErrors"/> standard errors of a zero-order loading,
    /// 1 / sqrt(number of statements). Brown uses twice the standard error; some use once (pass 1).
    /// Apply it to unrotated loadings.
    /// </summary>
    public static IReadOnlyList<HumphreyTest> Humphrey(Matrix<double> loadings, int statementCount, double standardErrors = 2)
    {
        if (loadings.RowCount < 2)
            throw new QMethodInputException("Humphrey's rule needs at least two Q-sorts.");
        var threshold = standardErrors / Math.Sqrt(statementCount);
        return Enumerable.Range(0, loadings.ColumnCount).Select(k =>
        {
            var top = loadings.Column(k).Select(Math.Abs).OrderByDescending(a => a).Take(2).ToArray();
            var product = top[0] * top[1];
            return new HumphreyTest(k + 1, product, threshold, product > threshold);
        }).ToArray();
    }
}
