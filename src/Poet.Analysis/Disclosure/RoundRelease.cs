namespace Poet.Analysis.Disclosure;

/// <summary>
/// One submitted response as the release sees it. <c>Partner</c> and <c>Profession</c> index the round's lists
/// (<see cref="ReleaseInput"/>), or are <see cref="Other"/> when the respondent chose "Unsure or other" / "None or other",
/// or null when they skipped the question ("Not answered"). <c>Mode</c> is how it was collected.
/// </summary>
public sealed record ReleaseRespondent(int? Partner, int? Profession, bool Usable, string Mode)
{
    /// <summary>The respondent chose "Unsure or other" (partner) or "None or other" (profession).</summary>
    public const int Other = -1;
}

/// <summary>
/// Everything about a round's staff answers that a release needs, as plain values. <c>Partners</c> and
/// <c>Professions</c> are the partnership's groups in the order every view lists them; <c>InvitedByPartner</c> has one
/// count per partner (the roster, which the coordinator knows anyway).
/// </summary>
public sealed record ReleaseInput(
    IReadOnlyList<string> Partners, IReadOnlyList<int> InvitedByPartner,
    IReadOnlyList<string> Professions, IReadOnlyList<ReleaseRespondent> Respondents,
    string PartnerUnstated = ReleaseInput.DefaultPartnerUnstated, string ProfessionUnstated = ReleaseInput.DefaultProfessionUnstated,
    string NotAnswered = ReleaseInput.DefaultNotAnswered)
{
    public const string DefaultPartnerUnstated = "Unsure or other";
    public const string DefaultProfessionUnstated = "None or other";
    /// <summary>The row of respondents who skipped the question, in both tables.</summary>
    public const string DefaultNotAnswered = "Not answered";
}

/// <summary>
/// A partner's row as released. Invited is always shown (it is the roster, not anyone's answer); submitted and usable
/// are null when hidden, which is nearly always both at once (<see cref="RoundReleases.Protect"/>). <c>Index</c> is the
/// partner's position in <see cref="ReleaseInput.Partners"/>, <see cref="ReleaseRespondent.Other"/> for "Unsure or other",
/// null for "Not answered".
/// </summary>
public sealed record ReleasedPartner(int? Index, string Name, int? Invited, int? Submitted, int? Usable, bool Hidden)
{
    /// <summary>Submitted / invited, or null when hidden or nobody was invited as this group.</summary>
    public double? Rate => Hidden || Invited is not > 0 || Submitted is null ? null : (double)Submitted.Value / Invited.Value;
}

/// <summary>A professional group's row as released; <c>Usable</c> is null when hidden. <c>Index</c> as for <see cref="ReleasedPartner"/>.</summary>
public sealed record ReleasedProfession(int? Index, string Name, int? Usable, bool Hidden);

/// <summary>
/// The disclosure-controlled release of one round: every number POET shows or exports about the round's staff answers
/// comes from here. Totals are null when under the threshold. <c>Export</c> is the recoding of the anonymised data.
/// </summary>
public sealed record RoundRelease(
    IReadOnlyList<ReleasedPartner> Partners, IReadOnlyList<ReleasedProfession> Professions,
    int TotalInvited, int? TotalSubmitted, int? TotalUsable, ExportRecoding Export, int Threshold)
{
    /// <summary>True when the round has enough usable responses for any result, breakdown or export.</summary>
    public bool EnoughToReport => TotalUsable is not null;

    public ReleasedPartner Partner(int? index) => Partners.Single(p => p.Index == index);
    public ReleasedProfession Profession(int? index) => Professions.Single(p => p.Index == index);

    /// <summary>Breakdown cells (submitted and usable per partner, usable per profession), and how many of them are hidden.</summary>
    public int Cells => 2 * Partners.Count + Professions.Count;
    public int HiddenCells => Partners.Count(p => p.Submitted is null) + Partners.Count(p => p.Usable is null) + Professions.Count(p => p.Hidden);
}

