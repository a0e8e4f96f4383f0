using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

public class HandRotationTests
{
    /// <summary>qmethod 1.8.4's unrotated PCA loadings of lipset (expected-pca-varimax-2f.json, "unrotated_loadings").</summary>
    private static readonly Matrix<double> Unrotated = Lipset.ExpectedMatrix("unrotated_loadings");

    [Fact]
    public void Run_Lipset3FactorPcaRotating1And2By15Degrees_IsLTimesR()
    {
        // PCA loadings do not depend on how many components are kept (psych::principal takes the leading eigenvectors),
        // so f1 and f2 of the 3-factor solution are qmethod's 2-factor unrotated loadings. By hand, for US1
        // (a, b) = (-0.481012413558144, 0.606517169853944), cos 15° = 0.965925826289068, sin 15° = 0.258819045102521:
        // f1 = a cos + b sin = -0.307644118281568 and f2 = -a sin + b cos = 0.710345772009256. Both columns still sum
        // above zero (0.6078 and 1.8551), so no factor is reflected; f3 is untouched.
        var plain = QAnalysis.Run(Lipset.Sorts, new QAnalysisOptions(3, Lipset.Grid) { Rotation = RotationMethod.None });
        var turned = QAnalysis.Run(Lipset.Sorts, new QAnalysisOptions(3, Lipset.Grid) { Rotation = RotationMethod.None, HandRotations = [new HandRotation(0, 1, 15)] });

        Assert.Equal(-0.307644118281568, turned.Loadings[0, 0], 1e-12);
        Assert.Equal(0.710345772009256, turned.Loadings[0, 1], 1e-12);
        var c = Math.Cos(15 * Math.PI / 180);
        var s = Math.Sin(15 * Math.PI / 180);
        var byHand = Matrix<double>.Build.Dense(9, 2, (q, k) => k == 0 ? Unrotated[q, 0] * c + Unrotated[q, 1] * s : -Unrotated[q, 0] * s + Unrotated[q, 1] * c);
        MatrixAssert.Close(byHand, turned.Loadings.SubMatrix(0, 9, 0, 2));
        MatrixAssert.Close(plain.Loadings.SubMatrix(0, 9, 2, 1), turned.Loadings.SubMatrix(0, 9, 2, 1), 0);
        // z-scores and arrays as qmethod's qzscores computes them from given loadings: qflag, then weights a / (1 - a²).
        var flags = Flagging.Automatic(turned.Loadings, 33);
        var scores = FactorScores.Compute(Lipset.Sorts, turned.Loadings, flags, Lipset.Grid);
        MatrixAssert.Close(scores.ZScores, turned.Scores.ZScores, 0);
        Assert.Equal(MatrixAssert.ToMatrix(scores.Arrays), MatrixAssert.ToMatrix(turned.Scores.Arrays));
        Assert.NotEqual(MatrixAssert.ToMatrix(plain.Scores.Arrays), MatrixAssert.ToMatrix(turned.Scores.Arrays));
    }

    [Fact]
    public void Run_UnrotatedTurnedByTheVarimaxAngle_GivesQmethodsVarimaxSolution()
    {
        // qmethod's varimax rotmat is [[0.865984, 0.500071], [-0.500071, 0.865984]]: L·rotmat is L·R(θ) with
        // sin θ = -0.500071, θ = -30.0047°. psych then reflects f1 (its loadings sum below zero), as Rotation.ByHand does.
        var rotmat = Lipset.ExpectedMatrix(Lipset.Expected.GetProperty("varimax").GetProperty("rotmat"));
        var theta = Math.Atan2(-rotmat[0, 1], rotmat[0, 0]) * 180 / Math.PI;

        var r = QAnalysis.Run(Lipset.Sorts, new QAnalysisOptions(2, Lipset.Grid) { Rotation = RotationMethod.None, HandRotations = [new HandRotation(0, 1, theta)] });

        MatrixAssert.Close(Lipset.ExpectedMatrix("rotated_loadings"), r.Loadings);
        MatrixAssert.Close(Lipset.ExpectedMatrix("zscores"), r.Scores.ZScores);
        MatrixAssert.Close(Lipset.ExpectedMatrix("factor_scores"), MatrixAssert.ToMatrix(r.Scores.Arrays), 0);
    }

    [Fact]
    public void Run_VarimaxThenTurnedAndTurnedBack_IsVarimax()
    {
        var varimax = QAnalysis.Run(Lipset.Sorts, new QAnalysisOptions(3, Lipset.Grid));
        var there = new HandRotation(0, 2, 20);
        var back = new HandRotation(0, 2, -20);

        var r = QAnalysis.Run(Lipset.Sorts, new QAnalysisOptions(3, Lipset.Grid) { HandRotations = [there, back] });
        var once = QAnalysis.Run(Lipset.Sorts, new QAnalysisOptions(3, Lipset.Grid) { HandRotations = [there] });

        MatrixAssert.Close(varimax.Loadings, r.Loadings, 1e-12);
        Assert.True(MatrixAssert.MaxAbsError(varimax.Loadings, once.Loadings) > 0.05);
        // A rotation is orthogonal: each sort's communality (sum of squared loadings) is unchanged.
        MatrixAssert.Close(varimax.Loadings.RowNorms(2).ToArray(), once.Loadings.RowNorms(2).ToArray(), 1e-12);
    }

    [Theory]
    [InlineData("1,2:15", 0, 1, 15)]
    [InlineData("2, 3:-7.5", 1, 2, -7.5)]
    public void Parse_ReadsFactorsAndDegrees(string text, int first, int second, double degrees) =>
        Assert.Equal(new HandRotation(first, second, degrees), HandRotation.Parse(text));

    [Theory]
    [InlineData("1-2:15")]
    [InlineData("1,2")]
    [InlineData("0,2:15")]
    [InlineData("1,2:fifteen")]
    public void Parse_Nonsense_SaysWhatIsExpected(string text)
    {
        var e = Assert.Throws<QMethodInputException>(() => HandRotation.Parse(text));
        Assert.Equal($"A hand rotation is two factor numbers and an angle in degrees, such as 1,2:15; '{text}' is not.", e.Message);
    }

    [Fact]
    public void Run_RotationOutsideTheSolution_SaysWhichFactor()
    {
        var e = Assert.Throws<QMethodInputException>(() => QAnalysis.Run(Lipset.Sorts, new QAnalysisOptions(2, Lipset.Grid) { HandRotations = [new HandRotation(0, 2, 10)] }));
        Assert.Equal("A hand rotation names f3, but the analysis has 2 factors.", e.Message);
        var same = Assert.Throws<QMethodInputException>(() => QAnalysis.Run(Lipset.Sorts, new QAnalysisOptions(2, Lipset.Grid) { HandRotations = [new HandRotation(1, 1, 10)] }));
        Assert.Equal("A hand rotation turns two different factors; f2 is given twice.", same.Message);
    }

    [Fact]
    public void ToString_IsTheNotationParseReads() =>
        Assert.Equal("1,3:-12.5", HandRotation.Parse("1,3:-12.5").ToString());
}
