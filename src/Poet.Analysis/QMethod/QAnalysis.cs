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

    /// <summary>
    /// Centroid only: leave the factors as extracted and rotated, as qmethod 1.8.4 does, instead of reflecting each to
    /// a positive loading sum and ordering by explained variance (PCA is always oriented, as psych::principal does).
    /// </summary>
    public bool KeepQmethodOrientation { get; init; }

    /// <summary>Judgemental rotations applied in order after extraction, rotation and orientation (<see cref="Rotation.ByHand"/>).</summary>
    public IReadOnlyList<HandRotation> HandRotations { get; init; } = [];
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
    public Matrix<double> Loadings => HandRotated ?? Orientation.Loadings;

    /// <summary>The loadings after <see cref="QAnalysisOptions.HandRotations"/>; null when there are none.</summary>
    public Matrix<double>? HandRotated { get; init; }

    /// <summary>Each factor's crib sheet (<see cref="QMethod.CribSheets.Build"/>), for the factors that have an array.</summary>
    public IReadOnlyList<CribSheet> CribSheets => cribSheets ??= QMethod.CribSheets.Build(Scores.Arrays, Scores.ZScores, Options.Grid);

    private IReadOnlyList<CribSheet>? cribSheets;
}

public static class QAnalysis
{
    public const string NegativeFlagsWarning =
        "One or more Q-sorts with negative loadings are flagged through the automatic pre-flagging. This is not necessarily an issue, but double check the flags manually.";

    /// <summary>
    /// qmethod(dataset, nfactors, extraction, rotation, forced) composed from its steps: correlate, extract,
    /// rotate, orient (each factor's loadings sum positive; factors ordered by explained variance), rotate by hand
    /// if asked (the z-scores and arrays then follow from the hand-rotated loadings as qmethod's qzscores computes
    /// them from any loadings given to it), flag
    /// (automatic, then manual overrides), z-scores and factor arrays, characteristics, distinguishing and
    /// consensus statements.
    /// </summary>
    /// <remarks>
    /// qmethod 1.8.4 orients only PCA results (inside psych::principal) and leaves centroid loadings as centroid()
    /// and varimax() return them; here every extraction is oriented, so a centroid factor may come out with the
    /// opposite sign or in another position than in qmethod.
    /// </remarks>
    /// <exception cref="QMethodInputException">The data cannot be analysed with these options; the message lists every problem.</exception>
    /// <summary>A factor defined by one sort: its composite reliability is the coefficient alone (Brown 1980: 4r / (1 + 3r) for 1 sort = 0.8) and its array is that sort.</summary>
    public static string OneSortWarning(int factor, double coefficient) =>
        $"Factor f{factor + 1} rests on one flagged Q-sort: its factor array is that one person's sort, and its reliability is {coefficient.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} (that of a single sort). Read it as one viewpoint, not a shared one.";

    /// <summary>
    /// A factor array that does not fit the forced grid, in words: which columns hold more or fewer statements than the
    /// grid, and why (tied z-scores share a column).
    /// </summary>
    public static string MisfitWarning(ArrayMisfit misfit)
    {
        ArgumentNullException.ThrowIfNull(misfit);
        var columns = misfit.Columns.Select(c =>
            $"{c.Statements} {(c.Statements == 1 ? "statement" : "statements")} at {Grid.Label(c.Column)} where the grid has room for {c.GridHolds}").ToArray();
        var list = columns.Length == 1 ? columns[0] : string.Join(", ", columns[..^1]) + " and " + columns[^1];
        return $"Factor f{misfit.Factor + 1}'s array does not fit the grid: statements with equal z-scores share a column, so it has {list}. " +
            "qmethod 1.8.4 builds factor arrays the same way. Read the tied statements as placed level with each other, not as a sort anyone could make.";
    }

    /// <summary>
    /// Which centroid factors were reflected or moved, in words (qmethod 1.8.4 leaves centroid factors as extracted);
    /// null when orientation changed nothing.
    /// </summary>
    public static string? OrientationNote(OrientedFactors oriented)
    {
        ArgumentNullException.ThrowIfNull(oriented);
        var changes = Enumerable.Range(0, oriented.Order.Count)
            .Where(k => oriented.Order[k] != k || oriented.Signs[k] < 0)
            .Select(k => $"f{k + 1} is qmethod's f{oriented.Order[k] + 1}{(oriented.Signs[k] < 0 ? ", reflected" : "")}")
            .ToArray();
        return changes.Length == 0 ? null
            : $"Unlike qmethod 1.8.4, which leaves centroid factors as extracted, POET turns each factor so its loadings sum to a positive number and orders factors by explained variance: {string.Join("; ", changes)}. Choose \"Keep qmethod's orientation\" to compare with R.";
    }

    public static QAnalysisResult Run(QSortSet sorts, QAnalysisOptions options)
    {
        var problems = sorts.ProblemsWith(options.Grid, options.Factors, options.Forced);
        if (problems.Count > 0) throw new QMethodInputException(string.Join(" ", problems));

        var pca = Extraction.PrincipalComponents(sorts, options.Extraction == ExtractionMethod.PrincipalComponents ? options.Factors : 1);
        var unrotated = options.Extraction == ExtractionMethod.PrincipalComponents
            ? pca.Loadings
            : Extraction.Centroid(Correlations.Pearson(sorts), options.Factors, options.CentroidThreshold);
        var rotated = options.Rotation == RotationMethod.Varimax ? Rotation.Varimax(unrotated) : Rotation.None(unrotated);
        var keep = options.KeepQmethodOrientation && options.Extraction == ExtractionMethod.Centroid;
        var oriented = keep
            ? new OrientedFactors(rotated.Loadings.Clone(), Enumerable.Range(0, rotated.Loadings.ColumnCount).ToArray(), Enumerable.Repeat(1, rotated.Loadings.ColumnCount).ToArray())
            : Rotation.Orient(rotated.Loadings);

        var handRotated = options.HandRotations.Count == 0 ? null : Rotation.ByHand(oriented.Loadings, options.HandRotations, orient: !keep);
        var loadings = handRotated ?? oriented.Loadings;

        var flags = Flagging.Override(Flagging.Automatic(loadings, sorts.StatementCount), options.FlagOverrides);
        var scores = FactorScores.Compute(sorts, loadings, flags, options.Grid);
        var characteristics = FactorCharacteristics.Compute(loadings, flags, scores.ZScores, options.AverageReliabilityCoefficient);
        var distinctions = Statements.DistinguishingAndConsensus(scores.ZScores, characteristics.DifferenceStandardErrors);

        var warnings = new List<string>();
        if (Flagging.NegativeFlags(loadings, flags).Count > 0) warnings.Add(NegativeFlagsWarning);
        warnings.AddRange(scores.FactorsWithoutFlaggedSorts.Select(k =>
            $"Factor f{k + 1} has no flagged Q-sorts, so it has no z-scores, factor array or distinguishing statements."));
        for (var k = 0; k < options.Factors; k++)
            if (Enumerable.Range(0, sorts.SortCount).Count(q => flags[q, k]) == 1)
                warnings.Add(OneSortWarning(k, options.AverageReliabilityCoefficient));
        warnings.AddRange(FactorScores.Misfits(scores.Arrays, options.Grid).Select(MisfitWarning));
        if (options.Extraction == ExtractionMethod.Centroid && !keep && OrientationNote(oriented) is { } note) warnings.Add(note);

        return new QAnalysisResult(sorts, options, pca.Eigenvalues, unrotated, rotated, oriented, flags, scores,
            characteristics, distinctions, warnings)
        { HandRotated = handRotated };
    }
}
