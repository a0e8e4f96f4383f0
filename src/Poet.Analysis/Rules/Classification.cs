using Poet.Analysis.Ordinal;

namespace Poet.Analysis.Rules;

/// <summary>Sorts items into celebration and development areas by <see cref="CelebrationDevelopmentRules"/>.</summary>
public static class Classification
{
    /// <summary>
    /// Classifies one item. Order of the tests: too few answers (answered &lt; MinimumAnswered; with the substantive
    /// base, % agree and % disagree also need MinimumAnswered answers that gave a view);
    /// then development (% disagree ≥ the development threshold, or % Don't know &gt; the knowledge-gap
    /// threshold), which wins over celebration; then celebration (% agree ≥ and % disagree ≤ their
    /// thresholds); otherwise neither. An item where everyone answered Don't know is a knowledge gap.
    /// </summary>
    public static ItemClassification Classify(string itemId, ItemSummary summary, CelebrationDevelopmentRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        rules ??= CelebrationDevelopmentRules.Default;
        if (summary.Answered < rules.MinimumAnswered)
            return new(itemId, ItemClass.TooFewAnswers, DevelopmentReason.None, summary);

        var agree = summary.AgreePercentOver(rules.AgreementBase);
        var disagree = summary.DisagreePercentOver(rules.AgreementBase);
        // Issue 16: 4 agree and 1 Don't know is "100% agree" over 4 people. A percentage over fewer than the minimum
        // who gave a view classifies nothing; only the Don't know share (over all who answered) still can.
        var enoughViews = rules.AgreementBase == PercentBase.Answered || summary.Substantive >= rules.MinimumAnswered;
        var reasons = DevelopmentReason.None;
        if (enoughViews && disagree >= rules.DevelopmentMinimumDisagreePercent) reasons |= DevelopmentReason.Disagreement;
        if (summary.DontKnowPercent > rules.KnowledgeGapAboveDontKnowPercent) reasons |= DevelopmentReason.KnowledgeGap;
        if (reasons != DevelopmentReason.None)
            return new(itemId, ItemClass.Development, reasons, summary);
        if (!enoughViews) return new(itemId, ItemClass.TooFewAnswers, DevelopmentReason.None, summary);

        var celebrate = agree >= rules.CelebrationMinimumAgreePercent && disagree <= rules.CelebrationMaximumDisagreePercent;
        return new(itemId, celebrate ? ItemClass.Celebration : ItemClass.Neither, DevelopmentReason.None, summary);
    }

    /// <summary>Classifies every item of one round of one partnership, in questionnaire order.</summary>
    public static RoundClassification Classify(Round round, CelebrationDevelopmentRules? rules = null, LikertScale? scale = null)
    {
        ArgumentNullException.ThrowIfNull(round);
        var duplicate = round.Items.GroupBy(i => i.ItemId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Item \"{duplicate.Key}\" appears twice in the round.", nameof(round));
        var items = round.Items
            .Select(i => Classify(i.ItemId, OrdinalSummary.Summarise(i.Distribution, scale), rules))
            .ToArray();
        return new RoundClassification(round.PartnershipId, round.RoundId, items);
    }

    /// <summary>
    /// Celebrations of one round, strongest first: highest % agree, then lowest % disagree, then
    /// questionnaire order. A reading order within one partnership's report, not a league table.
    /// </summary>
    public static IReadOnlyList<ItemClassification> RankCelebrations(RoundClassification round) =>
        round.Items.Where(i => i.Class == ItemClass.Celebration)
            .OrderByDescending(i => i.Summary.AgreePercent ?? 0)
            .ThenBy(i => i.Summary.DisagreePercent ?? 0)
            .ToArray();

    /// <summary>
    /// Development areas of one round, most pressing first: highest % disagree, then highest % Don't know,
    /// then questionnaire order.
    /// </summary>
    public static IReadOnlyList<ItemClassification> RankDevelopments(RoundClassification round) =>
        round.Items.Where(i => i.Class == ItemClass.Development)
            .OrderByDescending(i => i.Summary.DisagreePercent ?? 0)
            .ThenByDescending(i => i.Summary.DontKnowPercent ?? 0)
            .ToArray();
}
