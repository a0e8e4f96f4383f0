using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

public class CorrelationsTests
{
    [Fact]
    public void Pearson_Lipset_MatchesR()
    {
        var r = Correlations.Pearson(Lipset.Sorts);
        MatrixAssert.Close(Lipset.ExpectedMatrix("correlation_matrix"), r); // R: cor(lipset[[1]]), json correlation_matrix
    }

    [Fact]
    public void Pearson_Lipset_IsMultipleOf1Over160()
    {
        var r = Correlations.Pearson(Lipset.Sorts);
        Assert.Equal(0.5375, r[0, 1], 12); // README: every correlation is k/160; US1-US2 = 86/160 (json: 0.5375)
    }

    [Fact]
    public void Pearson_ReversedColumn_IsMinusOne()
    {
        var x = Matrix<double>.Build.DenseOfColumnArrays([1.0, 2, 3, 4], [4.0, 3, 2, 1]);
        Assert.Equal(-1.0, Correlations.Pearson(x)[0, 1], 15); // by definition
    }

    [Fact]
    public void Pearson_ConstantColumn_IsNaN()
    {
        var x = Matrix<double>.Build.DenseOfColumnArrays([1.0, 2, 3], [5.0, 5, 5]);
        Assert.True(double.IsNaN(Correlations.Pearson(x)[0, 1])); // R: cor(1:3, c(5,5,5)) -> NA
    }
}
