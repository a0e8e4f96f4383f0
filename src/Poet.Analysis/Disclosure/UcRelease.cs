using Poet.Analysis.UsersCarers;

namespace Poet.Analysis.Disclosure;

/// <summary>One questionnaire return as the users-and-carers release sees it: how it came in (an index into
/// <see cref="UcReleaseInput.Methods"/>) and its answers.</summary>
public sealed record UcReleaseReturn(int Method, UcReturn Answers);

/// <summary>An outcome's two marks on the interview outcome sheet, counted over consenting interviews.</summary>
public sealed record UcSheetCount(int MostImportant, int DoesNotMatter);

/// <summary>
/// Everything about a users-and-carers questionnaire that its release needs, as plain values. <c>Methods</c> are the
/// ways a questionnaire can come back (postal, printed code, link), in the order every view lists them.
/// <c>Chosen</c> (services and barriers, how many returns ticked each), <c>Statements</c> (per statement, returns per
/// agreement level) and <c>Sheet</c> (per outcome, consenting interviews) are tallies of the same returns and
/// interviews, in the caller's item order.
/// </summary>
public sealed record UcReleaseInput(
    IReadOnlyList<string> Methods, IReadOnlyList<string> Outcomes, IReadOnlyList<UcReleaseReturn> Returns,
    int InterviewsConsented, int InterviewsDeclined,
    IReadOnlyList<double?>? StaffSupport = null,
    IReadOnlyList<int>? Chosen = null, IReadOnlyList<IReadOnlyList<int>>? Statements = null, IReadOnlyList<UcSheetCount>? Sheet = null);

/// <summary>A count as released: <c>N</c> is null when hidden.</summary>
public sealed record ReleasedCount(string Name, int? N)
{
    public bool Hidden => N is null;
}

/// <summary>
/// The disclosure-controlled release of a users-and-carers questionnaire: every number POET shows or downloads about
/// its returns and interviews comes from here. Totals are null when under the threshold; <c>Chosen</c>, a statement's
/// counts and <c>Sheet</c> are null when their base is under the threshold.
/// </summary>
/// <param name="Methods">Returns per method, then nothing else: they add up to <paramref name="Returns"/>.</param>
/// <param name="Groups">Returns by who answered: service users (helpers included), carers and family, not stated.</param>
/// <param name="Interviews">Consenting and declined interviews; they add up to <paramref name="InterviewsTotal"/>.</param>
/// <param name="Analysis">The answers; its <c>Groups</c> are empty unless every cell of <paramref name="Groups"/> is shown.</param>
public sealed record UcRelease(
    IReadOnlyList<ReleasedCount> Methods, IReadOnlyList<ReleasedCount> Groups, int? Returns,
    IReadOnlyList<ReleasedCount> Interviews, int? InterviewsTotal,
    PhaseTwoResult Analysis, IReadOnlyList<int>? Chosen, IReadOnlyList<IReadOnlyList<int>?> Statements, IReadOnlyList<UcSheetCount>? Sheet,
    int Threshold)
{
    public const string Users = "Service users", Carers = "Carers and family", NotStated = "Did not say";
    public const string Consented = "Recorded with consent", Declined = "Declined";

    /// <summary>True when enough questionnaires came back for any result (the total is then shown).</summary>
    public bool EnoughToReport => Returns is not null;

    public int? InterviewsConsented => Interviews[0].N;
    public int? InterviewsDeclined => Interviews[1].N;

    /// <summary>The identity cells (methods, groups, interviews) and how many of them are hidden.</summary>
    public int Cells => Methods.Count + Groups.Count + Interviews.Count;
    public int HiddenCells => Methods.Count(m => m.Hidden) + Groups.Count(g => g.Hidden) + Interviews.Count(i => i.Hidden);
}

