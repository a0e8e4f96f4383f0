using FsCheck.Xunit;
using Poet.Analysis.Disclosure;

namespace Poet.Analysis.Tests.Disclosure;

/// <summary>
/// Random group tables (up to 8 groups of 0..39, up to 9 responses in no group, threshold 5..9).
/// The reader is assumed to know every published cell, the total when published, and the part of the
/// total that is in no group; hidden cells are only known to be non-negative.
/// </summary>
public class SuppressionProperties
{
    private sealed record Case(GroupCount[] Groups, int Remainder, int Total, int Threshold);

    private static Case Make(byte[]? raw, byte remainder, byte threshold)
    {
        var groups = (raw ?? []).Take(8).Select((b, i) => new GroupCount($"G{i}", b % 40)).ToArray();
        var rest = remainder % 10;
        return new Case(groups, rest, groups.Sum(g => g.N) + rest, Suppression.MinimumCellSize + threshold % 5);
    }

    /// <summary>
    /// True when some other non-negative table, with the same published cells and the same total,
    /// gives hidden cell <paramref name="i"/> a different count: move one response between it and
    /// another hidden cell.
    /// </summary>
    private static bool HasAlternative(int[] hiddenCounts, int i) =>
        Enumerable.Range(0, hiddenCounts.Length).Any(j => j != i && (hiddenCounts[j] > 0 || hiddenCounts[i] > 0));

    [Property(MaxTest = 1000)]
    public bool Suppress_RandomTable_NoHiddenCountFollowsByRowTotalSubtraction(byte[] raw, byte remainder, byte threshold)
    {
        var c = Make(raw, remainder, threshold);

        var table = Suppression.Suppress(c.Groups, c.Total, c.Threshold);

        if (table.Total is null) return true; // without the total, subtraction has nothing to start from
        var hidden = c.Groups.Where((_, i) => table.Groups[i].Suppressed).Select(g => g.N).ToArray();
        return Enumerable.Range(0, hidden.Length).All(i => HasAlternative(hidden, i));
    }

    [Property(MaxTest = 1000)]
    public bool Suppress_RandomTable_EveryPublishedCellIsAtLeastTheThreshold(byte[] raw, byte remainder, byte threshold)
    {
        var c = Make(raw, remainder, threshold);

        var table = Suppression.Suppress(c.Groups, c.Total, c.Threshold);

        return table.Published.All(g => g.N >= c.Threshold) && (table.Total is null || table.Total >= c.Threshold);
    }

    [Property(MaxTest = 1000)]
    public bool Suppress_RandomTable_PublishedCellsAreTheTrueCounts(byte[] raw, byte remainder, byte threshold)
    {
        var c = Make(raw, remainder, threshold);

        var table = Suppression.Suppress(c.Groups, c.Total, c.Threshold);

        return table.Groups.Select((g, i) => g.Suppressed || (g.Name == c.Groups[i].Name && g.N == c.Groups[i].N)).All(ok => ok);
    }

    [Property(MaxTest = 1000)]
    public bool MergeSmallGroups_RandomTable_EveryPublishedCellIsAtLeastTheThreshold(byte[] raw, byte remainder, byte threshold)
    {
        var c = Make(raw, remainder, threshold);

        var table = Suppression.MergeSmallGroups(c.Groups, c.Total, c.Threshold);

        return table.Groups.Where(g => !g.Suppressed).All(g => g.N >= c.Threshold);
    }

    [Property(MaxTest = 1000)]
    public bool MergeSmallGroups_RandomTable_OtherNeverHoldsJustOneGroup(byte[] raw, byte remainder, byte threshold)
    {
        var c = Make(raw, remainder, threshold);

        var table = Suppression.MergeSmallGroups(c.Groups, c.Total, c.Threshold);

        return table.MergedNames.Count != 1;
    }

    [Property(MaxTest = 1000)]
    public bool SuppressParticipation_RandomTable_NoHiddenRowFollowsBySubtraction(byte[] invited, byte[] responded, byte unsure, byte threshold)
    {
        var rows = (invited ?? []).Take(8)
            .Select((b, i) => { var inv = b % 60; var resp = responded is { } r && i < r.Length ? r[i] % (inv + 1) : 0; return new ParticipationCount($"P{i}", inv, resp); })
            .Append(new ParticipationCount("Unsure or other", null, unsure % 12))
            .ToArray();
        var t = Suppression.MinimumCellSize + threshold % 5;

        var table = Suppression.SuppressParticipation(rows, t);

        var hiddenRows = rows.Where((_, i) => table.Rows[i].Suppressed).ToArray();
        var hiddenInvited = hiddenRows.Where(r => r.Invited is not null).Select(r => r.Invited!.Value).ToArray();
        var invitedSafe = table.TotalInvited is null || Enumerable.Range(0, hiddenInvited.Length).All(i => HasAlternative(hiddenInvited, i));
        var respondedSafe = table.TotalResponded is null ||
            Enumerable.Range(0, hiddenRows.Length).All(i => HasAlternative(hiddenRows.Select(r => r.Responded).ToArray(), i));
        var publishedLarge = table.Rows.Where(r => !r.Suppressed).All(r => (r.Invited is null || r.Invited >= t) && r.Responded >= t);
        return invitedSafe && respondedSafe && publishedLarge;
    }
}
