using Poet.Analysis.Disclosure;
using Poet.Analysis.Ordinal;

namespace Poet.Analysis.Rules;

/// <summary>One group's (a partner's, or a profession's) answers to the items of one round.</summary>
public sealed record GroupItems(string Group, IReadOnlyList<ItemDistribution> Items);

/// <param name="MinimumGapPoints">Smallest gap in % agree, in percentage points, that counts as divergence (default 30).</param>
/// <param name="MinimumAnswered">A group's answers to an item are used only when at least this many answered;
/// never below <see cref="Suppression.MinimumCellSize"/>.</param>
/// <param name="AgreementBase">Which answers % agree is taken over (default substantive: Don't know left out).</param>
public sealed record DivergenceRules(
    double MinimumGapPoints = 30,
    int MinimumAnswered = Suppression.MinimumCellSize,
    PercentBase AgreementBase = PercentBase.Substantive)
{
    public static DivergenceRules Default { get; } = new();
}

/// <summary>An item on which the most and least agreeing groups are far apart.</summary>
public sealed record DivergentItem(string ItemId, string HigherGroup, double HigherAgreePercent, string LowerGroup, double LowerAgreePercent)
{
    public double GapPoints => HigherAgreePercent - LowerAgreePercent;
}

public static class Divergence
{
    /// <summary>
    /// Flags items where two groups differ in % agree by at least <see cref="DivergenceRules.MinimumGapPoints"/>,
    /// reporting the highest and lowest group. A group's answers to an item count only when at least
    /// <see cref="DivergenceRules.MinimumAnswered"/> answered and % agree is defined. Pass only groups that
    /// are published in the breakdown (see <see cref="Suppression.Suppress"/>): a group hidden there must not
    /// reappear here. Items come back in the order of the first group's items.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">MinimumAnswered is below the minimum cell size.</exception>
    public static IReadOnlyList<DivergentItem> Find(IReadOnlyList<GroupItems> groups, DivergenceRules? rules = null, LikertScale? scale = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        rules ??= DivergenceRules.Default;
        if (rules.MinimumAnswered < Suppression.MinimumCellSize)
            throw new ArgumentOutOfRangeException(nameof(rules), rules.MinimumAnswered, $"Groups under {Suppression.MinimumCellSize} answers cannot be compared.");
        if (groups.Select(g => g.Group).Distinct().Count() != groups.Count)
            throw new ArgumentException("Each group may appear only once.", nameof(groups));

        var agreeByItem = new Dictionary<string, List<(string Group, double Agree)>>();
        var order = new List<string>();
        foreach (var group in groups)
        {
            foreach (var item in group.Items)
            {
                if (!agreeByItem.TryGetValue(item.ItemId, out var list))
                {
                    agreeByItem[item.ItemId] = list = [];
                    order.Add(item.ItemId);
                }
                var summary = OrdinalSummary.Summarise(item.Distribution, scale);
                if (summary.Answered < rules.MinimumAnswered) continue;
                if (summary.AgreePercentOver(rules.AgreementBase) is { } agree) list.Add((group.Group, agree));
            }
        }

        var result = new List<DivergentItem>();
        foreach (var itemId in order)
        {
            var list = agreeByItem[itemId];
            if (list.Count < 2) continue;
            var high = list.MaxBy(x => x.Agree);
            var low = list.MinBy(x => x.Agree);
            if (high.Agree - low.Agree >= rules.MinimumGapPoints)
                result.Add(new DivergentItem(itemId, high.Group, high.Agree, low.Group, low.Agree));
        }
        return result;
    }
}