/// <summary>
/// Builds the one release of a users-and-carers questionnaire (docs/adr/0002-round-release.md, "Users and carers"),
/// with the staff release's suppression (<see cref="RoundReleases.Protect"/>: one ordering, one tie-break, zeros
/// treated as known), applied to each table of who took part:
/// <list type="number">
/// <item>Returns by method and returns by who answered share their total (the number of returns); interviews with
/// consent and declined share theirs. A cell of 1 to threshold − 1 is hidden, then the next smallest non-zero cell of
/// the same table until the hidden non-zero cells are at least two holding at least the threshold. A zero is shown:
/// nobody is invited to a users-and-carers questionnaire, so a zero says nothing about a person, and it never covers
/// a hidden cell. A total under the threshold is hidden, and then every non-zero cell of its table is too.</item>
/// <item>No total of everyone who took part (returns plus interviews) is published: it would give the interviews away
/// from the returns.</item>
/// <item>Fewer returns than the threshold: no answers at all (<see cref="UcRelease.EnoughToReport"/>). An outcome's
/// distribution, a statement's counts are shown only from at least the threshold of answers.</item>
/// <item>Service users and carers are shown separately only when every cell of the group table is shown and both
/// groups reach the threshold: otherwise the overall figures minus one group's would give a small group's answers.</item>
/// <item>The interview sheet is summarised only when the consenting interviews are shown and reach the threshold.</item>
/// </list>
/// Answer distributions over all respondents are released whole (a count of 1 "Never" names nobody: no answer is
/// broken down by method, and by who answered only under rule 4). The attacker test checks every hidden cell.
/// </summary>
public static class UcReleases
{
    public static UcRelease Build(UcReleaseInput input, int threshold = Suppression.MinimumCellSize)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (threshold < Suppression.MinimumCellSize)
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, $"The threshold can be raised but not set below {Suppression.MinimumCellSize}.");
        if (input.Returns.Any(r => r.Method < 0 || r.Method >= input.Methods.Count))
            throw new ArgumentException("A return's method is not in the list of methods.", nameof(input));
        ArgumentOutOfRangeException.ThrowIfNegative(input.InterviewsConsented);
        ArgumentOutOfRangeException.ThrowIfNegative(input.InterviewsDeclined);

        var byMethod = new int[input.Methods.Count];
        var byGroup = new int[3];
        foreach (var r in input.Returns)
        {
            byMethod[r.Method]++;
            byGroup[(int)r.Answers.Group]++;
        }
        var methods = Released(input.Methods, byMethod, threshold, out var methodTotal);
        var groups = Released([UcRelease.Users, UcRelease.Carers, UcRelease.NotStated], byGroup, threshold, out var groupTotal);
        var interviews = Released([UcRelease.Consented, UcRelease.Declined], [input.InterviewsConsented, input.InterviewsDeclined], threshold, out var interviewTotal);

        var answers = input.Returns.Select(r => r.Answers).ToArray();
        var analysis = PhaseTwoAnalysis.Analyse(input.Outcomes, answers, input.StaffSupport);
        var enough = methodTotal is not null && groupTotal is not null && analysis.EnoughToReport;
        // Rule 4, decided here from the released group table (PhaseTwoAnalysis keeps the same rule for its own callers).
        var groupsShown = groups.All(g => !g.Hidden) && byGroup[(int)RespondentGroup.Users] >= threshold && byGroup[(int)RespondentGroup.Carers] >= threshold;
        if (!groupsShown && analysis.Groups.Count > 0) analysis = analysis with { Groups = [] };

        var statements = (input.Statements ?? []).Select(s => enough && s.Sum() >= threshold ? s : null).ToArray();
        var sheetShown = interviews[0].N is int consented && consented >= threshold;
        return new UcRelease(methods, groups, enough ? methodTotal : null, interviews, interviewTotal, analysis,
            enough ? input.Chosen : null, statements, sheetShown ? input.Sheet : null, threshold);
    }

    /// <summary>One table of who took part, protected by the staff release's rule, every zero shown.</summary>
    private static ReleasedCount[] Released(IReadOnlyList<string> names, int[] counts, int threshold, out int? total)
    {
        var known = Enumerable.Repeat(true, counts.Length).ToArray();
        var hidden = RoundReleases.Protect([counts], threshold, known, out var hideTotal)[0];
        total = hideTotal[0] ? null : counts.Sum();
        return names.Select((n, i) => new ReleasedCount(n, hidden[i] ? null : counts[i])).ToArray();
    }
}
