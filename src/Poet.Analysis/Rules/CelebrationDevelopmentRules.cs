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

    /// <summary>
    /// The four thresholds in plain words, as the report's method notes print them, e.g. "Areas for celebration: at
    /// least 75% agree and at most 10% disagree. Areas for development: at least 25% disagree, or more than 30%
    /// answering "Don't know"."
    /// </summary>
    public string Describe() =>
        $"Areas for celebration: at least {P(CelebrationMinimumAgreePercent)} agree and at most {P(CelebrationMaximumDisagreePercent)} disagree. " +
        $"Areas for development: at least {P(DevelopmentMinimumDisagreePercent)} disagree, or more than {P(KnowledgeGapAboveDontKnowPercent)} answering \"Don't know\".";

    /// <summary>Whether the four percentage thresholds are the same (the minimum answered and the base are not compared).</summary>
    public bool SameThresholdsAs(CelebrationDevelopmentRules other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return CelebrationMinimumAgreePercent == other.CelebrationMinimumAgreePercent
            && CelebrationMaximumDisagreePercent == other.CelebrationMaximumDisagreePercent
            && DevelopmentMinimumDisagreePercent == other.DevelopmentMinimumDisagreePercent
            && KnowledgeGapAboveDontKnowPercent == other.KnowledgeGapAboveDontKnowPercent;
    }

    /// <summary>Whether these are POET's standard thresholds (<see cref="Default"/>).</summary>
    public bool IsStandard => SameThresholdsAs(Default);

    /// <summary>
    /// What the change-since-last-round section says when the earlier round sorted its statements by other thresholds;
    /// null when the thresholds are the same. Each threshold that differs is named with its value then and now.
    /// </summary>
    public string? DescribeDifferenceFrom(CelebrationDevelopmentRules earlier, string earlierTitle)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        if (SameThresholdsAs(earlier)) return null;
        return $"\"{earlierTitle}\" used different thresholds for celebration and development ({string.Join("; ", Words(earlier))}). " +
            "The changes below compare the answers themselves and do not depend on the thresholds, but that round's areas for celebration and development " +
            "were chosen by a different rule, so do not compare the two rounds' lists as they stand.";
    }

    private IEnumerable<string> Words(CelebrationDevelopmentRules earlier)
    {
        if (earlier.CelebrationMinimumAgreePercent != CelebrationMinimumAgreePercent)
            yield return $"celebration: at least {P(earlier.CelebrationMinimumAgreePercent)} agree then, {P(CelebrationMinimumAgreePercent)} now";
        if (earlier.CelebrationMaximumDisagreePercent != CelebrationMaximumDisagreePercent)
            yield return $"celebration: at most {P(earlier.CelebrationMaximumDisagreePercent)} disagree then, {P(CelebrationMaximumDisagreePercent)} now";
        if (earlier.DevelopmentMinimumDisagreePercent != DevelopmentMinimumDisagreePercent)
            yield return $"development: at least {P(earlier.DevelopmentMinimumDisagreePercent)} disagree then, {P(DevelopmentMinimumDisagreePercent)} now";
        if (earlier.KnowledgeGapAboveDontKnowPercent != KnowledgeGapAboveDontKnowPercent)
            yield return $"development: more than {P(earlier.KnowledgeGapAboveDontKnowPercent)} \"Don't know\" then, {P(KnowledgeGapAboveDontKnowPercent)} now";
    }

    private static string P(double percent) => percent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
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
