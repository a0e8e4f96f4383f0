using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

internal static class RandomSorts
{
    /// <summary>Q-sorts that each fill the grid in a random order.</summary>
    public static QSortSet Forced(int statements, int sorts, Grid grid, int seed)
    {
        var random = new Random(seed);
        var cells = grid.Distribution.ToArray();
        var values = new int[statements, sorts];
        for (var q = 0; q < sorts; q++)
        {
            var shuffled = cells.OrderBy(_ => random.Next()).ToArray();
            for (var s = 0; s < statements; s++) values[s, q] = shuffled[s];
        }
        return new QSortSet(
            Enumerable.Range(1, statements).Select(i => $"s{i}").ToArray(),
            Enumerable.Range(1, sorts).Select(i => $"q{i}").ToArray(),
            values);
    }
}
