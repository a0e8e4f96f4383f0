namespace Poet.Analysis.Disclosure;

/// <summary>
/// Small-cell suppression for one table on its own (Q-study loaders, outcome support counts).
/// A round's staff answers are not protected here but jointly, across every view, by <see cref="RoundReleases"/>:
/// tables suppressed one at a time can be put side by side to undo each other (issue 13).
/// <para>
/// Primary suppression hides every group with fewer than the threshold (default
/// <see cref="MinimumCellSize"/>; zero counts are hidden too). Complementary suppression then
/// protects the hidden cells from subtraction: the reader is assumed to know every published
/// cell, the total, and any part of the total that is in no group. While exactly one group is hidden,
/// or the hidden groups add up to zero (so each is known to be zero), the smallest published group is
/// hidden as well (ties go to the earlier group). If no group is left to hide, the total is hidden instead.
/// </para>
/// <para>
/// Guarantee (checked by property tests): every published cell is at least the threshold, and no
/// hidden cell can be worked out exactly by subtracting published cells from the total. Not covered:
/// a reader who also knows this exact rule and the group order can, in rare tables, narrow a hidden
/// cell further; the sources specify no minimum group size at all (brief section 10), so 5 is POET's choice.
/// </para>
/// </summary>
public static class Suppression
{
    /// <summary>The smallest count POET publishes. Thresholds may be raised, never lowered.</summary>
    public const int MinimumCellSize = 5;

    /// <summary>The text shown for every hidden cell.</summary>
    public const string HiddenReason = "Hidden to protect anonymity: fewer than the minimum group size, or it would let a smaller group be worked out";

    /// <summary>The text shown for a hidden total.</summary>
    public const string HiddenTotalReason = "Hidden to protect anonymity: the total would let a small group be worked out";

    /// <summary>Hides small groups and, where needed, a complementary group so no hidden count can be recovered by subtraction.</summary>
    /// <param name="groups">Groups in display order; names must be distinct, counts non-negative.</param>
    /// <param name="total">All responses, at least the sum of the groups (the rest are in no group, e.g. "not stated").</param>
    /// <param name="threshold">Smallest count to publish; at least <see cref="MinimumCellSize"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is below <see cref="MinimumCellSize"/>.</exception>
    public static SuppressedTable Suppress(IReadOnlyList<GroupCount> groups, int total, int threshold = MinimumCellSize)
    {
        Validate(groups, total, threshold);
        var hidden = Choose(groups.Select(g => g.N).ToArray(), threshold, out var hideTotal);
        var published = groups
            .Select((g, i) => hidden[i] ? new PublishedGroup(g.Name, null, true, HiddenReason) : new PublishedGroup(g.Name, g.N, false, null))
            .ToArray();
        return new SuppressedTable(published, hideTotal || total < threshold ? null : total, threshold);
    }

    /// <summary>
    /// The alternative to hiding: merges every group under the threshold into one group named
    /// <paramref name="otherName"/>. If only one group would be merged, or the merged group is still under
    /// the threshold, the next smallest groups are merged in too, so the merged count never equals
    /// one group's count and is itself at least the threshold. If even that fails, every group is hidden.
    /// </summary>
    public static MergedTable MergeSmallGroups(IReadOnlyList<GroupCount> groups, int total, int threshold = MinimumCellSize, string otherName = "Other")
    {
        Validate(groups, total, threshold);
        ArgumentException.ThrowIfNullOrWhiteSpace(otherName);
        if (groups.Any(g => g.Name == otherName))
            throw new ArgumentException($"A group is already called \"{otherName}\"; choose another name for the merged group.", nameof(otherName));

        var merged = groups.Select(g => g.N < threshold).ToArray();
        int MergedCount() => merged.Select((m, i) => m ? groups[i].N : 0).Sum();
        int MergedMembers() => merged.Count(m => m);
        while (MergedMembers() > 0 && (MergedMembers() == 1 || MergedCount() < threshold))
        {
            var next = SmallestUnmarked(groups.Select(g => g.N).ToArray(), merged);
            if (next < 0) break;
            merged[next] = true;
        }

        var publishTotal = total >= threshold;
        if (MergedMembers() > 0 && MergedCount() < threshold)
        {   // Everything merged and still small: nothing can be shown, and a lone or all-zero
            // hidden group would still follow from the total, so then the total goes too.
            var all = groups.Select(g => new PublishedGroup(g.Name, null, true, HiddenReason)).ToArray();
            var totalGivesItAway = MergedMembers() == 1 || MergedCount() == 0;
            return new MergedTable(all, [], publishTotal && !totalGivesItAway ? total : null, threshold);
        }

        var rows = groups.Where((_, i) => !merged[i]).Select(g => new PublishedGroup(g.Name, g.N, false, null)).ToList();
        var names = groups.Where((_, i) => merged[i]).Select(g => g.Name).ToArray();
        if (names.Length > 0) rows.Add(new PublishedGroup(otherName, MergedCount(), false, null));
        return new MergedTable(rows, names, publishTotal ? total : null, threshold);
    }