/// <summary>
/// Builds the one release of a round. The rules (see docs/adr/0002-round-release.md):
/// <list type="number">
/// <item>Every category is always listed in the order given, then "Unsure or other" (chosen), then "Not answered"
/// (skipped): no view may drop a row.</item>
/// <item>Primary: a partner row is hidden when its submitted or usable count is under the threshold, a profession row
/// when its usable count is. Zeros are hidden too, except structural ones (the unstated rows, a partner nobody was
/// invited from), which are shown.</item>
/// <item>Secondary, jointly for the partner columns (submitted, usable) and for the profession column: zeros are
/// treated as known, so a column with a small group hidden needs at least two non-zero hidden cells holding at least
/// the threshold together. Until that holds, the next row is hidden: the smallest non-zero count in the failing
/// column, then the smallest in the other column, then the earliest in the list (<see cref="Protect"/>).</item>
/// <item>A total under the threshold is hidden.</item>
/// <item>The anonymised export puts every hidden group into one merged category, then recodes further until every
/// combination of partner, profession and mode has at least the threshold of rows (<see cref="ExportRecoding"/>).</item>
/// </list>
/// The guarantee is checked by an attacker test that solves for every hidden cell's integer interval.
/// </summary>
public static class RoundReleases
{
    public const string MergedCategory = "Other (merged)";

