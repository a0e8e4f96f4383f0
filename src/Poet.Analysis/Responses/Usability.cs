namespace Poet.Analysis.Responses;

/// <summary>
/// POET's rule for a usable staff response. The sources say incomplete questionnaires were excluded but not how
/// (brief §2 step 7, §10), so POET states its own rule: a response is usable when it has been submitted and
/// answers at least half of the round's Likert items. "Don't know" counts as an answer: it is a choice the
/// respondent made, not a gap.
/// </summary>
public static class Usability
{
    /// <summary>The share of the round's Likert items a usable response must answer (inclusive).</summary>
    public const double MinimumShareAnswered = 0.5;

    public static bool IsUsable(bool isSubmitted, int likertItemsAnswered, int likertItemsInRound)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(likertItemsAnswered);
        ArgumentOutOfRangeException.ThrowIfNegative(likertItemsInRound);
        if (!isSubmitted) return false;
        if (likertItemsInRound == 0) return true;
        return likertItemsAnswered >= MinimumShareAnswered * likertItemsInRound;
    }
}
