using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

public class FlaggingTests
{
    private static readonly Matrix<double> Loadings = Lipset.ExpectedMatrix("rotated_loadings");

    [Fact]
    public void Threshold_33Statements_MatchesQflag() =>
        Assert.Equal(0.341192205673168, Flagging.Threshold(33), 14); // json config.flag_threshold = 1.96/sqrt(33)

    [Fact]
    public void Automatic_LipsetLoadings_MatchesQflag()
    {
        var flags = Flagging.Automatic(Loadings, 33);
        MatrixAssert.Close(Lipset.ExpectedMatrix("flagged"), MatrixAssert.ToMatrix(flags), 0); // json flagged (qmethod $flagged)
    }

    [Fact]
    public void Automatic_NegativeDominantLoading_IsFlagged()
    {
        var flags = Flagging.Automatic(Loadings, 33);
        Assert.True(flags[4, 1]); // JP5 loads -0.782 on f2 and qflag flags it (json flagged, rotated_loadings)
    }

    [Fact]
    public void Automatic_EqualLoadings_FlagNeither()
    {
        var flags = Flagging.Automatic(Matrix<double>.Build.DenseOfRowArrays([0.5, 0.5]), 33);
        Assert.False(flags[0, 0] || flags[0, 1]); // 0.25 > 0.25 is false: the square must exceed the others' sum
    }

    [Fact]
    public void Automatic_DominantButBelowThreshold_IsNotFlagged()
    {
        var flags = Flagging.Automatic(Matrix<double>.Build.DenseOfRowArrays([0.34, 0.01]), 33);
        Assert.False(flags[0, 0]); // 0.34 < 1.96/sqrt(33) = 0.3412
    }

    [Fact]
    public void Override_UnflagAndFlag_ChangesOnlyThoseCells()
    {
        var automatic = Flagging.Automatic(Loadings, 33);
        var flags = Flagging.Override(automatic, [new FlagOverride(0, 0, false), new FlagOverride(8, 1, true)]);
        Assert.False(flags[0, 0]); // US1 unflagged on f1
        Assert.True(flags[8, 1]);  // FR9 flagged on f2
        Assert.Equal(automatic[1, 0], flags[1, 0]);
    }

    [Fact]
    public void Override_UnknownFactor_NamesIt()
    {
        var e = Assert.Throws<QMethodInputException>(() =>
            Flagging.Override(new bool[9, 2], [new FlagOverride(0, 2, true)]));
        Assert.Equal("A manual flag names factor 3, but there are 2 factors.", e.Message);
    }

    [Fact]
    public void NegativeFlags_Lipset_AreJp5OnF2AndCa6Uk7OnF1()
    {
        var flags = Flagging.Automatic(Loadings, 33);
        // json flagged + rotated_loadings: JP5 -0.782 (f2), CA6 -0.652 and UK7 -0.707 (f1); json warnings says so
        Assert.Equal([(4, 1), (5, 0), (6, 0)], Flagging.NegativeFlags(Loadings, flags));
    }
}
