using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

public class StatementsTests
{
    private static readonly System.Text.Json.JsonElement Qdc = Lipset.Expected.GetProperty("qdc");
    private static readonly DistinctionSet Lipset2 =
        Statements.DistinguishingAndConsensus(Lipset.ExpectedMatrix("zscores"), Lipset.ExpectedMatrix("sd_dif"));

    private static Matrix<double> Ones(int k) => Matrix<double>.Build.Dense(k, k, 1.0);

    [Fact]
    public void DistinguishingAndConsensus_Lipset_DifferencesMatchQdc()
    {
        var expected = Lipset.ExpectedVector(Qdc.GetProperty("differences").GetProperty("f1_f2")); // json qdc.differences.f1_f2
        MatrixAssert.Close(expected, Lipset2.Statements.Select(s => s.Differences[0]).ToArray());
        Assert.Equal("f1_f2", Lipset2.Pairs.Single().Name);
    }

    [Fact]
    public void DistinguishingAndConsensus_Lipset_SignificanceMatchesQdc()
    {
        var expected = Qdc.GetProperty("significance").GetProperty("sig_f1_f2").EnumerateArray().Select(e => e.GetString()); // json sig_f1_f2
        Assert.Equal(expected, Lipset2.Statements.Select(s => Statements.Symbol(s.Significances[0])));
    }

    [Fact]
    public void DistinguishingAndConsensus_Lipset_LabelsMatchQdc()
    {
        var expected = Qdc.GetProperty("dist_and_cons").EnumerateArray().Select(e => e.GetString()); // json dist_and_cons
        Assert.Equal(expected, Lipset2.Statements.Select(s => s.Label));
    }

    [Fact]
    public void Grade_ExactlyAtThreshold_IsNotSignificant()
    {
        Assert.Equal(Significance.None, Statements.Grade(1.96, 1.0));   // qdc: abs(d) <= 1.960 SED -> ""
        Assert.Equal(Significance.P05, Statements.Grade(1.961, 1.0));
        Assert.Equal(Significance.P000001, Statements.Grade(-4.9, 1.0)); // > 4.8916 SED -> "6*"
    }

    [Fact]
    public void DistinguishingAndConsensus_ThreeFactors_LabelsAsQdc()
    {
        // sed = 1 everywhere; rows: one factor apart / all apart / none apart
        var z = Matrix<double>.Build.DenseOfRowArrays([5.0, 0, 0], [10.0, 5, 0], [0.5, 0, 0.2]);
        var labels = Statements.DistinguishingAndConsensus(z, Ones(3)).Statements.Select(s => s.Label);
        Assert.Equal(["Distinguishes f1 only", "Distinguishes all", "Consensus"], labels); // qdc rules for nfactors > 2
    }

    [Fact]
    public void DistinguishingAndConsensus_FourFactorsTwoStandOut_NamesBoth()
    {
        // f1 and f2 differ from everything, f3 and f4 do not differ from each other
        var z = Matrix<double>.Build.DenseOfRowArrays([10.0, 5, 0, 0]);
        var label = Statements.DistinguishingAndConsensus(z, Ones(4)).Statements.Single().Label;
        Assert.Equal("Distinguishes f1 Distinguishes f2", label); // qdc appends "Distinguishes f<i> " per factor (trailing space trimmed)
    }

    [Fact]
    public void DistinguishingAndConsensus_FactorWithoutZScores_IsLeftOut()
    {
        var z = Matrix<double>.Build.DenseOfRowArrays([5.0, 0, double.NaN], [0.0, 0, double.NaN]);
        var result = Statements.DistinguishingAndConsensus(z, Ones(3));
        Assert.Equal(["Distinguishing", "Consensus"], result.Statements.Select(s => s.Label)); // judged on f1 vs f2 alone
        Assert.Null(result.Statements[0].Significances[1]); // f1_f3
    }

    [Fact]
    public void DistinguishingAndConsensus_OneFactor_HasNoPairsOrLabels()
    {
        var z = Matrix<double>.Build.DenseOfColumnArrays([1.0, -1.0]);
        var result = Statements.DistinguishingAndConsensus(z, Ones(1));
        Assert.Empty(result.Pairs);
        Assert.All(result.Statements, s => Assert.Equal("", s.Label)); // qdc only warns with one factor
    }
}
