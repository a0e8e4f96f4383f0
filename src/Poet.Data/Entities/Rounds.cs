namespace Poet.Data.Entities;

public enum RoundStatus { Draft = 0, Open = 1, Closed = 2 }
public enum ThresholdKind { Percent = 0, Count = 1 }

public class SurveyRound
{
    public int Id { get; set; }
    public int PartnershipId { get; set; }
    public Partnership? Partnership { get; set; }
    public string Title { get; set; } = "";
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public ThresholdKind ThresholdKind { get; set; }
    public int ThresholdValue { get; set; }
    public string InstrumentVersion { get; set; } = "";
    public RoundStatus Status { get; set; }
    /// <summary>Days after the invitation on which reminders go to people who have not submitted.</summary>
    public string ReminderDays { get; set; } = "7,14";
    public string InvitationSubject { get; set; } = "";
    public string InvitationBody { get; set; } = "";
    public string ReminderSubject { get; set; } = "";
    public string ReminderBody { get; set; } = "";
    /// <summary>Salt for deriving short-code lookups; per round so one round's codes say nothing about another's.</summary>
    public byte[] CodeSalt { get; set; } = [];
    /// <summary>
    /// Raised after every write that can change the round's submitted answers once it is closed (the close itself, a paper
    /// return keyed afterwards), so a report cached under an older value is never used again, whichever instance cached it.
    /// </summary>
    public int AnswersVersion { get; set; }
    /// <summary>Celebration needs at least this % agree, of those with a view (0 to 100; POET's standard 75).</summary>
    public int CelebrationMinAgreePercent { get; set; } = 75;
    /// <summary>Celebration allows at most this % disagree (standard 10).</summary>
    public int CelebrationMaxDisagreePercent { get; set; } = 10;
    /// <summary>At least this % disagree makes an area for development (standard 25).</summary>
    public int DevelopmentMinDisagreePercent { get; set; } = 25;
    /// <summary>More than this % "Don't know", of all who answered, makes an area for development (standard 30).</summary>
    public int DevelopmentDontKnowAbovePercent { get; set; } = 30;
    /// <summary>
    /// When the report was first published to staff; from then on the thresholds above cannot change. Never cleared,
    /// so unpublishing and publishing again keeps the rule staff first saw.
    /// </summary>
    public DateTime? ThresholdsLockedUtc { get; set; }
    /// <summary>When the round closed (the retention schedule counts from it); null for rounds closed before it was kept, which count from <see cref="ClosesOn"/>.</summary>
    public DateTime? ClosedUtc { get; set; }
    /// <summary>When the retention schedule deleted the roster's names and email addresses (DataProtection/Retention).</summary>
    public DateTime? ContactsDeletedUtc { get; set; }
    public List<RoundItem> Items { get; set; } = [];
    public List<Invitation> Invitations { get; set; } = [];
}

/// <summary>An item of the round's instrument, copied from the bank when the round is created and frozen when it opens.</summary>
public class RoundItem
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public string ItemId { get; set; } = "";
    public int Section { get; set; }
    public string Theme { get; set; } = "";
    public string Text { get; set; } = "";
    public string Help { get; set; } = "";
    public string Source { get; set; } = "";
    public int Order { get; set; }
    public bool IsLocal { get; set; }
}

public enum SendStatus { NotSent = 0, Queued = 1, Sent = 2, Failed = 3 }

/// <summary>
/// A person on the roster. It may say whether they submitted (for reminders) but never which response is theirs:
/// responses hold no invitation id, and <see cref="HasSubmitted"/> is set in shuffled batches, away from the submission.
/// </summary>
public class Invitation
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public string Email { get; set; } = "";
    public string? Name { get; set; }
    public int PartnerOrganisationId { get; set; }
    public int? ProfessionalGroupId { get; set; }
    public SendStatus SendStatus { get; set; }
    public DateTime? SentUtc { get; set; }
    public string? LastError { get; set; }
    public int RemindersSent { get; set; }
    public bool HasSubmitted { get; set; }
    public List<AccessCode> Codes { get; set; } = [];
}

