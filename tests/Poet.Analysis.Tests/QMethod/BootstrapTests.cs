using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;
using Xunit.Abstractions;

namespace Poet.Analysis.Tests.QMethod;

/// <summary>
/// The bootstrap against qmethod 1.8.4's qmboots source (github.com/aiorazabala/qmethod, commit 5e69a46: R/qmboots.R,
/// qbstep.R, qindtest.R, qfsi.R). R is not available here, so the tests check the procedure step by step and the
/// distribution's properties on lipset with a fixed seed.
/// </summary>
public class BootstrapTests(ITestOutputHelper output)
{
    private static readonly QAnalysisOptions TwoFactors = new(2, Lipset.Grid);

    [Fact]
    public void Resample_DrawsEverySortEquallyOftenInBlocksOfN()
    {
        // qmboots: qsvector <- rep(1:nqsorts, times=nsteps)[sample(...)], then step b takes qsvector[(1 + n(b-1)):(n b)].
        var r = Bootstrap.Resample(9, 50, seed: 7);

        Assert.Equal(9, r.GetLength(0));
        Assert.Equal(50, r.GetLength(1));
        var counts = new int[9];
        foreach (var q in r) counts[q]++;
        Assert.All(counts, c => Assert.Equal(50, c));
        // With replacement: some resample draws a sort twice (with 50 shuffled blocks of 9, all-distinct blocks are rare).
        Assert.Contains(Enumerable.Range(0, 50), b => Enumerable.Range(0, 9).Select(i => r[i, b]).Distinct().Count() < 9);
    }

    [Fact]
    public void Run_SameSeed_SameResult_OtherSeed_Other()
    {
        var a = Bootstrap.Run(Lipset.Sorts, TwoFactors, 40, seed: 2016);
        var b = Bootstrap.Run(Lipset.Sorts, TwoFactors, 40, seed: 2016);
        var c = Bootstrap.Run(Lipset.Sorts, TwoFactors, 40, seed: 2017);

        Assert.Equal(a.Resamples, b.Resamples);
        Assert.Equal(a.Factors[0].MeanZScores, b.Factors[0].MeanZScores);
        Assert.NotEqual(a.Resamples, c.Resamples);
        Assert.NotEqual(a.Factors[0].MeanZScores, c.Factors[0].MeanZScores);
    }

    [Fact]
    public void Step_OnTheFullSample_IsTheFullAnalysis()
    {
        // qbstep on a resample that draws every sort once: principal(), varimax(), qindtest() against the target, qflag and
        // qzscores give qmethod's own full-sample loadings, flags and z-scores (expected-pca-varimax-2f.json).
        var full = QAnalysis.Run(Lipset.Sorts, TwoFactors);

        var (match, flags, z) = Bootstrap.Step(Lipset.Sorts.ToMatrix(), Enumerable.Range(0, 9).ToArray(), full.Loadings, 33);

        MatrixAssert.Close(Lipset.ExpectedMatrix("rotated_loadings"), match.Loadings);
        MatrixAssert.Close(Lipset.ExpectedMatrix("flagged"), MatrixAssert.ToMatrix(flags), 0);
        MatrixAssert.Close(Lipset.ExpectedMatrix("zscores"), z);
        Assert.Null(match.Reordered);
        Assert.False(match.OrderError);
    }

    [Fact]
    public void Match_SwappedAndReflectedFactors_AreMatchedBackAsQindtestDoes()
    {
        var target = Lipset.ExpectedMatrix("rotated_loadings");
        // The resample's f1 is the target's f2 reflected, its f2 the target's f1.
        var swapped = Matrix<double>.Build.DenseOfColumnVectors(-target.Column(1), target.Column(0));

        var match = Bootstrap.Match(swapped, target);

        Assert.Equal([1, 0], match.Reordered!);
        Assert.Equal([1], match.Reflected); // after reordering, f2 (the reflected one) correlates -1 with its target
        MatrixAssert.Close(target, match.Loadings, 0);
    }

