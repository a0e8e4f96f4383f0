namespace Poet.Analysis.Responses;

/// <summary>One group's participation counts. <see cref="Invited"/> is null for a group nobody is invited as, such as "Unsure or other".</summary>
public sealed record GroupCount(string Name, int? Invited, int Responded);

/// <summary>A row as it may be shown. When <see cref="Hidden"/> is true, both counts are withheld.</summary>
public sealed record GroupParticipation(string Name, int? Invited, int? Responded, bool Hidden)
{
    /// <summary>Responded / invited, or null when hidden or nobody was invited.</summary>
    public double? Rate => Hidden || Invited is not > 0 || Responded is null ? null : (double)Responded.Value / Invited.Value;
}

/// <summary>
/// Response rates by group (participation only, never answers), with small groups hidden. The overall totals are
/// shown elsewhere on the same page, so hiding a single group is not enough: it could be recovered by subtracting
/// the visible groups from the total. Whenever exactly one group is hidden in a column that sums to a shown total,
/// the next smallest group is hidden as well.
/// </summary>
public static class Participation
{
    public const int MinimumGroupSize = 5;

    public static IReadOnlyList<GroupParticipation> SuppressSmallGroups(IReadOnlyList<GroupCount> groups)
    {
        var hidden = groups.Select(g => g.Responded < MinimumGroupSize || g.Invited is < MinimumGroupSize).ToArray();
        bool changed;
        do
        {
            // Responses: every group (including "unsure") sums to the total submitted.
            changed = HideSecondIfOnlyOneHidden(groups, hidden, _ => true, g => g.Responded);
            // Invitations: only groups people are invited as sum to the total invited.
            changed |= HideSecondIfOnlyOneHidden(groups, hidden, g => g.Invited is not null, g => g.Invited!.Value);
        }
        while (changed);

        return groups.Select((g, i) => hidden[i] ? new GroupParticipation(g.Name, null, null, true) : new GroupParticipation(g.Name, g.Invited, g.Responded, false)).ToList();
    }

    private static bool HideSecondIfOnlyOneHidden(IReadOnlyList<GroupCount> groups, bool[] hidden, Func<GroupCount, bool> inColumn, Func<GroupCount, int> size)
    {
        var column = Enumerable.Range(0, groups.Count).Where(i => inColumn(groups[i])).ToList();
        if (column.Count(i => hidden[i]) != 1) return false;
        var smallestVisible = column.Where(i => !hidden[i]).OrderBy(i => size(groups[i])).ThenBy(i => groups[i].Responded).Cast<int?>().FirstOrDefault();
        if (smallestVisible is not int next) return false;
        hidden[next] = true;
        return true;
    }
}
