using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

public class FactorCountTests
{
    private static readonly double[] Eigenvalues = Lipset.ExpectedVector(Lipset.Expected.GetProperty("eigenvalues_all"));

    [Fact]
    public void Scree_LipsetEigenvalues_ExplainedVarianceIsPercentOfSorts()
    {
        var scree = FactorCount.Scree(Eigenvalues);
        Assert.Equal(100 * 2.38377318900568 / 9, scree[0].ExplainedVariance, 12); // json eigenvalues_all[0], 9 Q-sorts
        Assert.Equal(100.0, scree[^1].CumulativeVariance, 9);                     // eigenvalues of a correlation matrix sum to 9
    }

    [Fact]
    public void SteepestDrop_Lipset_IsAfterFactorTwo()
    {   // json eigenvalues_all: 2.38, 2.02, 1.34, 1.13, 0.73, ...: drops 0.37, 0.67, 0.21, 0.40, ...
        Assert.Equal(2, FactorCount.SteepestDrop(Eigenvalues));
    }

    [Theory]
    [InlineData(new[] { 5.0, 1.0, 0.5 }, 1)]
    [InlineData(new[] { 3.0, 2.0, 1.0 }, 1)]    // a tie goes to the earlier factor
    [InlineData(new[] { 3.0, 2.8, 0.2, 0.1 }, 2)]
    public void SteepestDrop_HandMade_IsTheFactorBeforeTheLargestFall(double[] eigenvalues, int expected)
    {
        Assert.Equal(expected, FactorCount.SteepestDrop(eigenvalues));
    }

    [Fact]
    public void SteepestDrop_SingleEigenvalue_IsNull()
    {
        Assert.Null(FactorCount.SteepestDrop([1.0]));
    }

    [Fact]
    public void EigenvaluesAboveOne_Lipset_IsFour()
    {
        Assert.Equal(4, FactorCount.EigenvaluesAboveOne(Eigenvalues)); // json: 2.38, 2.02, 1.34, 1.13, then 0.73
    }

    [Fact]
    public void Humphrey_LipsetUnrotated_BothFactorsSignificant()
    {
        var tests = FactorCount.Humphrey(Lipset.ExpectedMatrix("unrotated_loadings"), 33);
        // json unrotated_loadings: PC1 top |a| 0.7110 (UK7) x 0.6907 (CA6); PC2 0.7249 (US4) x 0.6675 (US3); 2/sqrt(33) = 0.3482
        Assert.Equal(0.710975863572053 * 0.690711205211267, tests[0].CrossProduct, 12);
        Assert.Equal(2 / Math.Sqrt(33), tests[0].Threshold, 12);
        Assert.True(tests[0].IsSignificant && tests[1].IsSignificant);
    }

    [Fact]
    public void Humphrey_WeakFactor_IsNotSignificant()
    {
        var loadings = Matrix<double>.Build.DenseOfColumnArrays([0.5, -0.4, 0.1]);
        var test = FactorCount.Humphrey(loadings, 33).Single();
        Assert.Equal(0.2, test.CrossProduct, 12); // 0.5 x |-0.4|, sign ignored
        Assert.False(test.IsSignificant);          // 0.2 < 2/sqrt(33) = 0.348
    }
}
