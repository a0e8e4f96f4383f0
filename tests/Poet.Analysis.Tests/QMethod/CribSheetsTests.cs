using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

public class CribSheetsTests
{
    private static int[] Numbers(IEnumerable<CribItem> items) => items.Select(i => i.Statement + 1).ToArray();

    [Fact]
    public void Build_LipsetTwoFactors_ListsWhatQmethodsArraysSay()
    {
        // Expected lists read by hand from qmethod 1.8.4's factor arrays (zsc_n, "factor_scores" in
        // expected-pca-varimax-2f.json), ordered by column and then z-score ("zscores"): sta_33 and sta_24 are the two
        // statements at +4 on f1 (z 1.97, 1.58), sta_16 and sta_32 at -4; fsc_f1 > fsc_f2 for the 14 statements listed.
        var r = QAnalysis.Run(Lipset.Sorts, new QAnalysisOptions(2, Lipset.Grid));

        var sheets = CribSheets.Build(r.Scores.Arrays, r.Scores.ZScores, Lipset.Grid);

        Assert.Equal([0, 1], sheets.Select(s => s.Factor));
        var f1 = sheets[0];
        Assert.Equal([33, 24], Numbers(f1.Top));
        Assert.Equal([33, 24, 23, 15, 22, 29, 2, 7, 27, 8, 11, 10, 14, 3], Numbers(f1.Higher));
        Assert.Equal([16, 32, 30, 4, 5, 1, 18, 19, 17, 25, 9, 12, 26, 13], Numbers(f1.Lower));
        Assert.Equal([16, 32], Numbers(f1.Bottom));
        var f2 = sheets[1];
        Assert.Equal([1, 32], Numbers(f2.Top));
        Assert.Equal([1, 32, 19, 13, 26, 9, 18, 30, 4, 12, 25, 17, 5, 16], Numbers(f2.Higher));
        Assert.Equal([10, 7, 3, 8, 11, 15, 14, 27, 22, 29, 23, 2, 33, 24], Numbers(f2.Lower));
        Assert.Equal([10, 7], Numbers(f2.Bottom));
        // sta_6 (+1, +1), sta_20 (-1, -1), sta_21 (+3, +3), sta_28 (0, 0), sta_31 (-1, -1) are placed alike: on neither list.
        Assert.DoesNotContain(f1.Higher.Concat(f1.Lower), i => new[] { 6, 20, 21, 28, 31 }.Contains(i.Statement + 1));
        Assert.Equal([4, 1], f1.Top[0].Columns);
    }

    [Fact]
    public void Build_ThreeFactors_HigherMeansHigherThanEveryOtherArray()
    {
        // Hand-made arrays on a -1..+1 grid of 1,1,1; f3 has no array (no flagged sorts) and is left out.
        int?[,] arrays = { { 1, 0, null }, { 0, 1, null }, { -1, -1, null } };
        var z = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0.0, double.NaN }, { 0.0, 1.0, double.NaN }, { -1.0, -1.0, double.NaN } });
        var grid = Grid.FromLowest(-1, [1, 1, 1]);

        var sheets = CribSheets.Build(arrays, z, grid);

        Assert.Equal([0, 1], sheets.Select(s => s.Factor));
        Assert.Equal([1], Numbers(sheets[0].Higher));  // statement 1: +1 against 0
        Assert.Equal([2], Numbers(sheets[0].Lower));   // statement 2: 0 against +1
        Assert.Equal([3], Numbers(sheets[0].Bottom));  // statement 3 at -1 on both: bottom, but neither higher nor lower
        Assert.Equal([2], Numbers(sheets[1].Top));
    }

    [Fact]
    public void Build_OneFactor_HasExtremesOnly()
    {
        var r = QAnalysis.Run(Lipset.Sorts, new QAnalysisOptions(1, Lipset.Grid));

        var sheet = Assert.Single(CribSheets.Build(r.Scores.Arrays, r.Scores.ZScores, Lipset.Grid));

        Assert.Empty(sheet.Higher);
        Assert.Empty(sheet.Lower);
        Assert.Equal(2, sheet.Top.Count);   // the grid holds 2 statements at +4 (Fixtures/QMethod/README.md, "Shape")
        Assert.Equal(2, sheet.Bottom.Count);
    }
}
