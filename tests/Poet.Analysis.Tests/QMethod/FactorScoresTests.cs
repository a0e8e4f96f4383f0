using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

public class FactorScoresTests
{
    private static readonly Matrix<double> Loadings = Lipset.ExpectedMatrix("rotated_loadings");
    private static readonly bool[,] Flags = Flagging.Automatic(Loadings, 33);

    [Fact]
    public void Weights_Lipset_MatchQzscores()
    {
        // json factor_weights: a/(1-a^2) for flagged a; JP5's weight is negative (-2.0136)
        MatrixAssert.Close(Lipset.ExpectedMatrix("factor_weights"), FactorScores.Weights(Loadings, Flags));
    }

    [Fact]
    public void WeightedSums_Lipset_MatchQzscores()
    {
        var sums = FactorScores.WeightedSums(Lipset.Sorts, FactorScores.Weights(Loadings, Flags));
        MatrixAssert.Close(Lipset.ExpectedMatrix("weighted_sums"), sums); // json weighted_sums
    }

    [Fact]
    public void ZScores_Lipset_MatchQzscores()
    {
        var z = FactorScores.ZScores(FactorScores.WeightedSums(Lipset.Sorts, FactorScores.Weights(Loadings, Flags)));
        MatrixAssert.Close(Lipset.ExpectedMatrix("zscores"), z); // json zscores (qmethod $zsc)
    }

    [Fact]
    public void Arrays_LipsetZScores_MatchQzscores()
    {
        var arrays = FactorScores.Arrays(Lipset.ExpectedMatrix("zscores"), Lipset.Grid);
        MatrixAssert.Close(Lipset.ExpectedMatrix("factor_scores"), MatrixAssert.ToMatrix(arrays), 0); // json factor_scores ($zsc_n)
    }

    [Fact]
    public void Arrays_TieInMiddle_SharesLowerCell()
    {
        var z = Matrix<double>.Build.DenseOfColumnArrays([0.1, 0.1, 0.5, -1.0]);
        var arrays = FactorScores.Arrays(z, Grid.FromLowest(-1, [1, 2, 1]));
        // R: qscores <- c(-1,0,0,1); rank(z) = 2.5,2.5,4,1; qscores[c(2.5,2.5,4,1)] = 0,0,1,-1
        Assert.Equal([0, 0, 1, -1], Enumerable.Range(0, 4).Select(s => arrays[s, 0]));
    }

    [Fact]
    public void Arrays_TieAtTop_BothTakeLowerCellLeavingTopEmpty()
    {
        var z = Matrix<double>.Build.DenseOfColumnArrays([1.0, 1.0, 0.0, -1.0]);
        var arrays = FactorScores.Arrays(z, Grid.FromLowest(-1, [1, 2, 1]));
        // R: rank = 3.5,3.5,2,1; qscores[3] = 0 for both tied statements, so +1 goes unused (qmethod's tie rule)
        Assert.Equal([0, 0, 0, -1], Enumerable.Range(0, 4).Select(s => arrays[s, 0]));
    }

    [Fact]
    public void Compute_FactorWithNoFlaggedSorts_ReportsItWithoutScores()
    {
        var flags = Flagging.Override(Flags, Enumerable.Range(0, 9).Select(q => new FlagOverride(q, 1, false)));
        var scores = FactorScores.Compute(Lipset.Sorts, Loadings, flags, Lipset.Grid);
        Assert.Equal([1], scores.FactorsWithoutFlaggedSorts);
        Assert.All(scores.ZScores.Column(1), z => Assert.True(double.IsNaN(z)));
        Assert.All(Enumerable.Range(0, 33), s => Assert.Null(scores.Arrays[s, 1]));
        MatrixAssert.Close(Lipset.ExpectedMatrix("zscores").Column(0).ToArray(), scores.ZScores.Column(0).ToArray()); // f1 untouched
    }

    [Fact]
    public void Weights_LoadingOfExactlyOne_TakesTheLimit()
    {
        var loadings = Matrix<double>.Build.DenseOfColumnArrays([1.0, 0.5, 0.2]);
        var weights = FactorScores.Weights(loadings, new[,] { { true }, { true }, { false } });
        // a/(1-a^2) -> infinity as a -> 1, so that Q-sort alone defines the factor
        Assert.Equal([1.0, 0.0, 0.0], weights.Column(0).ToArray());
    }

    [Property]
    public bool Arrays_DistinctZScores_FillEveryGridCellOnce(int seed)
    {
        var random = new Random(seed);
        var z = Matrix<double>.Build.Dense(9, 1, (_, _) => random.NextDouble()); // distinct with probability ~1
        var grid = Grid.FromLowest(-2, [1, 2, 3, 2, 1]);
        var arrays = FactorScores.Arrays(z, grid);
        // without ties qzscores maps rank r to the r-th cell, so the array is a permutation of the grid
        return Enumerable.Range(0, 9).Select(s => arrays[s, 0]!.Value).Order().SequenceEqual(grid.Distribution);
    }
}
