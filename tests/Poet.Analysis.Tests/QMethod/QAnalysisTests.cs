using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;
using Xunit.Abstractions;

namespace Poet.Analysis.Tests.QMethod;

public class QAnalysisTests(ITestOutputHelper output)
{
    private static readonly QAnalysisOptions TwoFactors = new(2, Lipset.Grid);

    [Fact]
    public void Run_Lipset_EveryOutputWithin1e9OfQmethod()
    {
        // r_call in the json: qmethod(lipset[[1]], nfactors=2, extraction="PCA", rotation="varimax", forced=TRUE)
        var result = QAnalysis.Run(Lipset.Sorts, TwoFactors);
        var c = Lipset.Characteristics;
        var errors = new Dictionary<string, double>
        {
            ["eigenvalues_all"] = Max(Lipset.ExpectedVector(Lipset.Expected.GetProperty("eigenvalues_all")), result.Eigenvalues),
            ["unrotated_loadings"] = MatrixAssert.MaxAbsError(Lipset.ExpectedMatrix("unrotated_loadings"), result.UnrotatedLoadings),
            ["rotmat"] = MatrixAssert.MaxAbsError(Lipset.ExpectedMatrix(Lipset.Expected.GetProperty("varimax").GetProperty("rotmat")), result.Rotation.RotationMatrix),
            ["rotated_loadings"] = MatrixAssert.MaxAbsError(Lipset.ExpectedMatrix("rotated_loadings"), result.Loadings),
            ["flagged"] = MatrixAssert.MaxAbsError(Lipset.ExpectedMatrix("flagged"), MatrixAssert.ToMatrix(result.Flags)),
            ["factor_weights"] = MatrixAssert.MaxAbsError(Lipset.ExpectedMatrix("factor_weights"), result.Scores.Weights),
            ["weighted_sums"] = MatrixAssert.MaxAbsError(Lipset.ExpectedMatrix("weighted_sums"), result.Scores.WeightedSums),
            ["zscores"] = MatrixAssert.MaxAbsError(Lipset.ExpectedMatrix("zscores"), result.Scores.ZScores),
            ["factor_scores"] = MatrixAssert.MaxAbsError(Lipset.ExpectedMatrix("factor_scores"), MatrixAssert.ToMatrix(result.Scores.Arrays)),
            ["eigenvals"] = Max(Lipset.ExpectedVector(c.GetProperty("eigenvals")), result.Characteristics.Factors.Select(f => f.Eigenvalue).ToArray()),
            ["expl_var"] = Max(Lipset.ExpectedVector(c.GetProperty("expl_var")), result.Characteristics.Factors.Select(f => f.ExplainedVariance).ToArray()),
            ["reliability"] = Max(Lipset.ExpectedVector(c.GetProperty("reliability")), result.Characteristics.Factors.Select(f => f.CompositeReliability).ToArray()),
            ["se_fscores"] = Max(Lipset.ExpectedVector(c.GetProperty("se_fscores")), result.Characteristics.Factors.Select(f => f.StandardError).ToArray()),
            ["cor_zsc"] = MatrixAssert.MaxAbsError(Lipset.ExpectedMatrix("cor_zsc"), result.Characteristics.ZScoreCorrelations),
            ["sd_dif"] = MatrixAssert.MaxAbsError(Lipset.ExpectedMatrix("sd_dif"), result.Characteristics.DifferenceStandardErrors),
            ["qdc.differences"] = Max(Lipset.ExpectedVector(Lipset.Expected.GetProperty("qdc").GetProperty("differences").GetProperty("f1_f2")),
                result.Distinctions.Statements.Select(s => s.Differences[0]).ToArray()),
        };
        foreach (var (name, error) in errors) output.WriteLine($"{name}: max abs error {error:E2}");
        Assert.All(errors, e => Assert.True(e.Value <= Lipset.Tolerance, $"{e.Key}: {e.Value:E3}"));
        Assert.Equal(
            Lipset.Expected.GetProperty("qdc").GetProperty("dist_and_cons").EnumerateArray().Select(e => e.GetString()),
            result.Distinctions.Statements.Select(s => s.Label)); // json qdc.dist_and_cons
    }

    [Fact]
    public void Run_LipsetNegativeFlag_WarnsAsQmethod()
    {
        var result = QAnalysis.Run(Lipset.Sorts, TwoFactors);
        Assert.Equal([QAnalysis.NegativeFlagsWarning], result.Warnings); // json warnings (JP5 flagged at -0.78 on f2)
        Assert.True(result.Scores.Weights[4, 1] < 0);                     // json factor_weights: JP5 -2.0136
    }

