using Poet.Analysis.Disclosure;
using Poet.Analysis.Ordinal;

namespace Poet.Analysis.Rules;

/// <summary>
/// Thresholds for sorting items into areas to celebrate and areas to develop. The sources give no
/// thresholds (brief section 10); these defaults are POET's and a partnership may change them.
/// Percentages are 0..100.
/// </summary>
/// <param name="CelebrationMinimumAgreePercent">Celebration needs at least this % agree (default 75).</param>
/// <param name="CelebrationMaximumDisagreePercent">Celebration needs at most this % disagree (default 10).</param>
/// <param name="DevelopmentMinimumDisagreePercent">At least this % disagree makes a development area (default 25).</param>
/// <param name="KnowledgeGapAboveDontKnowPercent">More than this % Don't know (of answered) makes a development
/// area (default 30): not knowing is itself a finding.</param>
/// <param name="MinimumAnswered">Fewer answers than this and the item is not classified (default <see cref="Suppression.MinimumCellSize"/>).</param>
/// <param name="AgreementBase">Which answers % agree and % disagree are taken over (default substantive: Don't know left out).</param>
public sealed record CelebrationDevelopmentRules(
    double CelebrationMinimumAgreePercent = 75,
    double CelebrationMaximumDisagreePercent = 10,
    double DevelopmentMinimumDisagreePercent = 25,
    double KnowledgeGapAboveDontKnowPercent = 30,
    int MinimumAnswered = Suppression.MinimumCellSize,
    PercentBase AgreementBase = PercentBase.Substantive)
{
    public static CelebrationDevelopmentRules Default { get; } = new();
}

public enum ItemClass
{
    Celebration,
    Development,
    Neither,
    TooFewAnswers,
}

/// <summary>Why an item is a development area; both can apply.</summary>
[Flags]
public enum DevelopmentReason
{
    None = 0,
    Disagreement = 1,
    KnowledgeGap = 2,
}

/// <summary>One item's answers, identified by the item's id in the questionnaire.</summary>
public sealed record ItemDistribution(string ItemId, Distribution Distribution);

/// <summary>
/// The results of one survey round of one partnership. Every classification and ranking in POET takes
/// one of these, so there is no way to put two partnerships or two rounds in one league table
/// (brief section 4, rule 3).
/// </summary>
public sealed record Round(string PartnershipId, string RoundId, IReadOnlyList<ItemDistribution> Items);

public sealed record ItemClassification(string ItemId, ItemClass Class, DevelopmentReason Reasons, ItemSummary Summary);

public sealed record RoundClassification(string PartnershipId, string RoundId, IReadOnlyList<ItemClassification> Items);
