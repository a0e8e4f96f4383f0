using MathNet.Numerics.LinearAlgebra;

namespace Poet.Analysis.QMethod;

/// <summary>A statement on a crib sheet (zero-based <see cref="Statement"/>): its column in this factor's array, its z-score, and its column in every factor's array.</summary>
public sealed record CribItem(int Statement, int Column, double ZScore, IReadOnlyList<int?> Columns);

/// <summary>
/// One factor's crib sheet (Watts and Stenner 2012, <i>Doing Q Methodological Research</i>, ch. 7): the statements in the
/// top column of its array, those it ranks higher than every other factor's array does, those it ranks lower than every
/// other array, and those in the bottom column. <see cref="Factor"/> is zero-based.
/// </summary>
public sealed record CribSheet(int Factor, IReadOnlyList<CribItem> Top, IReadOnlyList<CribItem> Higher, IReadOnlyList<CribItem> Lower, IReadOnlyList<CribItem> Bottom);

public static class CribSheets
{
    /// <summary>
    /// A crib sheet for each factor that has an array, in factor order. "Higher" means a strictly higher column than in
    /// each other factor's array (factors without an array are left out of the comparison), so with one factor with an
    /// array there is nothing higher or lower. A statement at the top column may also be ranked higher than elsewhere;
    /// it is then on both lists, as the sheet is read list by list. Top and Higher run from the highest column and
    /// z-score down; Bottom and Lower from the lowest up; equal z-scores keep statement order.
    /// </summary>
    public static IReadOnlyList<CribSheet> Build(int?[,] arrays, Matrix<double> zScores, Grid grid)
    {
        ArgumentNullException.ThrowIfNull(arrays);
        ArgumentNullException.ThrowIfNull(zScores);
        ArgumentNullException.ThrowIfNull(grid);
        var statements = arrays.GetLength(0);
        var factors = Enumerable.Range(0, arrays.GetLength(1)).Where(k => arrays[0, k] is not null).ToArray();
        var sheets = new List<CribSheet>();
        foreach (var k in factors)
        {
            var others = factors.Where(g => g != k).ToArray();
            var items = Enumerable.Range(0, statements).Select(s => new CribItem(s, arrays[s, k]!.Value, zScores[s, k],
                Enumerable.Range(0, arrays.GetLength(1)).Select(g => arrays[s, g]).ToArray())).ToArray();
            IReadOnlyList<CribItem> Down(IEnumerable<CribItem> x) => x.OrderByDescending(i => i.Column).ThenByDescending(i => i.ZScore).ThenBy(i => i.Statement).ToArray();
            IReadOnlyList<CribItem> Up(IEnumerable<CribItem> x) => x.OrderBy(i => i.Column).ThenBy(i => i.ZScore).ThenBy(i => i.Statement).ToArray();
            var higher = others.Length == 0 ? [] : items.Where(i => others.All(g => i.Column > arrays[i.Statement, g]!.Value));
            var lower = others.Length == 0 ? [] : items.Where(i => others.All(g => i.Column < arrays[i.Statement, g]!.Value));
            sheets.Add(new CribSheet(k,
                Down(items.Where(i => i.Column == grid.Values[^1])),
                Down(higher),
                Up(lower),
                Up(items.Where(i => i.Column == grid.Values[0]))));
        }
        return sheets;
    }
}
