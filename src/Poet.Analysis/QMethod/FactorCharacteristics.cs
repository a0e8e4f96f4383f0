using MathNet.Numerics.LinearAlgebra;

namespace Poet.Analysis.QMethod;

/// <summary>
/// One factor's characteristics as qmethod's qfcharact: eigenvalue = sum of squared loadings, explained variance
/// = 100 × eigenvalue / Q-sorts, composite reliability = r n / (1 + (n − 1) r) for n flagged Q-sorts and average
/// reliability coefficient r, standard error of factor scores = sd(z-scores) × sqrt(1 − reliability).
/// </summary>
public sealed record FactorCharacteristic(
    int Factor,
    double AverageReliabilityCoefficient,
    int LoadingSorts,
    double Eigenvalue,
    double ExplainedVariance,
    double CompositeReliability,
    double StandardError);

/// <summary>Per-factor characteristics, correlations between factor z-scores, and standard errors of differences (factors × factors).</summary>
public sealed record FactorCharacteristicSet(
    IReadOnlyList<FactorCharacteristic> Factors,
    Matrix<double> ZScoreCorrelations,
    Matrix<double> DifferenceStandardErrors);

public static class FactorCharacteristics
{
    /// <summary>qmethod's default average reliability coefficient for Q-sorts (Brown 1980).</summary>
    public const double DefaultAverageReliabilityCoefficient = 0.8;

    public static FactorCharacteristicSet Compute(
        Matrix<double> loadings,
        bool[,] flags,
        Matrix<double> zScores,
        double averageReliabilityCoefficient = DefaultAverageReliabilityCoefficient)
    {
        var factors = Enumerable.Range(0, loadings.ColumnCount).Select(k =>
        {
            var nload = Flagging.CountOnFactor(flags, k);
            var eigenvalue = loadings.Column(k).PointwisePower(2).Sum();
            var reliability = averageReliabilityCoefficient * nload / (1 + (nload - 1) * averageReliabilityCoefficient);
            return new FactorCharacteristic(
                k + 1,
                averageReliabilityCoefficient,
                nload,
                eigenvalue,
                100 * eigenvalue / loadings.RowCount,
                reliability,
                SampleSd(zScores.Column(k)) * Math.Sqrt(1 - reliability));
        }).ToArray();
        return new FactorCharacteristicSet(
            factors,
            Correlations.Pearson(zScores),
            DifferenceStandardErrors(factors.Select(f => f.StandardError).ToArray()));
    }

    /// <summary>SED between factors f and g: sqrt(SE_f² + SE_g²), as qfcharact's sd_dif.</summary>
    public static Matrix<double> DifferenceStandardErrors(IReadOnlyList<double> standardErrors) =>
        Matrix<double>.Build.Dense(standardErrors.Count, standardErrors.Count,
            (f, g) => Math.Sqrt(standardErrors[f] * standardErrors[f] + standardErrors[g] * standardErrors[g]));

    private static double SampleSd(Vector<double> x)
    {
        var mean = x.Average();
        return Math.Sqrt((x - mean).PointwisePower(2).Sum() / (x.Count - 1));
    }
}