/// <summary>One personal link and its short code. Only hashes are stored; the link token is recoverable only by someone holding the short code.</summary>
public class AccessCode
{
    public int Id { get; set; }
    public int InvitationId { get; set; }
    public byte[] TokenHash { get; set; } = [];
    public byte[] ShortCodeLookup { get; set; } = [];
    public byte[] SealedToken { get; set; } = [];
}

public enum ResponseMode { Online = 0, Paper = 1 }

/// <summary>
/// A submitted online response, or a paper return (being keyed or complete). Its key is random; it reaches no invitation,
/// no token and no time. Online responses arrive here only through the mix (<see cref="SealedSubmission"/>); while someone
/// is still answering, their answers live sealed in a <see cref="SurveyDraft"/>.
/// </summary>
public class Response
{
    public Guid Id { get; set; }
    public int RoundId { get; set; }
    public ResponseMode Mode { get; set; }
    public bool IsSubmitted { get; set; }
    public string? RoleTitle { get; set; }
    /// <summary>Null when the question was skipped, or when the respondent chose "Unsure or other" (<see cref="PartnerOther"/>).</summary>
    public int? PartnerOrganisationId { get; set; }
    /// <summary>True when the respondent chose "Unsure or other"; false with no partner means not answered.</summary>
    public bool PartnerOther { get; set; }
    /// <summary>Null when the question was skipped, or when the respondent chose "None or other" (<see cref="ProfessionOther"/>).</summary>
    public int? ProfessionalGroupId { get; set; }
    /// <summary>True when the respondent chose "None or other"; false with no group means not answered.</summary>
    public bool ProfessionOther { get; set; }
    public int LastSectionSaved { get; set; }
    public List<Answer> Answers { get; set; } = [];
    public List<OutcomeStatement> Outcomes { get; set; } = [];
}

public class Answer
{
    public Guid ResponseId { get; set; }
    public int RoundItemId { get; set; }
    /// <summary>1 Strongly disagree .. 5 Strongly agree, 3 Don't know; null when skipped.</summary>
    public int? Value { get; set; }
    public string? Comment { get; set; }
}

public class OutcomeStatement
{
    public Guid Id { get; set; }
    public Guid ResponseId { get; set; }
    public int Order { get; set; }
    public string Outcome { get; set; } = "";
    public string Rationale { get; set; } = "";
}

/// <summary>
/// Answers still being written through a personal link. <see cref="Lookup"/> is an HMAC of the link's token under the
/// server secret, and <see cref="Sealed"/> the answers encrypted under a key derived from the token and the secret: the
/// database alone, or the database with the outbox, opens neither (docs/anonymity.md).
/// </summary>
public class SurveyDraft
{
    public byte[] Lookup { get; set; } = [];
    public int RoundId { get; set; }
    public byte[] Sealed { get; set; } = [];
}

/// <summary>
/// A submitted online response waiting for the mix: encrypted under the server secret, padded to a fixed size, and
/// carrying no invitation id. The mix moves a round's waiting submissions into <see cref="Response"/> in shuffled
/// batches of at least five (all of them when the round closes).
/// </summary>
public class SealedSubmission
{
    public Guid Id { get; set; }
    public int RoundId { get; set; }
    public byte[] Sealed { get; set; } = [];
}

public enum EmailStatus { Pending = 0, Sent = 1, Failed = 2 }
public enum EmailKind { Plain = 0, SurveyInvitation = 1, SurveyReminder = 2 }

/// <summary>
/// Outbox row. Survey invitations and reminders are rendered at send time with a freshly made access code,
/// so a personal link never rests in the database; other bodies are scrubbed once sent.
/// </summary>
public class EmailMessage
{
    public long Id { get; set; }
    public EmailKind Kind { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public EmailStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? SentUtc { get; set; }
    /// <summary>Retry back-off after a failed attempt.</summary>
    public DateTime NotBeforeUtc { get; set; }
    public int? InvitationId { get; set; }
}
