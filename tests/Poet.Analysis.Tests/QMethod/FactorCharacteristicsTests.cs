using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

public class FactorCharacteristicsTests
{
    private static readonly Matrix<double> Loadings = Lipset.ExpectedMatrix("rotated_loadings");
    private static readonly bool[,] Flags = Flagging.Automatic(Loadings, 33);
    private static readonly FactorCharacteristicSet Result =
        FactorCharacteristics.Compute(Loadings, Flags, Lipset.ExpectedMatrix("zscores"));

    private static double[] Expected(string name) => Lipset.ExpectedVector(Lipset.Characteristics.GetProperty(name));

    [Fact]
    public void Compute_Lipset_LoadingSortsMatchQfcharact() =>
        Assert.Equal([5, 3], Result.Factors.Select(f => f.LoadingSorts)); // json characteristics.nload

    [Fact]
    public void Compute_Lipset_EigenvaluesAndVarianceMatchQfcharact()
    {
        MatrixAssert.Close(Expected("eigenvals"), Result.Factors.Select(f => f.Eigenvalue).ToArray());          // json characteristics.eigenvals
        MatrixAssert.Close(Expected("expl_var"), Result.Factors.Select(f => f.ExplainedVariance).ToArray());    // json characteristics.expl_var
    }

    [Fact]
    public void Compute_Lipset_ReliabilityAndStandardErrorMatchQfcharact()
    {
        MatrixAssert.Close(Expected("av_rel_coef"), Result.Factors.Select(f => f.AverageReliabilityCoefficient).ToArray()); // 0.8
        MatrixAssert.Close(Expected("reliability"), Result.Factors.Select(f => f.CompositeReliability).ToArray());          // json reliability
        MatrixAssert.Close(Expected("se_fscores"), Result.Factors.Select(f => f.StandardError).ToArray());                  // json se_fscores
    }

    [Fact]
    public void Compute_Lipset_ZScoreCorrelationsMatchQfcharact() =>
        MatrixAssert.Close(Lipset.ExpectedMatrix("cor_zsc"), Result.ZScoreCorrelations); // json cor_zsc

    [Fact]
    public void DifferenceStandardErrors_Lipset_MatchQfcharact() =>
        MatrixAssert.Close(Lipset.ExpectedMatrix("sd_dif"), Result.DifferenceStandardErrors); // json sd_dif

    [Fact]
    public void Compute_FactorWithNoFlaggedSorts_ReportsZeroSortsAndNoStandardError()
    {
        var flags = Flagging.Override(Flags, Enumerable.Range(0, 9).Select(q => new FlagOverride(q, 1, false)));
        var z = FactorScores.Compute(Lipset.Sorts, Loadings, flags, Lipset.Grid).ZScores;
        var f2 = FactorCharacteristics.Compute(Loadings, flags, z).Factors[1];
        Assert.Equal(0, f2.LoadingSorts);
        Assert.Equal(0.0, f2.CompositeReliability); // 0.8*0/(1 - 0.8) = 0
        Assert.True(double.IsNaN(f2.StandardError));
        Assert.Equal(Expected("eigenvals")[1], f2.Eigenvalue, 9); // loadings still have their eigenvalue
    }
}
