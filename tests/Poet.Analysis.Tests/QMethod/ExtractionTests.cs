using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

public class ExtractionTests
{
    private static readonly Matrix<double> LipsetR = Correlations.Pearson(Lipset.Sorts);

    [Fact]
    public void PrincipalComponents_Lipset_EigenvaluesMatchR()
    {
        var pca = Extraction.PrincipalComponents(LipsetR, 2);
        // json eigenvalues_all: principal(cor(lipset[[1]]), ...)$values
        MatrixAssert.Close(Lipset.ExpectedVector(Lipset.Expected.GetProperty("eigenvalues_all")), pca.Eigenvalues);
    }

    [Fact]
    public void PrincipalComponents_Lipset_UnrotatedLoadingsMatchPsych()
    {
        var pca = Extraction.PrincipalComponents(LipsetR, 2);
        // json unrotated_loadings: psych::principal(..., rotate = "none")$loadings, columns already summing positive
        MatrixAssert.Close(Lipset.ExpectedMatrix("unrotated_loadings"), pca.Loadings);
    }

    [Fact]
    public void PrincipalComponents_AnyFactorCount_ColumnsSumPositive()
    {
        var pca = Extraction.PrincipalComponents(LipsetR, 5);
        Assert.All(pca.Loadings.ColumnSums(), s => Assert.True(s > 0)); // psych::principal's sign rule
    }

    [Fact]
    public void PrincipalComponentsViaStatements_Lipset_EqualsDirectPath()
    {
        var direct = Extraction.PrincipalComponents(LipsetR, 4);
        var small = Extraction.PrincipalComponentsViaStatements(Lipset.Sorts.ToMatrix(), 4);
        MatrixAssert.Close(direct.Loadings, small.Loadings, 1e-12); // same decomposition, two routes
        MatrixAssert.Close(direct.Eigenvalues, small.Eigenvalues, 1e-12);
    }

    [Fact]
    public void PrincipalComponents_MoreSortsThanStatements_MatchesCorrelationPath()
    {
        var sorts = RandomSorts.Forced(statements: 9, sorts: 30, Grid.FromLowest(-2, [1, 2, 3, 2, 1]), seed: 7);
        var viaSet = Extraction.PrincipalComponents(sorts, 3);          // takes the statements side (30 > 9)
        var direct = Extraction.PrincipalComponents(Correlations.Pearson(sorts), 3);
        MatrixAssert.Close(direct.Loadings, viaSet.Loadings, 1e-10);
        MatrixAssert.Close(direct.Eigenvalues.Take(8).ToArray(), viaSet.Eigenvalues.Take(8).ToArray(), 1e-10); // rank <= 9 - 1 = 8
        Assert.All(viaSet.Eigenvalues.Skip(9), v => Assert.Equal(0.0, v)); // beyond the statements' rank
    }

    [Fact]
    public void PrincipalComponents_TooManyFactors_Throws()
    {
        var e = Assert.Throws<QMethodInputException>(() => Extraction.PrincipalComponents(LipsetR, 10));
        Assert.Equal("Choose between 1 and 9 factors for 9 Q-sorts; 10 were asked for.", e.Message);
    }

    [Fact]
    public void Centroid_RankOneCorrelations_RecoversLoadingsIncludingNegative()
    {
        // r_ij = a_i a_j is an exact fixed point of Brown's iteration; a_4 < 0 forces a reflection and back
        double[] a = [0.8, 0.7, 0.6, -0.5, 0.4];
        var r = Matrix<double>.Build.Dense(5, 5, (i, j) => i == j ? 1 : a[i] * a[j]);
        var loadings = Extraction.Centroid(r, 1);
        MatrixAssert.Close(a, loadings.Column(0).ToArray(), 1e-4); // stops when |h² - f²| < 1e-5, so ~1e-5 off
    }

    [Fact]
    public void Centroid_RankOneCorrelations_SecondFactorIsNearZero()
    {
        double[] a = [0.8, 0.7, 0.6, -0.5, 0.4];
        var r = Matrix<double>.Build.Dense(5, 5, (i, j) => i == j ? 1 : a[i] * a[j]);
        var loadings = Extraction.Centroid(r, 2);
        Assert.All(loadings.Column(1), x => Assert.True(Math.Abs(x) < 1e-2, $"{x}")); // residuals are ~0
    }

    [Fact]
    public void Centroid_Lipset_FirstFactorFollowsFirstPrincipalComponent()
    {
        var centroid = Extraction.Centroid(LipsetR, 2);
        var pca = Extraction.PrincipalComponents(LipsetR, 2);
        // Sensible, not a reference: no published centroid output for lipset was found in aiorazabala/qmethod.
        var agreement = Correlations.Pearson(Matrix<double>.Build.DenseOfColumnVectors(centroid.Column(0), pca.Loadings.Column(0)))[0, 1];
        Assert.True(Math.Abs(agreement) > 0.9, $"r = {agreement}");
        Assert.All(centroid.Enumerate(), x => Assert.InRange(x, -1.0, 1.0));
    }
}
