using Poet.Data.Entities;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>Wording shared by the online form, the paper forms, postal keying and the report.</summary>
public static class UcOptions
{
    public const int TopChoices = 3;
    public const int MinStatements = 3;
    public const int MaxStatements = 5;
    public const int MaxTextLength = 4000;

    public static readonly IReadOnlyList<(UcRespondentType Type, string Label)> RespondentTypes =
    [
        (UcRespondentType.ServiceUser, "I use the service myself"),
        (UcRespondentType.CarerOrFamily, "I am a carer or family member of someone who uses it"),
        (UcRespondentType.Helper, "I am helping someone who uses it to answer"),
    ];

    /// <summary>The same choices in the third person, for the interviewer recording who was interviewed.</summary>
    public static readonly IReadOnlyList<(UcRespondentType Type, string Label)> InterviewRespondentTypes =
    [
        (UcRespondentType.ServiceUser, "They use the service themselves"),
        (UcRespondentType.CarerOrFamily, "They are a carer or family member of someone who uses it"),
        (UcRespondentType.Helper, "They were helping someone who uses it to answer"),
    ];

    public static string ShortLabel(UcRespondentType? type) => type switch
    {
        UcRespondentType.ServiceUser => "Service user",
        UcRespondentType.CarerOrFamily => "Carer or family member",
        UcRespondentType.Helper => "Helping someone to answer",
        _ => "Not stated",
    };

    public static readonly IReadOnlyList<(int Code, string Label)> SupportLengths =
    [
        (1, "Less than 6 months"),
        (2, "6 months to 2 years"),
        (3, "More than 2 years"),
    ];

    /// <summary>The agreement scale for attitudinal statements is the staff survey's five points.</summary>
    public static readonly IReadOnlyList<(int Code, string Label)> Agreement =
    [
        (5, "Strongly agree"), (4, "Agree"), (3, "Don't know"), (2, "Disagree"), (1, "Strongly disagree"),
    ];
}
