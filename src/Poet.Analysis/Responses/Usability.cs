namespace Poet.Analysis.Responses;

/// <summary>
/// Which submitted questionnaires the report uses. The pilots excluded incomplete ones but the rule is
/// not in the sources (brief section 4, rule 6); POET's rule: submitted, and at least half the Likert
/// items answered, where "Don't know" counts as an answer (it is a finding, not a gap).
/// </summary>
public static class Usability
{
    /// <summary>The share of Likert items that must be answered, as a fraction of one.</summary>
    public const double MinimumAnsweredShare = 0.5;

    /// <summary>The rule in words, for method notes.</summary>
    public const string Definition =
        "A response is usable when it was submitted and answers at least half of the statements; \"Don't know\" counts as an answer.";

    /// <summary>Counts the answers given (any code, Don't know included; null = skipped) and applies the rule.</summary>
    public static bool IsUsable(bool isSubmitted, IEnumerable<int?> answers, int likertItems)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return IsUsable(isSubmitted, answers.Count(a => a is not null), likertItems);
    }

    /// <param name="isSubmitted">Whether the respondent submitted the questionnaire.</param>
    /// <param name="answeredItems">Likert items with any option chosen, Don't know included.</param>
    /// <param name="likertItems">Likert items in the round's instrument.</param>
    public static bool IsUsable(bool isSubmitted, int answeredItems, int likertItems)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(answeredItems);
        ArgumentOutOfRangeException.ThrowIfNegative(likertItems);
        if (answeredItems > likertItems)
            throw new ArgumentException($"{answeredItems} answers is more than the {likertItems} items.", nameof(answeredItems));
        // Integer comparison: 2 * answered >= items is "at least half" without rounding questions.
        return isSubmitted && 2L * answeredItems >= likertItems;
    }
}
