using Poet.Analysis.Ordinal;

namespace Poet.Analysis.Workshops;

/// <summary>The four corners of strategic assumption surfacing's importance × certainty plot.</summary>
public enum Quadrant { ImportantCertain, ImportantUncertain, LessImportantCertain, LessImportantUncertain }

/// <summary>One participant's rating of one candidate: importance and certainty that the partnership can deliver it, 1 to 5.</summary>
public sealed record AssumptionRating(int CandidateId, int Group, int Importance, int Certainty);

/// <summary>A group cell's medians for one candidate; null when fewer than <see cref="WorkshopGroups.MinimumPeople"/> in it rated the candidate.</summary>
public sealed record GroupMedians(string Group, int Raters, int? Importance, int? Certainty);

/// <summary>
/// One candidate's place on the plot: the medians of everyone's ratings, the quadrant they put it in, the groups' medians,
/// and how far apart the groups are (the highest group median minus the lowest, on each scale; null with fewer than two groups shown).
/// </summary>
public sealed record RatedCandidate(int CandidateId, int Raters, int? Importance, int? Certainty, IReadOnlyList<int> ImportanceCounts,
    IReadOnlyList<int> CertaintyCounts, IReadOnlyList<GroupMedians> Groups, int? ImportanceSpread, int? CertaintySpread)
{
    public Quadrant? Quadrant => Importance is { } i && Certainty is { } c ? AssumptionRatings.QuadrantOf(i, c) : null;

    /// <summary>The groups' medians are <see cref="AssumptionRatings.DisagreementPoints"/> or more points apart on either scale.</summary>
    public bool GroupsDisagree => Math.Max(ImportanceSpread ?? 0, CertaintySpread ?? 0) >= AssumptionRatings.DisagreementPoints;
}

/// <summary>
/// Strategic assumption surfacing (Mason and Mitroff; the brief, section 2 step 10): each participant rates each shortlisted
/// outcome's importance and how certain they are that the partnership can deliver it, on 1 to 5. Ratings are ordinal, so
/// POET uses medians and counts, never means: the median is <see cref="OrdinalSummary.MedianCategory"/> (R quantile
/// type 1, the lower median on an even split), always a point on the scale. An outcome is important when its median
/// importance is above the middle of the scale (4 or 5) and certain when its median certainty is (4 or 5); a median of 3
/// counts as less important, or uncertain. Groups are compared through their medians in the cells of
/// <see cref="WorkshopGroups.Merge"/>; groups whose medians are <see cref="DisagreementPoints"/> or more points apart disagree.
/// </summary>
public static class AssumptionRatings
{
    public const int ScaleSize = 5;
    public const int Middle = 3;
    public const int DisagreementPoints = 2;

    public static readonly IReadOnlyList<string> ImportanceLabels = ["Not important", "A little important", "Fairly important", "Very important", "Essential"];
    public static readonly IReadOnlyList<string> CertaintyLabels = ["Not at all certain", "Not very certain", "Fairly certain", "Very certain", "Completely certain"];

    public static Quadrant QuadrantOf(int importance, int certainty) => (importance > Middle, certainty > Middle) switch
    {
        (true, true) => Quadrant.ImportantCertain,
        (true, false) => Quadrant.ImportantUncertain,
        (false, true) => Quadrant.LessImportantCertain,
        _ => Quadrant.LessImportantUncertain,
    };

    public static string Label(Quadrant q) => q switch
    {
        Quadrant.ImportantCertain => "Important and certain",
        Quadrant.ImportantUncertain => "Important and uncertain",
        Quadrant.LessImportantCertain => "Less important and certain",
        _ => "Less important and uncertain",
    };

    public static bool IsOnScale(int value) => value is >= 1 and <= ScaleSize;

    /// <summary>
    /// Every candidate in <paramref name="candidates"/> (in that order) with its medians; ratings of other candidates are ignored.
    /// The group cells come from <see cref="WorkshopGroups.Merge"/> over the people who rated anything in each group.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A rating is not 1 to 5.</exception>
    public static IReadOnlyList<RatedCandidate> Summarise(IReadOnlyList<int> candidates, IReadOnlyList<AssumptionRating> ratings, IReadOnlyDictionary<int, int> ratersPerGroup)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(ratings);
        var bad = ratings.FirstOrDefault(r => !IsOnScale(r.Importance) || !IsOnScale(r.Certainty));
        if (bad is not null) throw new ArgumentOutOfRangeException(nameof(ratings), $"Ratings run from 1 to {ScaleSize}; one is {bad.Importance}, {bad.Certainty}.");
        var cells = WorkshopGroups.Merge(ratersPerGroup);
        return candidates.Select(id =>
        {
            var mine = ratings.Where(r => r.CandidateId == id).ToList();
            var groups = cells.Select(cell =>
            {
                var inCell = mine.Where(r => cell.Groups.Contains(r.Group)).ToList();
                return inCell.Count < WorkshopGroups.MinimumPeople
                    ? new GroupMedians(cell.Label, inCell.Count, null, null)
                    : new GroupMedians(cell.Label, inCell.Count, Median(inCell.Select(r => r.Importance)), Median(inCell.Select(r => r.Certainty)));
            }).ToList();
            var shown = groups.Where(g => g.Importance is not null).ToList();
            int? Spread(Func<GroupMedians, int?> of) => shown.Count < 2 ? null : shown.Max(of) - shown.Min(of);
            return new RatedCandidate(id, mine.Count, Median(mine.Select(r => r.Importance)), Median(mine.Select(r => r.Certainty)),
                Counts(mine.Select(r => r.Importance)), Counts(mine.Select(r => r.Certainty)), groups, Spread(g => g.Importance), Spread(g => g.Certainty));
        }).ToList();
    }

    /// <summary>The candidates the groups disagree on, the widest spread first (then in the given order).</summary>
    public static IReadOnlyList<RatedCandidate> Disagreements(IReadOnlyList<RatedCandidate> rated) =>
        rated.Where(r => r.GroupsDisagree).OrderByDescending(r => Math.Max(r.ImportanceSpread ?? 0, r.CertaintySpread ?? 0)).ToList();

    private static int[] Counts(IEnumerable<int> values)
    {
        var counts = new int[ScaleSize];
        foreach (var v in values) counts[v - 1]++;
        return counts;
    }

    private static int? Median(IEnumerable<int> values) => OrdinalSummary.MedianCategory(new Distribution(Counts(values)));
}

/// <summary>Which candidates go forward from the vote to be rated.</summary>
public static class Shortlist
{
    /// <summary>
    /// The <paramref name="size"/> candidates with the most votes, and any tied with the last of them (a tie is not broken by
    /// workspace order, which the room did not choose), most votes first, ties in the given order.
    /// </summary>
    public static IReadOnlyList<int> Top(IReadOnlyList<(int CandidateId, int Votes)> candidates, int size)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ordered = candidates.Select((c, i) => (c, i)).OrderByDescending(x => x.c.Votes).ThenBy(x => x.i).Select(x => x.c).ToList();
        if (size <= 0) return [];
        if (size >= ordered.Count) return ordered.Select(c => c.CandidateId).ToList();
        var cut = ordered[size - 1].Votes;
        return ordered.TakeWhile((c, i) => i < size || c.Votes == cut).Select(c => c.CandidateId).ToList();
    }
}
