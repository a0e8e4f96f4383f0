namespace Poet.Analysis.Disclosure;

/// <summary>A group in a breakdown (an employer, a profession) and how many responses it has.</summary>
public sealed record GroupCount(string Name, int N);

/// <summary>
/// A group as it may be published: <c>N</c> is null when the count is hidden. <c>Reason</c> is the
/// same text for every hidden group on purpose: saying which cell was small and which was hidden to
/// protect it would tell a reader the range of each hidden cell.
/// </summary>
public sealed record PublishedGroup(string Name, int? N, bool Suppressed, string? Reason);

/// <summary>A breakdown after suppression. <c>Total</c> is null when the total itself had to be hidden.</summary>
public sealed record SuppressedTable(IReadOnlyList<PublishedGroup> Groups, int? Total, int Threshold)
{
    public IEnumerable<PublishedGroup> Published => Groups.Where(g => !g.Suppressed);
    public IEnumerable<PublishedGroup> Hidden => Groups.Where(g => g.Suppressed);
}

/// <summary>
/// A breakdown after merging small groups. <c>Groups</c> ends with the merged group (e.g. "Other")
/// when anything was merged; <c>MergedNames</c> lists the groups inside it. When even the merged
/// group would be under the threshold, every group is hidden and <c>Groups</c> holds them all, suppressed.
/// </summary>
public sealed record MergedTable(IReadOnlyList<PublishedGroup> Groups, IReadOnlyList<string> MergedNames, int? Total, int Threshold);

/// <summary>
/// One group's row in a participation table. <c>Invited</c> is null for a group nobody is invited as, such as
/// "Unsure or other": its responses count towards the total submitted but it has no invitations.
/// </summary>
public sealed record ParticipationCount(string Name, int? Invited, int Responded);

/// <summary>A participation row as published; both counts are null when the row is hidden.</summary>
public sealed record PublishedParticipation(string Name, int? Invited, int? Responded, bool Suppressed, string? Reason)
{
    /// <summary>Responded / invited, or null when hidden or nobody was invited as this group.</summary>
    public double? Rate => Suppressed || Invited is not > 0 || Responded is null ? null : (double)Responded.Value / Invited.Value;
}

/// <summary>A participation table after suppression; totals are published unless they were under the threshold.</summary>
public sealed record SuppressedParticipation(IReadOnlyList<PublishedParticipation> Rows, int? TotalInvited, int? TotalResponded, int Threshold);