    /// <summary>
    /// Participation table (invited and responded per group): a row is hidden when either count is under the
    /// threshold, then complementary suppression is applied as in <see cref="Suppress"/>, judged on both columns
    /// with the column totals as the published totals. Only rows with invitations belong to the invited column.
    /// A group may have more responses than invitations: respondents choose their own employer.
    /// </summary>
    public static SuppressedParticipation SuppressParticipation(IReadOnlyList<ParticipationCount> rows, int threshold = MinimumCellSize)
    {
        ArgumentNullException.ThrowIfNull(rows);
        CheckThreshold(threshold);
        CheckNames(rows.Select(r => r.Name));
        if (rows.Any(r => r.Invited < 0 || r.Responded < 0))
            throw new ArgumentOutOfRangeException(nameof(rows), $"\"{rows.First(r => r.Invited < 0 || r.Responded < 0).Name}\" has a negative count.");

        var hidden = rows.Select(r => r.Invited < threshold || r.Responded < threshold).ToArray();
        bool Exposed(Func<ParticipationCount, bool> inColumn, Func<ParticipationCount, int> size)
        {
            var column = Enumerable.Range(0, rows.Count).Where(i => inColumn(rows[i])).ToArray();
            var hiddenInColumn = column.Where(i => hidden[i]).ToArray();
            return hiddenInColumn.Length == 1 || (hiddenInColumn.Length > 0 && hiddenInColumn.Sum(i => size(rows[i])) == 0);
        }
        bool InvitedExposed() => Exposed(r => r.Invited is not null, r => r.Invited!.Value);
        bool RespondedExposed() => Exposed(_ => true, r => r.Responded);

        var hideTotals = false;
        while (InvitedExposed() || RespondedExposed())
        {
            // A row with invitations sits in both columns, so hiding one protects both; only it can protect the invited column.
            var candidates = InvitedExposed() ? hidden.Select((h, i) => h || rows[i].Invited is null).ToArray() : hidden;
            var next = SmallestUnmarked(rows.Select(r => r.Responded).ToArray(), candidates, rows.Select(r => r.Invited ?? int.MaxValue).ToArray());
            if (next < 0) { hideTotals = true; break; }
            hidden[next] = true;
        }

        var published = rows
            .Select((r, i) => hidden[i]
                ? new PublishedParticipation(r.Name, null, null, true, HiddenReason)
                : new PublishedParticipation(r.Name, r.Invited, r.Responded, false, null))
            .ToArray();
        var totalInvited = rows.Sum(r => r.Invited ?? 0);
        var totalResponded = rows.Sum(r => r.Responded);
        return new SuppressedParticipation(
            published,
            hideTotals || totalInvited < threshold ? null : totalInvited,
            hideTotals || totalResponded < threshold ? null : totalResponded,
            threshold);
    }

    private static bool[] Choose(int[] counts, int threshold, out bool hideTotal)
    {
        var hidden = counts.Select(n => n < threshold).ToArray();
        hideTotal = false;
        while (HiddenCount(hidden) == 1 || (HiddenCount(hidden) > 0 && HiddenSum(counts, hidden) == 0))
        {
            var next = SmallestUnmarked(counts, hidden);
            if (next < 0) { hideTotal = true; break; }
            hidden[next] = true;
        }
        return hidden;
    }

    private static int HiddenCount(bool[] hidden) => hidden.Count(h => h);

    private static int HiddenSum(int[] counts, bool[] hidden) => counts.Where((_, i) => hidden[i]).Sum();

    /// <summary>Index of the smallest count not yet marked (then the smallest tie-break value, then the earliest), or -1.</summary>
    private static int SmallestUnmarked(int[] counts, bool[] marked, int[]? tieBreak = null)
    {
        var best = -1;
        for (var i = 0; i < counts.Length; i++)
        {
            if (marked[i]) continue;
            if (best < 0 || counts[i] < counts[best] ||
                (counts[i] == counts[best] && tieBreak is not null && tieBreak[i] < tieBreak[best]))
                best = i;
        }
        return best;
    }

    private static void Validate(IReadOnlyList<GroupCount> groups, int total, int threshold)
    {
        ArgumentNullException.ThrowIfNull(groups);
        CheckThreshold(threshold);
        CheckNames(groups.Select(g => g.Name));
        if (groups.Any(g => g.N < 0))
            throw new ArgumentOutOfRangeException(nameof(groups), "Group counts cannot be negative.");
        var sum = groups.Sum(g => g.N);
        if (total < sum)
            throw new ArgumentException($"The total ({total}) is less than the groups add up to ({sum}).", nameof(total));
    }

    private static void CheckThreshold(int threshold)
    {
        if (threshold < MinimumCellSize)
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, $"The threshold can be raised but not set below {MinimumCellSize}.");
    }

    private static void CheckNames(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
                throw new ArgumentException("Every group needs a name.", "groups");
            if (!seen.Add(name))
                throw new ArgumentException($"Two groups are called \"{name}\".", "groups");
        }
    }
}
