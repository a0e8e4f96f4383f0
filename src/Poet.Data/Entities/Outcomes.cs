namespace Poet.Data.Entities;

/// <summary>Where a statement came from. Survey statements live in <see cref="OutcomeStatement"/>; the rest are added by hand.</summary>
public enum StatementSource { Survey = 0, Interview = 1, Document = 2, Workshop = 3 }

/// <summary>
/// An outcome statement added by a facilitator or coordinator, from a stakeholder interview, a document or a workshop.
/// Like a survey statement its text is never edited: a candidate outcome rewords it and keeps its id.
/// </summary>
public class HandStatement
{
    public Guid Id { get; set; }
    public int RoundId { get; set; }
    public StatementSource Source { get; set; }
    /// <summary>Which interview or document, e.g. "Interview with the head of service".</summary>
    public string SourceDetail { get; set; } = "";
    public string Outcome { get; set; } = "";
    public string Rationale { get; set; } = "";
    public string AddedBy { get; set; } = "";
    public DateTime AddedUtc { get; set; }
}

/// <summary>
/// How the facilitator classified one statement (survey or hand-added, by its id). Values are ids from the
/// vocabularies in Poet.Data/Outcomes/outcome-vocabularies.json; null means not classified on that dimension.
/// </summary>
public class StatementClassification
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public Guid StatementId { get; set; }
    public string? Focus { get; set; }
    public string? Type { get; set; }
    public string? FrameworkHeading { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>A group of statements on its way to becoming an agreed outcome, with the facilitator's plain-English wording.</summary>
public class CandidateOutcome
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public string Wording { get; set; } = "";
    public int Order { get; set; }
    /// <summary>When it was made; null for candidates made before this was recorded. Tells outcomes added after the workshop.</summary>
    public DateTime? CreatedUtc { get; set; }
    public List<CandidateStatement> Statements { get; set; } = [];
}

/// <summary>Membership of a statement in a candidate. A statement belongs to at most one candidate per round.</summary>
public class CandidateStatement
{
    public int CandidateId { get; set; }
    public int RoundId { get; set; }
    public Guid StatementId { get; set; }
}

/// <summary>
/// One version of a round's agreed outcome list. Versions are never changed: an edit makes the next version with its reason.
/// If any item is contested the version is a draft outcomes framework to be agreed, not a list to test with users.
/// </summary>
public class AgreedList
{
    public int Id { get; set; }
    public int PartnershipId { get; set; }
    public int RoundId { get; set; }
    public int Version { get; set; }
    public string Reason { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public List<AgreedOutcome> Items { get; set; } = [];
}

public class AgreedOutcome
{
    public int Id { get; set; }
    public int AgreedListId { get; set; }
    /// <summary>The candidate it was made from, if it still exists; provenance does not depend on it.</summary>
    public int? CandidateId { get; set; }
    public int Order { get; set; }
    public string Wording { get; set; } = "";
    public bool IsContested { get; set; }
    /// <summary>The other wordings staff argued for, one per line; empty unless contested.</summary>
    public string CompetingWordings { get; set; } = "";
    /// <summary>Votes the candidate had at the workshop when the version was made, for the results printout.</summary>
    public int Votes { get; set; }
    /// <summary>Made after the workshop closed, so it was never voted on: the results say so instead of "0 votes".</summary>
    public bool AddedAfterWorkshop { get; set; }
    /// <summary>Outcome type the coordinator confirmed when sharing nationally; overrides its sources' consensus there. Null: not confirmed.</summary>
    public string? NationalType { get; set; }
    /// <summary>Users-and-carers framework heading confirmed when sharing nationally; null: not confirmed.</summary>
    public string? NationalHeading { get; set; }
    public List<AgreedOutcomeSource> Sources { get; set; } = [];
}

/// <summary>Provenance: a statement an agreed outcome came from, copied when the version is made so later regrouping cannot rewrite history.</summary>
public class AgreedOutcomeSource
{
    public int AgreedOutcomeId { get; set; }
    public Guid StatementId { get; set; }
}

/// <summary>The stages in the order the facilitator runs them; <see cref="Rate"/> (importance × certainty) is optional, after the results.</summary>
public enum WorkshopStage { Review = 0, Propose = 1, Vote = 2, Results = 3, Rate = 4 }

/// <summary>A feedback workshop for a round. <see cref="OpenJoinCode"/> is the join code while open, null once closed, so codes are unique among open workshops only.</summary>
public class Workshop
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public string JoinCode { get; set; } = "";
    public string? OpenJoinCode { get; set; }
    public WorkshopStage Stage { get; set; }
    public int VotesPerParticipant { get; set; }
    public int GroupCount { get; set; }
    public string OpenedBy { get; set; } = "";
    public DateTime OpenedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }
    /// <summary>The facilitator has revealed the votes on the projector; until then it shows only how many are cast.</summary>
    public bool ResultsRevealed { get; set; }
    /// <summary>How many of the most-voted candidates the rating stage asks about (ties at the cut go forward too).</summary>
    public int RateTop { get; set; } = WorkshopRules.DefaultRateTop;
}

/// <summary>An anonymous participant: only hashes of their device key and rejoin code are stored.</summary>
public class WorkshopParticipant
{
    public int Id { get; set; }
    public int WorkshopId { get; set; }
    public byte[] KeyHash { get; set; } = [];
    public byte[] RejoinHash { get; set; } = [];
    public int GroupNumber { get; set; }
    public DateTime JoinedUtc { get; set; }
}

public enum ContributionKind { Comment = 0, Rewording = 1, MissingOutcome = 2 }

/// <summary>What the facilitator did with a proposed missing outcome.</summary>
public enum ProposalDecision { Open = 0, Accepted = 1, Merged = 2, SetAside = 3 }

/// <summary>A comment on a candidate, a proposed rewording of one, or a proposed missing outcome (no candidate).</summary>
public class WorkshopContribution
{
    public int Id { get; set; }
    public int WorkshopId { get; set; }
    public int ParticipantId { get; set; }
    public int? CandidateId { get; set; }
    public ContributionKind Kind { get; set; }
    public string Text { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public ProposalDecision Decision { get; set; }
    /// <summary>The candidate a proposal became or was merged into. No foreign key: the record outlives the candidate.</summary>
    public int? DecidedCandidateId { get; set; }
    /// <summary>The candidate's wording when accepted or merged, or why the proposal was set aside.</summary>
    public string DecisionNote { get; set; } = "";
}

/// <summary>
/// One participant's importance × certainty rating of one shortlisted candidate, 1 to 5 each (strategic assumption
/// surfacing). One row per participant and candidate; rating again replaces it.
/// </summary>
public class WorkshopRating
{
    public int Id { get; set; }
    public int WorkshopId { get; set; }
    public int ParticipantId { get; set; }
    public int CandidateId { get; set; }
    public int Importance { get; set; }
    public int Certainty { get; set; }
}

/// <summary>
/// One dot. The database enforces the allowance: (participant, slot) is unique and the slot is never above the allowance,
/// and (participant, candidate, outcome slot) is unique with the outcome slot 1 or 2, so racing requests cannot overspend.
/// </summary>
public class WorkshopVote
{
    public int Id { get; set; }
    public int WorkshopId { get; set; }
    public int ParticipantId { get; set; }
    public int CandidateId { get; set; }
    public int Slot { get; set; }
    public int OutcomeSlot { get; set; }
}
