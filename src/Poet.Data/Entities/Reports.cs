namespace Poet.Data.Entities;

public enum ModeratedKind { Comment = 0, Outcome = 1 }

/// <summary>A coordinator's decision about one piece of free text before publication; the written text is never edited in place.</summary>
public interface IModeratedText
{
    bool Hidden { get; set; }
    string? ReplacementText { get; set; }
    DateTime UpdatedUtc { get; set; }
}

/// <summary>
/// A coordinator's decision about one comment (an answer's comment: ResponseId + RoundItemId) or one outcome
/// statement (OutcomeStatementId) in a round's report: hide it, or show <see cref="ReplacementText"/> instead.
/// Automatic masking applies on top, so a replacement can never bring a name back.
/// </summary>
public class ModeratedText : IModeratedText
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public ModeratedKind Kind { get; set; }
    public Guid? ResponseId { get; set; }
    public int? RoundItemId { get; set; }
    public Guid? OutcomeStatementId { get; set; }
    public bool Hidden { get; set; }
    /// <summary>The comment, or the outcome statement's outcome, to show instead of what was written.</summary>
    public string? ReplacementText { get; set; }
    /// <summary>For an outcome statement, the rationale to show instead.</summary>
    public string? ReplacementRationale { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>A round's report shared with staff through an unguessable link. Unpublishing deletes the row, so the old link dies.</summary>
public class PublishedReport
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public string ShareKey { get; set; } = "";
    public DateTime PublishedUtc { get; set; }
    public string PublishedBy { get; set; } = "";
}