    public static RoundRelease Build(ReleaseInput input, int threshold = Suppression.MinimumCellSize)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (threshold < Suppression.MinimumCellSize)
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, $"The threshold can be raised but not set below {Suppression.MinimumCellSize}.");
        if (input.InvitedByPartner.Count != input.Partners.Count)
            throw new ArgumentException("Give one invited count per partner.", nameof(input));
        var np = input.Partners.Count;
        var nq = input.Professions.Count;
        if (input.Respondents.Any(r => r.Partner is < ReleaseRespondent.Other || r.Partner >= np || r.Profession is < ReleaseRespondent.Other || r.Profession >= nq))
            throw new ArgumentException("A respondent's partner or profession is not in the round's lists.", nameof(input));

        // Row k < np is partner k; row np is "Unsure or other", row np + 1 "Not answered". Same for professions.
        int P(int? p) => Row(p, np);
        int Q(int? q) => Row(q, nq);
        var submitted = new int[np + 2];
        var usable = new int[np + 2];
        var byProfession = new int[nq + 2];
        foreach (var r in input.Respondents)
        {
            submitted[P(r.Partner)]++;
            if (!r.Usable) continue;
            usable[P(r.Partner)]++;
            byProfession[Q(r.Profession)]++;
        }

        // Nobody is invited as "Unsure or other" or "Not answered", nor from a partner nobody was invited from: a zero there
        // is structural and shown.
        var partnerKnown = Enumerable.Range(0, np + 2).Select(k => k >= np || input.InvitedByPartner[k] == 0).ToArray();
        var professionKnown = Enumerable.Range(0, nq + 2).Select(k => k >= nq).ToArray();
        var partnerCells = Protect([submitted, usable], threshold, partnerKnown, out var partnerTotals);
        var professionCells = Protect([byProfession], threshold, professionKnown, out var professionTotal);
        var partnerHidden = Enumerable.Range(0, np + 2).Select(k => partnerCells[0][k] || partnerCells[1][k]).ToArray();
        var professionHidden = professionCells[0];
        var totalSubmitted = submitted.Sum();
        var totalUsable = usable.Sum();
        var submittedShown = !partnerTotals[0];
        var usableShown = !partnerTotals[1] && !professionTotal[0];

        string PartnerName(int k) => k < np ? input.Partners[k] : k == np ? input.PartnerUnstated : input.NotAnswered;
        string ProfessionName(int k) => k < nq ? input.Professions[k] : k == nq ? input.ProfessionUnstated : input.NotAnswered;
        var partners = Enumerable.Range(0, np + 2).Select(k => new ReleasedPartner(
            Index(k, np), PartnerName(k), k < np ? input.InvitedByPartner[k] : null,
            partnerCells[0][k] ? null : submitted[k], partnerCells[1][k] ? null : usable[k], partnerHidden[k])).ToArray();
        var professions = Enumerable.Range(0, nq + 2).Select(k => new ReleasedProfession(
            Index(k, nq), ProfessionName(k), professionHidden[k] ? null : byProfession[k], professionHidden[k])).ToArray();

        var rows = input.Respondents.Where(r => r.Usable).Select(r => new ExportKey(P(r.Partner), Q(r.Profession), r.Mode)).ToArray();
        var export = !usableShown
            ? ExportRecoding.Nothing
            : ExportRecoding.Build(rows, Enumerable.Range(0, np + 2).Select(PartnerName).ToArray(), partnerCells[1],
                Enumerable.Range(0, nq + 2).Select(ProfessionName).ToArray(), professionHidden, threshold);

        return new RoundRelease(partners, professions, input.InvitedByPartner.Sum(),
            submittedShown ? totalSubmitted : null,
            usableShown ? totalUsable : null,
            export, threshold);
    }

    /// <summary>
    /// The row of a respondent's answer among <paramref name="n"/> listed groups: the group's own, then n for
    /// <see cref="ReleaseRespondent.Other"/>, n + 1 for not answered (null). Views that write rows use the same order.
    /// </summary>
    public static int Row(int? answer, int n) => answer switch
    {
        null => n + 1,
        ReleaseRespondent.Other => n,
        int k => k,
    };

    /// <summary>The inverse of <see cref="Row"/>: a row's <c>Index</c> as released.</summary>
    private static int? Index(int row, int n) => row < n ? row : row == n ? ReleaseRespondent.Other : null;

    /// <summary>
    /// Cells to hide, per column. A row is hidden as a whole (in every column at once) when any of its counts is a small
    /// group (1 to threshold − 1), or a zero that is not structural (<paramref name="known"/> marks rows where nobody
    /// could be by design: those show their zero). Then, while some column has a small group hidden with too little
    /// cover (the hidden non-zero cells must be at least two and hold at least the threshold together), the next row
    /// is hidden: the smallest non-zero count in that column, then the smallest count in the other columns, then the
    /// earliest. Zeros count as known: a zero never covers anything. Last, a column none of whose hidden non-zero
    /// cells is a small group needs no cover, so its cells are shown even where the row is hidden for another column.
    /// A column total under the threshold is hidden (<paramref name="hideTotal"/>): its cells are then all small.
    /// </summary>
    internal static bool[][] Protect(int[][] columns, int threshold, bool[] known, out bool[] hideTotal)
    {
        var n = columns[0].Length;
        var hidden = new bool[n];
        for (var i = 0; i < n; i++)
            hidden[i] = columns.Any(c => c[i] < threshold) && !columns.All(c => c[i] == 0 && known[i]);
        hideTotal = columns.Select(c => c.Sum() < threshold).ToArray();
        while (true)
        {
            var failing = -1;
            for (var c = 0; c < columns.Length && failing < 0; c++)
                if (!hideTotal[c] && !Covered(columns[c], hidden, threshold)) failing = c;
            if (failing < 0) break;
            var column = columns[failing];
            var next = -1;
            for (var i = 0; i < n; i++)
            {
                if (hidden[i] || column[i] == 0) continue; // a zero is known, so hiding it protects nothing
                if (next < 0 || Before(columns, failing, i, next)) next = i;
            }
            // With every non-zero cell hidden, a failing column has a total under the threshold, which is hidden.
            if (next < 0) { hideTotal[failing] = true; continue; }
            hidden[next] = true;
        }
        return columns.Select(c => HasSmallHidden(c, hidden, threshold)
            ? hidden.Select((h, i) => h && !(c[i] == 0 && known[i])).ToArray()
            : c.Select((v, i) => hidden[i] && v == 0 && !known[i]).ToArray()).ToArray();
    }

    private static bool HasSmallHidden(int[] column, bool[] hidden, int threshold) =>
        column.Where((v, i) => hidden[i] && v > 0 && v < threshold).Any();

    /// <summary>No small group hidden in the column, or the hidden non-zero cells are at least two holding at least the threshold.</summary>
    private static bool Covered(int[] column, bool[] hidden, int threshold) =>
        !HasSmallHidden(column, hidden, threshold) || Safe(column, hidden, threshold);

    private static bool Before(int[][] columns, int failing, int i, int j)
    {
        if (columns[failing][i] != columns[failing][j]) return columns[failing][i] < columns[failing][j];
        for (var c = 0; c < columns.Length; c++)
            if (c != failing && columns[c][i] != columns[c][j]) return columns[c][i] < columns[c][j];
        return i < j;
    }

    private static bool Safe(int[] column, bool[] hidden, int threshold)
    {
        var count = 0;
        var sum = 0;
        for (var i = 0; i < column.Length; i++)
        {
            if (!hidden[i] || column[i] == 0) continue;
            count++;
            sum += column[i];
        }
        return count == 0 || (count >= 2 && sum >= threshold);
    }
}
