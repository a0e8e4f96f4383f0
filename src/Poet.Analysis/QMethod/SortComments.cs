namespace Poet.Analysis.QMethod;

/// <summary>Why a participant put one statement where they did: its number (1-based), its grid column, their words.</summary>
public sealed record SortReason(int Statement, int Column, string Text);

/// <summary>
/// One sort's reasons as the analysis sees them: its study code (the name the analysis gives it), the role the
/// participant gave (null: not said), and whether they agreed that reports shared outside the research team may
/// quote their reasons (without the role).
/// </summary>
public sealed record SortComments(string Code, string? Role, bool MayQuote, IReadOnlyList<SortReason> Reasons);

/// <summary>A reason as the research team reads it: always, keyed by study code, with the role.</summary>
public sealed record TeamReason(string Code, string? Role, bool MayQuote, SortReason Reason);

/// <summary>
/// Who may read participants' reasons. The research team reads every reason of every sort, keyed by study code;
/// a report shared outside the team quotes, per factor, only the reasons of sorts flagged on that factor whose
/// participants agreed, and never their codes or roles, in an order that does not follow the sorts.
/// </summary>
public static class SortCommentRules
{
    /// <summary>Every reason, by study code then statement.</summary>
    public static IReadOnlyList<TeamReason> ForTeam(IReadOnlyList<SortComments> sorts)
    {
        ArgumentNullException.ThrowIfNull(sorts);
        return sorts.SelectMany(s => s.Reasons.OrderBy(r => r.Statement).Select(r => new TeamReason(s.Code, s.Role, s.MayQuote, r))).ToArray();
    }

    /// <summary>The reasons of the sorts flagged on one factor, for the team: with codes and roles.</summary>
    public static IReadOnlyList<TeamReason> ForTeam(IReadOnlyList<SortComments> sorts, IReadOnlyList<bool> flagged) =>
        ForTeam(sorts.Where((_, q) => flagged[q]).ToArray());

    /// <summary>
    /// The quotes a shared report may carry for one factor: reasons of flagged sorts whose participants agreed, with
    /// neither code nor role, highest column first, then by statement and wording.
    /// </summary>
    public static IReadOnlyList<SortReason> Quotes(IReadOnlyList<SortComments> sorts, IReadOnlyList<bool> flagged)
    {
        ArgumentNullException.ThrowIfNull(sorts);
        ArgumentNullException.ThrowIfNull(flagged);
        if (flagged.Count != sorts.Count) throw new ArgumentException("One flag per sort.", nameof(flagged));
        return sorts.Where((s, q) => flagged[q] && s.MayQuote).SelectMany(s => s.Reasons)
            .OrderByDescending(r => r.Column).ThenBy(r => r.Statement).ThenBy(r => r.Text, StringComparer.Ordinal).ToArray();
    }
}
