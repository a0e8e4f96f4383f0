namespace Poet.Analysis.Ordinal;

/// <summary>One option's count and its percentage of answered responses (null when nobody answered).</summary>
public sealed record OptionCount(int Code, string Label, int Count, double? PercentOfAnswered);

/// <summary>Which responses a percentage agree or disagree is taken over.</summary>
public enum PercentBase
{
    /// <summary>Agree + disagree answers only: "Don't know" is left out of the denominator. POET's default.</summary>
    Substantive,
    /// <summary>Every answered response, "Don't know" included (how the pilot reports printed "80% agree").</summary>
    Answered,
}

/// <summary>
/// Descriptive summary of one item. Percentages are 0..100 and null when their base is empty.
/// There is deliberately no mean: the codes are ordinal labels, not quantities (brief section 4, rule 2).
/// </summary>
/// <param name="Options">Count and percentage of answered for every option, in code order.</param>
/// <param name="Answered">Respondents who chose an option.</param>
/// <param name="Missing">Respondents who left the item blank.</param>
/// <param name="DontKnow">Respondents who chose the middle point, "Don't know".</param>
/// <param name="Substantive">Answered minus Don't know: the base for <see cref="AgreePercent"/> and <see cref="DisagreePercent"/>.</param>
/// <param name="Agree">Agree + Strongly agree.</param>
/// <param name="Disagree">Disagree + Strongly disagree.</param>
/// <param name="DontKnowPercent">Don't know as a percentage of answered.</param>
/// <param name="AgreePercent">Agree as a percentage of substantive answers (Don't know excluded).</param>
/// <param name="DisagreePercent">Disagree as a percentage of substantive answers (Don't know excluded).</param>
/// <param name="AgreePercentOfAnswered">Agree as a percentage of all answered (Don't know included), as the pilots printed it.</param>
/// <param name="DisagreePercentOfAnswered">Disagree as a percentage of all answered (Don't know included).</param>
/// <param name="Median">Median code, R quantile type 1 (the lower median when answers split evenly); null when nobody answered.</param>
/// <param name="LowerQuartile">25th percentile code, R quantile type 1.</param>
/// <param name="UpperQuartile">75th percentile code, R quantile type 1.</param>
/// <param name="InterquartileRange">Steps from LowerQuartile to UpperQuartile among the options with a view ("Don't know" is no step).</param>
public sealed record ItemSummary(
    IReadOnlyList<OptionCount> Options,
    int Answered,
    int Missing,
    int DontKnow,
    int Substantive,
    int Agree,
    int Disagree,
    double? DontKnowPercent,
    double? AgreePercent,
    double? DisagreePercent,
    double? AgreePercentOfAnswered,
    double? DisagreePercentOfAnswered,
    int? Median,
    int? LowerQuartile,
    int? UpperQuartile,
    int? InterquartileRange)
{
    /// <summary>Percentage agree over the chosen base.</summary>
    public double? AgreePercentOver(PercentBase percentBase) =>
        percentBase == PercentBase.Substantive ? AgreePercent : AgreePercentOfAnswered;

    /// <summary>Percentage disagree over the chosen base.</summary>
    public double? DisagreePercentOver(PercentBase percentBase) =>
        percentBase == PercentBase.Substantive ? DisagreePercent : DisagreePercentOfAnswered;
}
