using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

/// <summary>
/// Issue 16 item 5: does a factor array fit the forced grid? Arrays are built by rank into the grid (qmethod's
/// qzscores), so they fit unless tied z-scores straddle two grid columns: tied statements share one cell.
/// </summary>
public class GridFitTests
{
    private static readonly Grid Asymmetric = Grid.FromLowest(-1, [1, 2, 3]);

    /// <summary>
    /// Six statements on the grid -1 (1), 0 (2), +1 (3). Sorts 1 and 2 agree; sort 3 is close to their opposite, so on one
    /// factor it loads negatively (its correlation with sort 1 is -0.8: hand computation in the test below).
    /// </summary>
    private static readonly QSortSet Sorts = QSortSet.FromSorts(["s1", "s2", "s3", "s4", "s5", "s6"],
    [
        ("q1", [1, 1, 1, 0, 0, -1]),
        ("q2", [1, 1, 0, 1, 0, -1]),
        ("q3", [0, -1, 0, 1, 1, 1]),
    ]);

    private static QAnalysisResult OnlySortThreeFlagged() => QAnalysis.Run(Sorts, new QAnalysisOptions(1, Asymmetric)
    {
        FlagOverrides = [new FlagOverride(0, 0, false), new FlagOverride(1, 0, false), new FlagOverride(2, 0, true)],
    });

    [Fact]
    public void Misfits_TieAtTheTop_NamesBothColumns()
    {   // z = 1, 1, 0, -1 on the grid -1 (1), 0 (2), +1 (1): R gives 0, 0, 0, -1 (FactorScoresTests), so 0 holds 3 and +1 none.
        var arrays = FactorScores.Arrays(Matrix<double>.Build.DenseOfColumnArrays([1.0, 1.0, 0.0, -1.0]), Grid.FromLowest(-1, [1, 2, 1]));

        var misfit = Assert.Single(FactorScores.Misfits(arrays, Grid.FromLowest(-1, [1, 2, 1])));

        Assert.Equal(0, misfit.Factor);
        Assert.Equal([new ColumnMisfit(0, 3, 2), new ColumnMisfit(1, 0, 1)], misfit.Columns);
        Assert.Equal("Factor f1's array does not fit the grid: statements with equal z-scores share a column, so it has 3 statements at 0 where the grid has room for 2 " +
            "and 0 statements at +1 where the grid has room for 1. qmethod 1.8.4 builds factor arrays the same way. Read the tied statements as placed level with each other, " +
            "not as a sort anyone could make.", QAnalysis.MisfitWarning(misfit));
    }

    [Fact]
    public void Misfits_FactorWithoutAnArray_IsLeftOut()
    {
        Assert.Empty(FactorScores.Misfits(new int?[,] { { null }, { null } }, Grid.FromLowest(0, [1, 1])));
    }

    [Fact]
    public void Run_OneNegativelyLoadingSortOnAnAsymmetricGrid_WarnsThatTheArrayDoesNotFit()
    {   // Hand computation: sort 3 is 0, -1, 0, 1, 1, 1 (mean 1/3); against sort 1 (mean 1/3) the cross-products of deviations sum to
        // -8/3 and each sort's squares to 10/3, so r = -0.8 and q3 loads negatively. Its weight a/(1-a²) is negative, so the
        // z-scores are sort 3 reversed: s4-s6 (at +1) tie lowest at ranks 1-3 (average 2), s1 and s3 tie at ranks 4-5 (4.5),
        // s2 is rank 6. The sorted grid is -1, 0, 0, +1, +1, +1, so R's qscores[c(4.5, 6, 4.5, 2, 2, 2)] is +1, +1, +1, 0, 0, 0:
        // none at -1 where the grid has 1, three at 0 where it has 2.
        var result = OnlySortThreeFlagged();

        Assert.True(result.Loadings[2, 0] < 0);
        Assert.Equal([1, 1, 1, 0, 0, 0], Enumerable.Range(0, 6).Select(s => result.Scores.Arrays[s, 0]));
        Assert.Contains("Factor f1's array does not fit the grid: statements with equal z-scores share a column, so it has 0 statements at -1 where the grid has room for 1 " +
            "and 3 statements at 0 where the grid has room for 2. qmethod 1.8.4 builds factor arrays the same way. Read the tied statements as placed level with each other, " +
            "not as a sort anyone could make.", result.Warnings);
        Assert.Contains(QAnalysis.OneSortWarning(0, 0.8), result.Warnings);
    }

