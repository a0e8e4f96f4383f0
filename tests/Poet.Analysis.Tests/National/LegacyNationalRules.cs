using Poet.Analysis.National;

namespace Poet.Analysis.Tests.National;

/// <summary>
/// The national disclosure rules and dashboard logic as they were before issue 13 (commit 35ddef5:
/// src/Poet.Analysis/National/NationalDisclosure.cs and src/Poet.Web/Pages/Admin/National/NationalView.cs), kept
/// verbatim in substance so the attacker test can report "before" figures on the same pools and prove it can fail.
/// </summary>
internal static class LegacyNationalRules
{
    private const int Minimum = 5;

    public static bool[] HideCategories(IReadOnlyList<IReadOnlySet<int>> partnerships)
    {
        var hidden = partnerships.Select(p => p.Count < Minimum).ToArray();
        while (Hidden(partnerships, hidden) is > 0 and < Minimum)
        {
            var next = -1;
            for (var i = 0; i < hidden.Length; i++)
                if (!hidden[i] && (next < 0 || partnerships[i].Count < partnerships[next].Count)) next = i;
            if (next < 0) break;
            hidden[next] = true;
        }
        return hidden;
    }

    /// <summary>The old Assess: threshold, then "relaxing any one filter adds none or at least five".</summary>
    public static bool Assess(IReadOnlyList<PoolMember> pool, PoolFilter filter)
    {
        var selected = pool.Where(m => filter.Matches(m)).ToArray();
        if (selected.Select(m => m.Partnership).Distinct().Count() < Minimum) return false;
        foreach (var dimension in filter.Active)
        {
            var rest = pool.Where(m => filter.Matches(m, dimension)).ToArray();
            if (!Visible(rest, filter, dimension)) return false;
        }
        return true;
    }

    public static IReadOnlyList<(string Category, bool Shown)> Breakdown(IReadOnlyList<PoolMember> selected, Func<PoolMember, string> category,
        IReadOnlyList<string>? order = null)
    {
        var groups = selected.GroupBy(category).ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(m => m.Partnership).ToHashSet());
        var keys = (order ?? []).Where(groups.ContainsKey).Concat(groups.Keys.Where(k => order is null || !order.Contains(k)).Order(StringComparer.Ordinal)).ToArray();
        var hidden = HideCategories(keys.Select(k => groups[k]).ToArray());
        return keys.Select((k, i) => (k, !hidden[i])).ToArray();
    }

    private static bool Visible(PoolMember[] rest, PoolFilter filter, string dimension)
    {
        if (dimension == PoolFilter.YearDimension)
        {
            var years = Breakdown(rest, m => m.Year.ToString("D4"));
            bool Inside(string year) => (filter.FromYear is not { } f || int.Parse(year) >= f) && (filter.ToYear is not { } t || int.Parse(year) <= t);
            var hiddenYears = years.Where(y => !y.Shown).Select(y => y.Category).ToArray();
            return hiddenYears.All(y => !Inside(y)) || hiddenYears.All(Inside);
        }
        var key = dimension == PoolFilter.FrameDimension
            ? (Func<PoolMember, string>)(m => (m.Frames & filter.Frame!.Value) != 0 ? "yes" : "no")
            : m => m.Codes.GetValueOrDefault(dimension, "");
        var wanted = dimension == PoolFilter.FrameDimension ? "yes" : filter.Codes[dimension];
        return Breakdown(rest, key).Any(c => c.Category == wanted && c.Shown);
    }

    private static int Hidden(IReadOnlyList<IReadOnlySet<int>> partnerships, bool[] hidden) =>
        partnerships.Where((_, i) => hidden[i]).SelectMany(p => p).Distinct().Count();
}
