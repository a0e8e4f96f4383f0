namespace Poet.Analysis.DataProtection;

/// <summary>The people POET holds something about; each gets its own privacy notice.</summary>
public enum Audience { Staff, Families, Workshop, QSort, Accounts }

/// <summary>
/// One kind of data POET stores about an audience: what it is, where it lives (table or folder), why, who can see it,
/// how long it is kept, and whether it can be linked to the person. Written from the entities in Poet.Data; the DPIA
/// (docs/dpia.md, the host's page <c>/admin/data-protection</c>) and every privacy notice read this one list.
/// </summary>
public sealed record DataItem(Audience About, string What, string Where, string Purpose, string WhoSees, string Kept, bool Identifies);

/// <summary>The host's own answers that a DPIA and the privacy notices need (configuration section "DataProtection").</summary>
public sealed record HostDetails(string Controller, string Contact, string LawfulBasis, string DatabaseProvider, string MailMode, bool NationalReplica,
    RetentionPeriods? Retention = null)
{
    /// <summary>The host's retention schedule, or POET's defaults when the host has not set one.</summary>
    public RetentionPeriods Periods => Retention ?? RetentionPeriods.Defaults;

    public const string NotSet = "[not set: add it to the DataProtection settings]";
}

public static class PersonalData
{
    /// <summary>The lawful bases a host may choose between (UK GDPR Article 6(1)); POET does not decide for the host.</summary>
    public static readonly IReadOnlyList<(string Key, string Text)> LawfulBases =
    [
        ("public-task", "Public task (Article 6(1)(e)): evaluating a health and social care partnership is part of the partners' public functions."),
        ("legitimate-interests", "Legitimate interests (Article 6(1)(f)): for hosts that are not public authorities, such as a university evaluation team, after a legitimate interests assessment."),
        ("consent", "Consent (Article 6(1)(a)): only where taking part is truly optional and people can withdraw; anonymous answers cannot be withdrawn once mixed, so say so before they start."),
    ];

    public static string LawfulBasisText(string key) =>
        LawfulBases.FirstOrDefault(b => b.Key == key).Text ?? $"Not chosen yet. Choose one of: {string.Join(", ", LawfulBases.Select(b => b.Key))}.";

    public static string AudienceName(Audience a) => a switch
    {
        Audience.Staff => "Staff invited to the survey",
        Audience.Families => "People who use services, their families and carers",
        Audience.Workshop => "Workshop participants",
        Audience.QSort => "Q-sort participants",
        _ => "Coordinators, facilitators and host administrators (accounts)",
    };

    /// <summary>The route segment of an audience's privacy notice: /privacy/{slug}.</summary>
    public static string Slug(Audience a) => a switch
    {
        Audience.Staff => "staff",
        Audience.Families => "families",
        Audience.Workshop => "workshop",
        Audience.QSort => "q-sort",
        _ => "accounts",
    };

    public static Audience? FromSlug(string? slug) =>
        Enum.GetValues<Audience>().Cast<Audience?>().FirstOrDefault(a => Slug(a!.Value) == slug);

    private const string UntilDeleted = "Until the coordinator removes it or the partnership is deleted.";

    /// <summary>What POET stores under POET's default retention schedule.</summary>
    public static IReadOnlyList<DataItem> Items => ItemsFor(RetentionPeriods.Defaults);

