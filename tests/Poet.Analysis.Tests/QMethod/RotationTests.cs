using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

public class RotationTests
{
    private static readonly Matrix<double> Unrotated = Lipset.ExpectedMatrix("unrotated_loadings");
    private static readonly System.Text.Json.JsonElement Varimax = Lipset.Expected.GetProperty("varimax");

    [Fact]
    public void Varimax_LipsetUnrotated_RotationMatrixMatchesR()
    {
        var result = Rotation.Varimax(Unrotated);
        MatrixAssert.Close(Lipset.ExpectedMatrix(Varimax.GetProperty("rotmat")), result.RotationMatrix); // json varimax.rotmat
    }

    [Fact]
    public void Varimax_LipsetUnrotated_StopsAfterSixIterationsWithRsCriterion()
    {
        var result = Rotation.Varimax(Unrotated);
        Assert.Equal(6, result.Iterations); // json varimax.iterations
        MatrixAssert.Close(Lipset.ExpectedVector(Varimax.GetProperty("criterion_trace")), result.CriterionTrace); // json varimax.criterion_trace
    }

    [Fact]
    public void Varimax_ThenOrient_LoadingsMatchQmethod()
    {
        var result = Rotation.Orient(Rotation.Varimax(Unrotated).Loadings);
        MatrixAssert.Close(Lipset.ExpectedMatrix("rotated_loadings"), result.Loadings); // json rotated_loadings (qmethod $loa)
        Assert.Equal([0, 1], result.Order); // json varimax.column_order_applied [1, 2]
    }

    [Fact]
    public void Varimax_FullConvergence_MissesRBeyond1e9()
    {
        // Why the stopping rule matters: iterating on past R's eps = 1e-5 moves the loadings measurably.
        var converged = Rotation.Orient(Rotation.Varimax(Unrotated, eps: 1e-14).Loadings);
        Assert.True(MatrixAssert.MaxAbsError(Lipset.ExpectedMatrix("rotated_loadings"), converged.Loadings) > 1e-9);
    }

    [Fact]
    public void Varimax_OneFactor_ReturnsLoadingsUnchanged()
    {
        var one = Unrotated.SubMatrix(0, 9, 0, 1);
        var result = Rotation.Varimax(one);
        MatrixAssert.Close(one, result.Loadings, 0); // stats::varimax returns x when ncol < 2
        Assert.Equal(0, result.Iterations);
    }

    [Fact]
    public void None_Loadings_IdentityRotation()
    {
        var result = Rotation.None(Unrotated);
        MatrixAssert.Close(Unrotated, result.Loadings, 0);
        MatrixAssert.Close(Matrix<double>.Build.DenseIdentity(2), result.RotationMatrix, 0);
    }

    [Fact]
    public void Orient_NegativeColumnAndSmallerFirst_FlipsAndReorders()
    {
        var loadings = Matrix<double>.Build.DenseOfColumnArrays([0.1, 0.2, -0.1], [-0.9, -0.8, 0.1]);
        var result = Rotation.Orient(loadings);
        // column 2 has the larger sum of squares (1.46 > 0.06) and a negative sum (-1.6): first, flipped
        MatrixAssert.Close(Matrix<double>.Build.DenseOfColumnArrays([0.9, 0.8, -0.1], [0.1, 0.2, -0.1]), result.Loadings, 0);
        Assert.Equal([1, 0], result.Order);
        Assert.Equal([-1, 1], result.Signs);
    }

    [Property]
    public bool Varimax_AnyLoadings_RotationIsOrthogonalAndKeepsCommunalities(int seed)
    {
        var random = new Random(seed);
        var loadings = Matrix<double>.Build.Dense(12, 3, (_, _) => random.NextDouble() * 2 - 1);
        var result = Rotation.Varimax(loadings);
        var t = result.RotationMatrix;
        // an orthogonal rotation leaves each Q-sort's communality (row sum of squares) unchanged
        var communalities = loadings.PointwisePower(2).RowSums() - result.Loadings.PointwisePower(2).RowSums();
        return (t.TransposeThisAndMultiply(t) - Matrix<double>.Build.DenseIdentity(3)).Enumerate().Max(Math.Abs) < 1e-12
            && communalities.Enumerate().Max(Math.Abs) < 1e-12;
    }
}
