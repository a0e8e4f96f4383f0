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

    public static readonly string[] DefaultServices =
    [
        "A keyworker or lead professional", "Health services (nurse, therapist or doctor)", "Social work or social care",
        "Education or school support", "Short breaks or respite", "Advice and information",
    ];

    /// <summary>The pilot's barriers (brief §4 item 9) and the common ones in Petch et al. 2013.</summary>
    public static readonly string[] DefaultBarriers =
    [
        "Getting to the building", "Parking", "The area around the building", "Having to repeat the same information to different staff",
        "Getting help from services outside the team", "Waiting for services", "Staff changing or too few staff",
    ];

    public static readonly string[] DefaultStatements =
    [
        "I know who to contact when I need help", "Staff listen to what I say", "The different services work well together for us",
        "I would rather money was spent on services than on buildings",
    ];
}