    [Fact]
    public void Run_BadInput_ListsEveryProblem()
    {
        var e = Assert.Throws<QMethodInputException>(() => QAnalysis.Run(Lipset.Sorts, new QAnalysisOptions(10, Grid.FromLowest(-4, [2, 3, 4, 5, 6, 5, 4, 3, 2]))));
        Assert.Equal(
            "There are 9 Q-sorts, which is fewer than the 10 factors asked for; choose at most 9 factors. " +
            "The grid has room for 34 statements, but there are 33 statements; the column counts must add up to the number of statements.",
            e.Message);
    }

    [Fact]
    public void Run_SingleFactor_LoadingsAreFirstComponentAndNoDistinctions()
    {
        var result = QAnalysis.Run(Lipset.Sorts, new QAnalysisOptions(1, Lipset.Grid));
        Assert.Equal(1, result.Loadings.ColumnCount);
        // varimax leaves one factor alone, so its eigenvalue is PC1's: json eigenvalues_all[0]
        Assert.Equal(2.38377318900568, result.Characteristics.Factors[0].Eigenvalue, 9);
        Assert.Empty(result.Distinctions.Pairs);
        Assert.All(result.Scores.Arrays.Cast<int?>(), a => Assert.NotNull(a));
    }

    [Fact]
    public void Run_SortIdenticalToAnother_GetsTheSameLoadingsAndFlags()
    {
        var twin = WithCopyOf(Lipset.Sorts, sort: 0, name: "US1-again");
        var result = QAnalysis.Run(twin, TwoFactors);
        MatrixAssert.Close(result.Loadings.Row(0).ToArray(), result.Loadings.Row(9).ToArray(), 1e-12);
        Assert.Equal(result.Flags[0, 0], result.Flags[9, 0]);
        Assert.Equal(result.Flags[0, 1], result.Flags[9, 1]);
    }

    [Fact]
    public void Run_FactorWithNoFlaggedSorts_IsReportedNotThrown()
    {
        var unflagAll = Enumerable.Range(0, 9).Select(q => new FlagOverride(q, 1, false)).ToArray();
        var result = QAnalysis.Run(Lipset.Sorts, TwoFactors with { FlagOverrides = unflagAll });
        Assert.Equal(["Factor f2 has no flagged Q-sorts, so it has no z-scores, factor array or distinguishing statements."],
            result.Warnings.Where(w => w.StartsWith("Factor", StringComparison.Ordinal)));
        Assert.Equal(0, result.Characteristics.Factors[1].LoadingSorts);
        Assert.Null(result.Scores.Arrays[0, 1]);
        Assert.All(result.Distinctions.Statements, s => Assert.Equal("", s.Label)); // one usable factor: nothing to compare
    }

    [Fact]
    public void Run_NoRotation_OrientsPrincipalComponents()
    {
        var result = QAnalysis.Run(Lipset.Sorts, TwoFactors with { Rotation = RotationMethod.None });
        // psych::principal(rotate = "none") is already oriented: json unrotated_loadings
        MatrixAssert.Close(Lipset.ExpectedMatrix("unrotated_loadings"), result.Loadings);
    }

    [Fact]
    public void Run_CentroidVarimax_GivesSensibleFactors()
    {
        var result = QAnalysis.Run(Lipset.Sorts, TwoFactors with { Extraction = ExtractionMethod.Centroid });
        // No R reference for centroid on lipset; check structure instead: loadings in [-1, 1], columns summing
        // positive, larger factor first, and every factor defined by flagged Q-sorts with arrays on the grid.
        Assert.All(result.Loadings.Enumerate(), a => Assert.InRange(a, -1.0, 1.0));
        Assert.All(result.Loadings.ColumnSums(), s => Assert.True(s > 0));
        Assert.True(result.Characteristics.Factors[0].Eigenvalue >= result.Characteristics.Factors[1].Eigenvalue);
        Assert.Empty(result.Scores.FactorsWithoutFlaggedSorts);
        Assert.All(result.Scores.Arrays.Cast<int?>(), a => Assert.InRange(a!.Value, -4, 4));
    }