    [Fact]
    public void Match_OneFactorBestForTwoTargets_IsAnOrderErrorAndKeepsTheOrder()
    {
        // qindtest: "ERROR in ORDER swap: at least one factor in the resample is best match for two or more factors in the
        // target" when the reordered factors correlate above 0.999; the loadings are left as they were.
        var target = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 1.0 }, { 2.0, 2.1 }, { 3.0, 2.9 }, { 4.0, 4.2 } });
        var loadings = Matrix<double>.Build.DenseOfArray(new[,] { { 4.0, 1.0 }, { 1.0, 2.0 }, { 2.0, 3.0 }, { 1.0, 4.0 } });

        var match = Bootstrap.Match(loadings, target);

        Assert.True(match.OrderError);
        Assert.Null(match.Reordered);
        Assert.Equal(loadings.Column(1), match.Loadings.Column(1));
    }

    [Fact]
    public void Run_Lipset1000Steps_MeanLoadingsNearTheFullSample()
    {
        // Zabala and Pascual (2016) bootstrap lipset-sized studies with 1000 resamples. Tolerance: a bootstrap mean
        // differs from the full-sample estimate by its bias; with 9 sorts varimax pulls loadings toward the factors, so
        // allow 0.15 on flagged sorts' loadings (each ±0.65 to ±0.84 here) and 0.25 on the rest.
        var r = Bootstrap.Run(Lipset.Sorts, TwoFactors, 1000, seed: 2016);
        var full = r.Full;

        for (var f = 0; f < 2; f++)
            for (var q = 0; q < 9; q++)
            {
                var gap = Math.Abs(r.Factors[f].MeanLoadings[q] - full.Loadings[q, f]);
                output.WriteLine($"f{f + 1} {Lipset.Sorts.SortNames[q]}: full {full.Loadings[q, f]:F3}, mean {r.Factors[f].MeanLoadings[q]:F3}, SE {r.Factors[f].LoadingStandardErrors[q]:F3}, flagged {r.Factors[f].FlagFrequencies[q]:F2}");
                Assert.True(gap <= (full.Flags[q, f] ? 0.15 : 0.25), $"f{f + 1} {Lipset.Sorts.SortNames[q]}: |mean - full| = {gap:F3}");
            }
        for (var f = 0; f < 2; f++)
        {
            var fsc = r.Factors[f];
            output.WriteLine($"f{f + 1}: FSI {fsc.StabilityIndex:F3} ({fsc.NormalisedStabilityIndex:F3}), used {r.UsedSteps}, order errors {r.OrderErrors}, swaps {r.OrderSwaps}, signs {r.SignSwaps}");
            // Mean z-scores keep the full sample's order well: correlation above 0.95.
            var corr = MathNet.Numerics.Statistics.Correlation.Pearson(fsc.MeanZScores, Enumerable.Range(0, 33).Select(s => full.Scores.ZScores[s, f]));
            Assert.True(corr > 0.95, $"f{f + 1}: correlation {corr:F3}");
            Assert.All(fsc.ZScoreStandardErrors, se => Assert.True(se > 0 && se < 1.5));
            Assert.All(Enumerable.Range(0, 33), s => Assert.True(fsc.ZScoreLow[s] <= fsc.MeanZScores[s] && fsc.MeanZScores[s] <= fsc.ZScoreHigh[s]));
            // The bootstrapped array fills the grid exactly (qmboots's zsc_bn takes the sorted grid cells in turn).
            Assert.Equal(Lipset.Grid.Distribution, fsc.Array.Order());
        }
        Assert.Equal(1000, r.UsedSteps + r.OrderErrors);
    }

    [Fact]
    public void Quantile_IsRsType7()
    {
        // R: quantile(c(1, 2, 3, 4, 10), c(0.025, 0.975)) gives 1.1 and 9.4.
        Assert.Equal(1.1, Bootstrap.Quantile([1, 2, 3, 4, 10], 0.025), 1e-12);
        Assert.Equal(9.4, Bootstrap.Quantile([10, 4, 3, 2, 1], 0.975), 1e-12);
    }

    [Theory]
    [InlineData(0, "Choose between 1 and 10000 bootstrap resamples; 0 were asked for.")]
    [InlineData(10001, "Choose between 1 and 10000 bootstrap resamples; 10001 were asked for.")]
    public void Run_BadStepCount_Says(int steps, string message) =>
        Assert.Equal(message, Assert.Throws<QMethodInputException>(() => Bootstrap.Run(Lipset.Sorts, TwoFactors, steps, 1)).Message);

    [Fact]
    public void Run_Centroid_IsRefused() =>
        Assert.Equal("The bootstrap follows qmethod's qmboots, which extracts principal components; choose principal components extraction to bootstrap.",
            Assert.Throws<QMethodInputException>(() => Bootstrap.Run(Lipset.Sorts, TwoFactors with { Extraction = ExtractionMethod.Centroid }, 10, 1)).Message);
}
