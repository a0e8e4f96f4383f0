namespace Poet.Data.Entities;

public enum QStudyStatus { Draft = 0, Open = 1, Closed = 2 }

/// <summary>
/// A Q study: a Q-set of statements, a forced quasi-normal grid and a condition of instruction. Opening it freezes
/// the statements and the grid, since every sort must rank the same statements on the same grid.
/// </summary>
public class QStudy
{
    public int Id { get; set; }
    public int PartnershipId { get; set; }
    public string Title { get; set; } = "";
    /// <summary>The condition of instruction, e.g. "Sort these by how important they are to you".</summary>
    public string Instruction { get; set; } = "";
    /// <summary>The grid's leftmost column, e.g. -4.</summary>
    public int GridLowest { get; set; }
    /// <summary>How many statements each column holds, left to right, e.g. "2,3,4,5,5,5,4,3,2".</summary>
    public string GridCounts { get; set; } = "";
    public QStudyStatus Status { get; set; }
    /// <summary>The random part of the study's anonymous link /q/{key}; shared by every participant.</summary>
    public string PublicKey { get; set; } = "";
    /// <summary>Salt for the printed codes' lookups, per study.</summary>
    public byte[] CodeSalt { get; set; } = [];
    public DateTime CreatedUtc { get; set; }
    /// <summary>
    /// The labels of the "agree more" and "agree less" piles and grid ends, to fit the condition of instruction (for
    /// "how important..." : "More important", "Less important"); null for the defaults.
    /// </summary>
    public string? MoreLabel { get; set; }
    public string? LessLabel { get; set; }
    public List<QStatement> Statements { get; set; } = [];
    /// <summary>The study's own questions, asked before or after the sort (<see cref="QQuestion"/>).</summary>
    public List<QQuestion> Questions { get; set; } = [];
}

public enum QQuestionStage { BeforeSort = 1, AfterSort = 2 }

public enum QQuestionKind { Text = 1, Choice = 2 }

/// <summary>
/// A question of the researcher's own, asked before the sort (on the "About you" page) or after it (with the reasons),
/// as a short text or a single choice. Every one may be left unanswered. Fixed once the study is open, like the
/// statements. Its id in exports and imports is q_{Number}.
/// </summary>
public class QQuestion
{
    public const int MaxTextLength = 300, MaxOptionsLength = 2000;

    public int Id { get; set; }
    public int StudyId { get; set; }
    /// <summary>1-based, across both stages, in the order added.</summary>
    public int Number { get; set; }
    public QQuestionStage Stage { get; set; }
    public QQuestionKind Kind { get; set; }
    public string Text { get; set; } = "";
    /// <summary>A choice question's options, one a line; empty for a text question.</summary>
    public string Options { get; set; } = "";

    public IReadOnlyList<string> OptionList => Options.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>One sort's answer to one of the study's own questions; no row when left unanswered.</summary>
public class QAnswer
{
    public const int MaxLength = 500;

    public Guid SortId { get; set; }
    public int QuestionId { get; set; }
    public string Value { get; set; } = "";
}

public class QStatement
{
    public int Id { get; set; }
    public int StudyId { get; set; }
    /// <summary>1-based position in the Q-set; statement ids in exports are sta_{Number}.</summary>
    public int Number { get; set; }
    public string Text { get; set; } = "";
    /// <summary>Where the facilitator took it from, e.g. "Agreed outcome: Round 2026, version 3"; null when typed or imported.</summary>
    public string? Source { get; set; }
}

/// <summary>A printed code: only its lookup and the sealed participant token are stored (as <see cref="AccessCode"/>).</summary>
public class QPrintedCode
{
    public int Id { get; set; }
    public int StudyId { get; set; }
    public byte[] Lookup { get; set; } = [];
    public byte[] SealedToken { get; set; } = [];
}

public enum QParticipantRole { Staff = 1, ServiceUser = 2, Carer = 3 }

public enum QPile { AgreeLess = -1, Neutral = 0, AgreeMore = 1 }

/// <summary>
/// What a participant agreed, on the start page, to the use of their reasons and role. The research team always reads
/// both, keyed by the sort's study code; only <see cref="QuoteWithoutRole"/> lets reports shared outside the team quote
/// the reasons (per factor, never with the role). Null (imported sorts, sorts begun before this was asked): team only.
/// </summary>
public enum QCommentConsent { TeamOnly = 1, QuoteWithoutRole = 2 }

/// <summary>
/// One participant's Q-sort. Anonymous like a survey response: a random key, the hash of a token held only in the
/// participant's cookie (or sealed under a printed code), a date but never a time. <see cref="Name"/> is set only
/// for sorts a facilitator imported from a file. <see cref="Code"/> is the participant's study code, given at submission.
/// </summary>
public class QSort
{
    public const int MaxCodeLength = 10;

    public Guid Id { get; set; }
    public int StudyId { get; set; }
    public byte[]? AccessHash { get; set; }
    public string? Name { get; set; }
    /// <summary>
    /// The study code ("Q-7KM3", <c>SortCodes</c>), random and unique in the study, given when the sort is submitted and
    /// shown once to the participant; the sort's name everywhere. Null for imported sorts, which keep their names.
    /// </summary>
    public string? Code { get; set; }
    public QParticipantRole? Role { get; set; }
    public int? PartnerOrganisationId { get; set; }
    public QCommentConsent? CommentConsent { get; set; }
    /// <summary>The last step saved: 0 the participant questions, 1 piles, 2 grid, 3 reasons.</summary>
    public int LastStepSaved { get; set; }
    public bool IsSubmitted { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public List<QPlacement> Placements { get; set; } = [];
    public List<QAnswer> Answers { get; set; } = [];
}

/// <summary>Where one sort put one statement: its pile (step 1), its grid column (step 2) and why (step 3).</summary>
public class QPlacement
{
    public Guid SortId { get; set; }
    public int StatementId { get; set; }
    public QPile? Pile { get; set; }
    public int? Column { get; set; }
    public string? Comment { get; set; }
    /// <summary>The researcher's note on this card from the post-sort interview, written without names.</summary>
    public string? Note { get; set; }
}

/// <summary>
/// A named analysis of a Q study: its settings, flags and hand rotations as the analysis page's query string
/// (read by the web's AnalysisSettings, the one home of that notation). At most one per study
/// <see cref="IsReported"/>: the analysis the study's report shows when no other is asked for.
/// </summary>
public class QSavedAnalysis
{
    public const int MaxNameLength = 100;

    public int Id { get; set; }
    public int StudyId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>"?factors=2&amp;extraction=pca&amp;rotation=varimax&amp;rotate=1%2C2%3A15...", as AnalysisSettings.Query writes it.</summary>
    public string Query { get; set; } = "";
    public bool IsReported { get; set; }
    public DateTime SavedUtc { get; set; }
}
