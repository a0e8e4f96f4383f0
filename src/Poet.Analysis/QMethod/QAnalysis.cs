using MathNet.Numerics.LinearAlgebra;

namespace Poet.Analysis.QMethod;

public enum ExtractionMethod { PrincipalComponents, Centroid }

public enum RotationMethod { Varimax, None }

/// <summary>
/// Options for <see cref="QAnalysis.Run"/>. Defaults follow qmethod 1.8.4's qmethod(): PCA, varimax, forced
/// distribution, centroid threshold spc = 1e-5, average reliability coefficient 0.8.
/// </summary>
public sealed record QAnalysisOptions(int Factors, Grid Grid)
{
    public ExtractionMethod Extraction { get; init; } = ExtractionMethod.PrincipalComponents;
    public RotationMethod Rotation { get; init; } = RotationMethod.Varimax;
    public bool Forced { get; init; } = true;
    public IReadOnlyList<FlagOverride> FlagOverrides { get; init; } = [];
    public double CentroidThreshold { get; init; } = 1e-5;
    public double AverageReliabilityCoefficient { get; init; } = FactorCharacteristics.DefaultAverageReliabilityCoefficient;
}

/// <summary>
/// Everything one Q analysis produces. <see cref="Loadings"/> are rotated, sign-normalised and ordered; flags,
/// scores, characteristics and distinctions all use that order (factor k is "f{k+1}").
/// </summary>
public sealed record QAnalysisResult(
    QSortSet Sorts,
    QAnalysisOptions Options,
    IReadOnlyList<double> Eigenvalues,
    Matrix<double> UnrotatedLoadings,
    RotatedFactors Rotation,
    OrientedFactors Orientation,
    bool[,] Flags,
    FactorScoreSet Scores,
    FactorCharacteristicSet Characteristics,
    DistinctionSet Distinctions,
    IReadOnlyList<string> Warnings)
{
    public Matrix<double> Loadings => Orientation.Loadings;
}

public static class QAnalysis
{
    public const string NegativeFlagsWarning =
        "One or more Q-sorts with negative loadings are flagged through the automatic pre-flagging. This is not necessarily an issue, but double check the flags manually.";

    /// <summary>
    /// qmethod(dataset, nfactors, extraction, rotation, forced) composed from its steps: correlate, extract,
    /// rotate, orient (each factor's loadings sum positive; factors ordered by explained variance), flag
    /// (automatic, then manual overrides), z-scores and factor arrays, characteristics, distinguishing and
    /// consensus statements.
    /// </summary>
    /// <remarks>
    /// qmethod 1.8.4 orients only PCA results (inside psych::principal) and leaves centroid loadings as centroid()
    /// and varimax() return them; here every extraction is oriented, so a centroid factor may come out with the
    /// opposite sign or in another position than in qmethod.
    /// </remarks>
    /// <exception cref="QMethodInputException">The data cannot be analysed with these options; the message lists every problem.</exception>
    public static QAnalysisResult Run(QSortSet sorts, QAnalysisOptions options)
    {
        var problems = sorts.ProblemsWith(options.Grid, options.Factors, options.Forced);
        if (problems.Count > 0) throw new QMethodInputException(string.Join(" ", problems));

        var pca = Extraction.PrincipalComponents(sorts, options.Extraction == ExtractionMethod.PrincipalComponents ? options.Factors : 1);
        var unrotated = options.Extraction == ExtractionMethod.PrincipalComponents
            ? pca.Loadings
            : Extraction.Centroid(Correlations.Pearson(sorts), options.Factors, options.CentroidThreshold);
        var rotated = options.Rotation == RotationMethod.Varimax ? Rotation.Varimax(unrotated) : Rotation.None(unrotated);
        var oriented = Rotation.Orient(rotated.Loadings);

        var flags = Flagging.Override(Flagging.Automatic(oriented.Loadings, sorts.StatementCount), options.FlagOverrides);
        var scores = FactorScores.Compute(sorts, oriented.Loadings, flags, options.Grid);
        var characteristics = FactorCharacteristics.Compute(oriented.Loadings, flags, scores.ZScores, options.AverageReliabilityCoefficient);
        var distinctions = Statements.DistinguishingAndConsensus(scores.ZScores, characteristics.DifferenceStandardErrors);

        var warnings = new List<string>();
        if (Flagging.NegativeFlags(oriented.Loadings, flags).Count > 0) warnings.Add(NegativeFlagsWarning);
        warnings.AddRange(scores.FactorsWithoutFlaggedSorts.Select(k =>
            $"Factor f{k + 1} has no flagged Q-sorts, so it has no z-scores, factor array or distinguishing statements."));

        return new QAnalysisResult(sorts, options, pca.Eigenvalues, unrotated, rotated, oriented, flags, scores,
            characteristics, distinctions, warnings);
    }
}