    /// <summary>What POET stores, with how long each is kept under the schedule <paramref name="p"/>.</summary>
    public static IReadOnlyList<DataItem> ItemsFor(RetentionPeriods p) =>
    [
        new(Audience.Staff, "Name, work email address, employing partner and professional group on the round's roster",
            "Invitations", "To send personal invitations and reminders, and to count who has answered by partner",
            "The partnership's coordinators; the host", Kept(p, nameof(RetentionPeriods.RosterContactDays)) + "; your partner and professional group stay, without your name, for the round's response rates", true),
        new(Audience.Staff, "Whether you have submitted, how many reminders were sent, when the invitation was sent and any delivery error",
            "Invitations", "So reminders go only to people who have not answered",
            "The partnership's coordinators", UntilDeleted, true),
        new(Audience.Staff, "Hashes of your personal link and short code, and your link sealed under the short code",
            "AccessCodes", "So your link and code open your survey; the link itself is stored nowhere",
            "Nobody: the hashes cannot be turned back into the link", Kept(p, nameof(RetentionPeriods.AccessCodeDays)), true),
        new(Audience.Staff, "Each email sent to you: your address, the subject, whether and when it was sent, and any error (the personal link is added only as it is sent)",
            "Emails", "To send invitations and reminders once each and retry failures",
            "The host", Kept(p, nameof(RetentionPeriods.OutboxDays)) + ", or with the roster's contact details if that is sooner", true),
        new(Audience.Staff, "The email with your personal link while it waits to be sent",
            "Outbox folder (file-drop mail only)", "To deliver the invitation",
            "Anyone who can read the server's outbox folder", "Until the host's mail system collects it, and at most: " + Kept(p, nameof(RetentionPeriods.OutboxDays)).ToLowerInvariant() + "; with SMTP mail nothing is written", true),
        new(Audience.Staff, "Your answers before you submit them",
            "SurveyDrafts", "So you can save and come back later",
            "Nobody: encrypted under a key made from your link and the server secret", "Until you submit (then deleted) or the round is deleted", false),
        new(Audience.Staff, "Your submitted answers: role title if you gave one, partner, professional group, ratings, comments and outcome statements",
            "Responses, Answers, OutcomeStatements", "To report on the health of the partnership and its intended outcomes",
            "Coordinators see only tables for groups of 5 or more, and comments after moderation; nobody can tell which answers are yours",
            "Until the round is deleted; never linked to you, so it cannot be found, corrected or deleted on request", false),
        new(Audience.Families, "Questionnaire answers: who answered (user or carer), how long they have had support, ratings of outcomes and services, and anything else written",
            "UcResponses, UcAnswers", "To learn which outcomes matter to families and whether they happen",
            "The partnership's coordinators, in reports that hide small groups", "Until the partnership deletes the questionnaire", false),
        new(Audience.Families, "A hash of the code or device cookie used to answer online",
            "UcResponses", "So you can come back to an unfinished questionnaire",
            "Nobody can read it back; with the code it finds the answers", "Until the questionnaire is deleted", false),
        new(Audience.Families, "Interview notes and approved quotations, recorded without names; without consent only the refusal is kept",
            "UcInterviews, UcQuotes", "To add people's own words to the report",
            "The partnership's coordinators; quotations only once approved", "Notes: " + Kept(p, nameof(RetentionPeriods.InterviewNoteDays)).ToLowerInvariant() + "; approved quotations until the partnership deletes the questionnaire", false),
        new(Audience.Workshop, "Hashes of your device key and rejoin code, your group number and when you joined",
            "WorkshopParticipants", "So your phone stays in the workshop and your votes count once",
            "The facilitator sees only how many have joined", "Until the workshop is deleted", false),
        new(Audience.Workshop, "Comments, proposed rewordings and missing outcomes you send, your votes, and your importance and certainty ratings",
            "WorkshopContributions, WorkshopVotes, WorkshopRatings", "To agree the partnership's outcomes",
            "The facilitator and the partnership's members, without your name", "Until the workshop is deleted", false),
        new(Audience.QSort, "Your sort, the reasons you give, your role and partner if you give them, your answers to the study's own questions, the date you finished and your sort's study code",
            "QSorts, QPlacements, QAnswers", "To find the shared viewpoints in a Q study",
            "The research team by study code; shared reports quote only reasons you agreed to, and never your answers", "Until the study is deleted", false),
        new(Audience.QSort, "The researcher's notes on your cards from a post-sort interview, if you give them your sort's study code",
            "QPlacements", "To add what you said at the interview to the study's findings",
            "The research team by study code; never in shared reports", "Until the study is deleted", false),
        new(Audience.QSort, "A name, only for sorts a facilitator imports from a file",
            "QSorts", "To keep an imported study as it was collected",
            "The partnership's facilitators", "Until the study is deleted", true),
        new(Audience.Accounts, "Name, email address, password hash and sign-in sessions",
            "AspNetUsers, AspNetUserTokens", "To sign you in and keep your account safe",
            "You; the host administrator", "Until the host deletes the account", true),
        new(Audience.Accounts, "What you did: the action, when, and a detail such as a round title or an email address",
            "AuditEntries", "To show who changed what (security)",
            "The partnership's coordinators and the host administrator", "Details: " + Kept(p, nameof(RetentionPeriods.AuditDetailDays)).ToLowerInvariant() + "; the action, when and who until the partnership is deleted", true),
        new(Audience.Accounts, "Your name beside the contribution stories you last changed",
            "ContributionStories", "To show who last changed the partnership's account of its contribution to an outcome",
            "The partnership's members", UntilDeleted, true),
        new(Audience.Accounts, "Documents you upload, with your name and the date",
            "PartnershipDocuments", "To keep the partnership's papers together",
            "The partnership's members", UntilDeleted, true),
    ];

    private static string Kept(RetentionPeriods p, string field) => Retention.Rule(field).Kept(p);

    public static IEnumerable<DataItem> For(Audience a, RetentionPeriods? p = null) => ItemsFor(p ?? RetentionPeriods.Defaults).Where(i => i.About == a);

    /// <summary>What a person can ask for, in words that fit what POET can and cannot find for this audience.</summary>
    public static string Rights(Audience a) => For(a).Any(i => !i.Identifies) && !For(a).Any(i => i.Identifies)
        ? "POET does not know which answers are yours, so it cannot find, show, correct or delete them on request. You can choose not to take part, or stop before you submit."
        : For(a).Any(i => !i.Identifies)
            ? "You can ask the controller for what POET holds about you by name (your roster entry, the invitations sent to you, your account). Your submitted answers are not linked to you, so nobody can find, show, correct or delete them on request."
            : "You can ask the controller to see, correct or delete what POET holds about you.";
}