    // Issue 16, point 5: qmethod 1.8.4 leaves centroid factors as extracted; POET orients them and must say so.
    [Fact]
    public void Run_CentroidKeepingQmethodsOrientation_LeavesTheRotatedLoadingsAndSaysNothing()
    {
        var kept = QAnalysis.Run(Lipset.Sorts, TwoFactors with { Extraction = ExtractionMethod.Centroid, KeepQmethodOrientation = true });
        var oriented = QAnalysis.Run(Lipset.Sorts, TwoFactors with { Extraction = ExtractionMethod.Centroid });

        Assert.Equal(0, MatrixAssert.MaxAbsError(kept.Rotation.Loadings, kept.Loadings));
        Assert.DoesNotContain(kept.Warnings, w => w.StartsWith("Unlike qmethod", StringComparison.Ordinal));
        var note = QAnalysis.OrientationNote(oriented.Orientation);
        Assert.Equal(note is not null, oriented.Warnings.Contains(note ?? ""));
    }

    [Fact]
    public void OrientationNote_SwappedAndReflected_NamesEachChange()
    {
        var loadings = Matrix<double>.Build.Dense(2, 2);
        var note = QAnalysis.OrientationNote(new OrientedFactors(loadings, [1, 0], [-1, 1]));

        Assert.Equal("Unlike qmethod 1.8.4, which leaves centroid factors as extracted, POET turns each factor so its loadings sum to a positive number and orders factors by explained variance: f1 is qmethod's f2, reflected; f2 is qmethod's f1. Choose \"Keep qmethod's orientation\" to compare with R.", note);
        Assert.Null(QAnalysis.OrientationNote(new OrientedFactors(loadings, [0, 1], [1, 1])));
    }

    [Fact]
    public void Run_FactorFlaggedByOneSort_WarnsThatItIsOnePersonsSort()
    {   // Lipset's own flags on f1; f2 flagged by hand on the first sort only.
        var auto = QAnalysis.Run(Lipset.Sorts, TwoFactors);
        var overrides = Enumerable.Range(0, Lipset.Sorts.SortCount)
            .SelectMany(q => new[] { new FlagOverride(q, 0, auto.Flags[q, 0]), new FlagOverride(q, 1, q == 0) }).ToList();

        var result = QAnalysis.Run(Lipset.Sorts, TwoFactors with { FlagOverrides = overrides });

        Assert.Contains("Factor f2 rests on one flagged Q-sort: its factor array is that one person's sort, and its reliability is 0.8 (that of a single sort). Read it as one viewpoint, not a shared one.", result.Warnings);
        Assert.Equal(0.8, result.Characteristics.Factors[1].CompositeReliability, 12);
    }

    [Fact]
    public void Run_CentroidVarimax_FlagsLikePrincipalComponents()
    {
        var centroid = QAnalysis.Run(Lipset.Sorts, TwoFactors with { Extraction = ExtractionMethod.Centroid });
        var pca = QAnalysis.Run(Lipset.Sorts, TwoFactors);
        // On lipset the two extractions agree on the factor structure (Brown 1980 reports similar factors)
        Assert.Equal(MatrixAssert.ToMatrix(pca.Flags), MatrixAssert.ToMatrix(centroid.Flags));
    }

    [Fact]
    public void Run_100StatementsBy1000Sorts_GivesThreeOrientedFactors()
    {   // speed for this size is measured in bench/ (QMethodBenchmarks), not asserted here
        var grid = Grid.FromLowest(-5, [3, 5, 8, 11, 13, 20, 13, 11, 8, 5, 3]);
        var result = QAnalysis.Run(RandomSorts.Forced(100, 1000, grid, seed: 42), new QAnalysisOptions(3, grid));
        Assert.Equal(3, result.Loadings.ColumnCount);
        Assert.Equal(1000, result.Loadings.RowCount);
        Assert.All(result.Loadings.ColumnSums(), s => Assert.True(s > 0));
    }

    private static double Max(IReadOnlyList<double> expected, IReadOnlyList<double> actual) =>
        expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();

    private static QSortSet WithCopyOf(QSortSet sorts, int sort, string name)
    {
        var values = new int[sorts.StatementCount, sorts.SortCount + 1];
        for (var s = 0; s < sorts.StatementCount; s++)
        {
            for (var q = 0; q < sorts.SortCount; q++) values[s, q] = sorts[s, q];
            values[s, sorts.SortCount] = sorts[s, sort];
        }
        return new QSortSet(sorts.StatementIds, [.. sorts.SortNames, name], values);
    }
}