    [Fact]
    public void Run_Lipset_ArraysFitTheGrid()
    {
        var result = QAnalysis.Run(Lipset.Sorts, new QAnalysisOptions(2, Lipset.Grid));

        Assert.Empty(FactorScores.Misfits(result.Scores.Arrays, Lipset.Grid));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("does not fit the grid", StringComparison.Ordinal));
    }

    /// <summary>Any z-scores: a factor is reported exactly when some grid column's count differs, and each reported column does differ.</summary>
    [Property(MaxTest = 300)]
    public Property Misfits_ReportExactlyTheColumnsThatDiffer(int seed)
    {
        var random = new Random(seed);
        var grid = Grid.FromLowest(-2, [1, 2, 3, 2, 1]);
        // Few distinct values, so ties are common.
        var z = Matrix<double>.Build.Dense(9, 2, (_, _) => random.Next(4));
        var arrays = FactorScores.Arrays(z, grid);
        var misfits = FactorScores.Misfits(arrays, grid).ToDictionary(m => m.Factor);
        return Enumerable.Range(0, 2).All(k =>
        {
            var counts = grid.Values.Select(v => Enumerable.Range(0, 9).Count(s => arrays[s, k] == v)).ToArray();
            var differ = grid.Values.Where((v, i) => counts[i] != grid.Counts[i]).ToArray();
            return misfits.TryGetValue(k, out var m)
                ? m.Columns.Select(c => c.Column).SequenceEqual(differ) && m.Columns.All(c => c.Statements == counts[Array.IndexOf(grid.Values.ToArray(), c.Column)])
                : differ.Length == 0;
        }).ToProperty();
    }

    /// <summary>The fit rule: an array misfits only when its z-scores have a tie that spans two grid columns.</summary>
    [Property(MaxTest = 300)]
    public Property Misfits_OnlyWhenATieSpansTwoColumns(int seed)
    {
        var random = new Random(seed);
        var grid = Grid.FromLowest(-2, [1, 2, 3, 2, 1]);
        var z = Matrix<double>.Build.Dense(9, 1, (_, _) => random.Next(5));
        var cells = grid.Distribution;
        var order = Enumerable.Range(0, 9).OrderBy(s => z[s, 0]).ToArray();
        var tieSpans = order.GroupBy(s => z[s, 0]).Any(g =>
        {
            var ranks = g.Select(s => Array.IndexOf(order, s)).ToArray();
            return ranks.Select(r => cells[r]).Distinct().Count() > 1;
        });
        var misfit = FactorScores.Misfits(FactorScores.Arrays(z, grid), grid).Count > 0;
        return (misfit == tieSpans).Label($"misfit {misfit}, tie spanning columns {tieSpans}");
    }

    /// <summary>A factor defined by one positively loading sort has that sort as its array, which fits the grid by construction.</summary>
    [Property(MaxTest = 100)]
    public Property OneSortFactor_ArrayIsThatSortAndFits(int seed)
    {
        var grid = Grid.FromLowest(-2, [1, 2, 3, 2, 1]);
        var sorts = RandomSorts.Forced(9, 6, grid, seed);
        var first = QAnalysis.Run(sorts, new QAnalysisOptions(1, grid));
        var best = Enumerable.Range(0, sorts.SortCount).MaxBy(q => first.Loadings[q, 0]);
        var result = QAnalysis.Run(sorts, new QAnalysisOptions(1, grid)
        {
            FlagOverrides = Enumerable.Range(0, sorts.SortCount).Select(q => new FlagOverride(q, 0, q == best)).ToArray(),
        });
        var array = Enumerable.Range(0, 9).Select(s => result.Scores.Arrays[s, 0]!.Value);
        return (array.SequenceEqual(sorts.Sort(best)) && FactorScores.Misfits(result.Scores.Arrays, grid).Count == 0).ToProperty();
    }
}
