namespace Poet.Analysis.UsersCarers;

/// <summary>
/// "What the partnership could do next" in the local report: plain suggestions drawn from the findings, never a
/// verdict. The thresholds are POET's choice (the sources give none): an outcome very important to at least half
/// the families that at most half say always or usually happens is one to work on.
/// </summary>
public static class NextSteps
{
    public const double MattersToMost = 50, HappensForFew = 50;
    public const int Listed = 3;

    /// <param name="analysis">The phase-two analysis.</param>
    /// <param name="seriousToStaffNotFamilies">Barriers staff rated serious that families named less often than most.</param>
    /// <param name="missing">Outcomes families said were missing.</param>
    /// <param name="staffDevelopments">The staff survey's areas for development, most pressing first.</param>
    public static IReadOnlyList<string> Suggest(PhaseTwoResult analysis, IReadOnlyList<string> seriousToStaffNotFamilies,
        IReadOnlyList<string> missing, IReadOnlyList<string> staffDevelopments)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var steps = new List<string>();
        if (analysis.EnoughToReport)
        {
            foreach (var o in analysis.Grid.Where(NotDelivered).Take(Listed))
                steps.Add($"{Quote(o.Outcome)} is very important to {Round(o.VeryImportantPercent)}% of families, but {OnlySay(o.AlwaysOrUsuallyPercent)} it always or usually happens. Agree with staff and families what would make it happen more often.");
            foreach (var d in analysis.Comparison?.LargestDisagreements ?? [])
                steps.Add(d.Difference > 0
                    ? $"Staff put {Quote(d.Outcome)} higher (rank {d.StaffRank:0.#}) than families do (rank {d.UserRank:0.#}). Discuss with staff whether it is an aim for the service rather than an outcome families want, before putting more effort into it."
                    : $"Families put {Quote(d.Outcome)} higher (rank {d.UserRank:0.#}) than staff do (rank {d.StaffRank:0.#}). Share this with staff and check it gets the attention families give it.");
        }
        if (seriousToStaffNotFamilies.Count == 1)
            steps.Add($"Staff saw {Quoted(seriousToStaffNotFamilies)} as a serious barrier, but few families named it. Ask families before spending money on it.");
        else if (seriousToStaffNotFamilies.Count > 1)
            steps.Add($"Staff saw {Quoted(seriousToStaffNotFamilies)} as serious barriers, but few families named them. Ask families before spending money on them.");
        if (missing.Count > 0)
            steps.Add($"Consider adding what families said was missing to the agreed outcomes: {Quoted(missing)}.");
        if (staffDevelopments.Count > 0)
            steps.Add($"From the staff survey, work on the areas for development, starting with {Quote(staffDevelopments[0])}.");
        steps.Add("Repeat the staff survey and this questionnaire later, to see whether things have changed for the partnership and for families.");
        return steps;
    }

    /// <summary>"only 40% say", "fewer than 1% say", or "none say" (never "only 0% say").</summary>
    private static string OnlySay(double? p) => (p ?? 0) <= 0 ? "none say" : Round(p) == "0" ? "fewer than 1% say" : $"only {Round(p)}% say";

    /// <summary>
    /// A text in double quotes inside a sentence, its own closing full stop dropped, so an item ending "clear to me."
    /// never gives "clear to me."." at the end of the sentence. A question or exclamation mark is kept.
    /// </summary>
    private static string Quote(string text) => $"\"{text.Trim().TrimEnd('.').TrimEnd()}\"";

    private static bool NotDelivered(OutcomeResult o) =>
        o.ImportanceShown && o.VeryImportantPercent >= MattersToMost
        && o.HappensKnown >= Disclosure.Suppression.MinimumCellSize && o.AlwaysOrUsuallyPercent <= HappensForFew;

    private static string Round(double? p) => Math.Round(p ?? 0, MidpointRounding.AwayFromZero).ToString("0");

    private static string Quoted(IReadOnlyList<string> texts) => texts.Count == 1 ? Quote(texts[0])
        : string.Join(", ", texts.Take(texts.Count - 1).Select(Quote)) + $" and {Quote(texts[^1])}";
}
