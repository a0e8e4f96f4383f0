namespace Poet.Analysis.Workshops;

/// <summary>A group as the room is shown it: one small group ("Group 2"), or several merged ("Other groups").</summary>
public sealed record GroupCell(string Label, IReadOnlyList<int> Groups, int People);

/// <summary>
/// The disclosure rule for showing a workshop's votes or ratings by the small groups participants chose on joining.
/// A group's figures are shown to the room only when at least <see cref="MinimumPeople"/> people in it took part in what
/// is shown (voted, or rated): a group of one would show that person's votes to everyone at their table.
/// Smaller groups are merged into "Other groups (4 and 6)"; if that pool still holds fewer than
/// <see cref="MinimumPeople"/>, it takes in the smallest shown group (repeatedly), so every person is counted in exactly one
/// cell of at least <see cref="MinimumPeople"/> and no cell can be worked out by taking the others from the overall figure.
/// With fewer than two cells there is nothing to compare, and no view by group is shown.
/// </summary>
public static class WorkshopGroups
{
    public const int MinimumPeople = 3;
    public const string OtherGroups = "Other groups";

    /// <param name="peoplePerGroup">Group number to how many people in it took part (groups with none may be left out).</param>
    /// <returns>The cells in group order, "Other groups" last; empty when there are fewer than two.</returns>
    public static IReadOnlyList<GroupCell> Merge(IReadOnlyDictionary<int, int> peoplePerGroup)
    {
        ArgumentNullException.ThrowIfNull(peoplePerGroup);
        var present = peoplePerGroup.Where(g => g.Value > 0).ToList();
        var shown = present.Where(g => g.Value >= MinimumPeople).OrderBy(g => g.Key).ToList();
        var pool = present.Where(g => g.Value < MinimumPeople).ToList();
        while (pool.Count > 0 && pool.Sum(g => g.Value) < MinimumPeople && shown.Count > 0)
        {   // The smallest shown group (the later number on a tie) joins the pool.
            var smallest = shown.OrderBy(g => g.Value).ThenByDescending(g => g.Key).First();
            shown.Remove(smallest);
            pool.Add(smallest);
        }
        var cells = shown.Select(g => new GroupCell($"Group {g.Key}", [g.Key], g.Value)).ToList();
        if (pool.Sum(g => g.Value) >= MinimumPeople)
        {
            var numbers = pool.Select(g => g.Key).Order().ToList();
            cells.Add(new GroupCell($"{OtherGroups} ({Join(numbers)})", numbers, pool.Sum(g => g.Value)));
        }
        return cells.Count >= 2 ? cells : [];
    }

    /// <summary>
    /// Dots by group cell: the cells come from <see cref="Merge"/> over the people in each group who cast at least one
    /// vote, and <c>Votes[candidate][i]</c> is the dots for the candidate from cell i. Empty cells when none can be shown.
    /// </summary>
    public static (IReadOnlyList<GroupCell> Cells, IReadOnlyDictionary<int, int[]> Votes) Tally(IReadOnlyList<(int CandidateId, int Group, int ParticipantId)> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var cells = Merge(votes.GroupBy(v => v.Group).ToDictionary(g => g.Key, g => g.Select(v => v.ParticipantId).Distinct().Count()));
        var cellOf = cells.SelectMany((c, i) => c.Groups.Select(g => (g, i))).ToDictionary(x => x.g, x => x.i);
        var tally = new Dictionary<int, int[]>();
        if (cells.Count == 0) return (cells, tally);
        foreach (var v in votes)
        {
            if (!tally.TryGetValue(v.CandidateId, out var row)) tally[v.CandidateId] = row = new int[cells.Count];
            row[cellOf[v.Group]]++;
        }
        return (cells, tally);
    }

    /// <summary>"4", "4 and 6", "4, 5 and 6".</summary>
    private static string Join(IReadOnlyList<int> numbers) =>
        numbers.Count == 1 ? $"{numbers[0]}" : $"{string.Join(", ", numbers.Take(numbers.Count - 1))} and {numbers[^1]}";
}
