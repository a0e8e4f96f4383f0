using Microsoft.EntityFrameworkCore;

namespace Poet.Data.Entities;

// Phase two (brief §2 steps 11-14): do service users and carers value the agreed outcomes, and are they delivered?

public enum UcStatus { Draft = 0, Open = 1, Closed = 2 }

/// <summary>What a line of the questionnaire definition is.</summary>
public enum UcItemKind { Outcome = 0, Service = 1, Barrier = 2, Statement = 3 }

public enum UcRespondentType { ServiceUser = 1, CarerOrFamily = 2, Helper = 3 }

/// <summary>How a return reached POET: the shared online link, a printed code, or a postal form keyed in twice.</summary>
public enum UcMethod { Link = 0, Code = 1, Postal = 2 }

public enum UcFormKind { Postal = 0, Code = 1 }

public enum UcSheetMark { MostImportant = 1, DoesNotMatter = 2 }

/// <summary>
/// The user and carer questionnaire of a partnership. Its outcomes are its own frozen copy of the agreed list,
/// editable while it is a draft and fixed once it opens, like the staff instrument.
/// </summary>
public class UcQuestionnaire
{
    public int Id { get; set; }
    public int PartnershipId { get; set; }
    public string Title { get; set; } = "";
    public UcStatus Status { get; set; }
    /// <summary>Random key of the anonymous partnership link /uc/{LinkKey}; anyone with it may answer.</summary>
    public string LinkKey { get; set; } = "";
    /// <summary>Salt for printed-code lookups, so one questionnaire's codes say nothing about another's.</summary>
    public byte[] CodeSalt { get; set; } = [];
    /// <summary>When false, the second keying of a postal return must be by someone other than the first.</summary>
    public bool SamePersonMayKeyTwice { get; set; }
    public string CoveringLetter { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? OpenedUtc { get; set; }
    /// <summary>When the questionnaire closed; the retention schedule deletes interview notes a set time after it.</summary>
    public DateTime? ClosedUtc { get; set; }
    /// <summary>When the retention schedule deleted the interview notes.</summary>
    public DateTime? NotesDeletedUtc { get; set; }
    public List<UcItem> Items { get; set; } = [];
}

public class UcItem
{
    public int Id { get; set; }
    public int QuestionnaireId { get; set; }
    public UcItemKind Kind { get; set; }
    public int Order { get; set; }
    public string Text { get; set; } = "";
    /// <summary>For an outcome: the staff's support for it (workshop votes or survey mentions), used for the staff order.</summary>
    public int? StaffSupport { get; set; }
    /// <summary>For a barrier: staff rated it a serious barrier for families.</summary>
    public bool StaffRatedSerious { get; set; }
    /// <summary>For an outcome: the coordinator's easy-read wording; every outcome needs one before the easy-read version opens.</summary>
    public string? EasyReadText { get; set; }
    /// <summary>For an outcome: the id of its picture in <c>UcPictures</c> (the bundled OpenMoji set).</summary>
    public string? Picture { get; set; }
}

/// <summary>A host admin opened phase two although the staff survey missed its threshold; the reason is required.</summary>
public class UcGateOverride
{
    public int Id { get; set; }
    public int PartnershipId { get; set; }
    public string Reason { get; set; } = "";
    public string UserName { get; set; } = "";
    public DateTime AtUtc { get; set; }
}

/// <summary>
/// A printed form: a postal questionnaire with a reference number, or a slip with an online code (only its hash is kept).
/// Nothing links a form to the response made from it once the return is complete.
/// </summary>
public class UcForm
{
    public int Id { get; set; }
    public int QuestionnaireId { get; set; }
    public UcFormKind Kind { get; set; }
    public string Reference { get; set; } = "";
    public byte[]? CodeLookup { get; set; }
    /// <summary>A postal return that was keyed in twice and resolved.</summary>
    public bool Entered { get; set; }
    /// <summary>Values chosen where the two keyings disagreed (JSON field → value), until the return is resolved.</summary>
    public string? Resolutions { get; set; }
}

/// <summary>One keying of a postal return (number 1 or 2); both are deleted when the return is resolved.</summary>
public class UcPostalEntry
{
    public int Id { get; set; }
    public int FormId { get; set; }
    public int Number { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    /// <summary>JSON object of field → value.</summary>
    public string Values { get; set; } = "{}";
    public DateTime AtUtc { get; set; }
}

/// <summary>An anonymous return: random key, a date but no time, no form or code id.</summary>
public class UcResponse
{
    public Guid Id { get; set; }
    public int QuestionnaireId { get; set; }
    public UcMethod Method { get; set; }
    /// <summary>Hash of the device cookie token (link) or of the code-derived token (code); null for postal returns.</summary>
    public byte[]? AccessHash { get; set; }
    public bool IsSubmitted { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public UcRespondentType? RespondentType { get; set; }
    /// <summary>1 less than 6 months, 2 six months to two years, 3 more than two years.</summary>
    public int? SupportLength { get; set; }
    public string BarrierOther { get; set; } = "";
    public string AnythingElse { get; set; } = "";
    /// <summary>What the person said is missing from the list of outcomes (optional free text).</summary>
    public string MissingOutcomes { get; set; } = "";
    public List<UcAnswer> Answers { get; set; } = [];
}

/// <summary>
/// A response's answer about one item. Outcome: <see cref="Importance"/>, <see cref="Happens"/> and
/// <see cref="Chosen"/> (one of the three that matter most). Service and barrier: <see cref="Chosen"/>.
/// Statement: <see cref="Agreement"/>.
/// </summary>
public class UcAnswer
{
    public Guid ResponseId { get; set; }
    public int ItemId { get; set; }
    public int? Importance { get; set; }
    public int? Happens { get; set; }
    public int? Agreement { get; set; }
    public bool Chosen { get; set; }
}

/// <summary>
/// A coordinator hid a return's "anything else" answer from the reports, or gave a text to show instead.
/// Automatic masking applies on top, so a replacement can never bring a name back.
/// </summary>
public class UcModeratedAnswer : IModeratedText
{
    public int Id { get; set; }
    public Guid ResponseId { get; set; }
    public bool Hidden { get; set; }
    public string? ReplacementText { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>An interview recorded without names. Without consent nothing but the refusal is kept.</summary>
public class UcInterview
{
    public int Id { get; set; }
    public int QuestionnaireId { get; set; }
    public bool Consent { get; set; }
    public DateOnly HeldOn { get; set; }
    public UcRespondentType? RespondentType { get; set; }
    public string Notes { get; set; } = "";
    /// <summary>Outcomes the person said were missing from the sheet, one per line.</summary>
    public string Missing { get; set; } = "";
    public List<UcInterviewMark> Marks { get; set; } = [];
    public List<UcQuote> Quotes { get; set; } = [];
}

public class UcInterviewMark
{
    public int InterviewId { get; set; }
    public int ItemId { get; set; }
    public UcSheetMark Mark { get; set; }
}

public class UcQuote
{
    public int Id { get; set; }
    public int InterviewId { get; set; }
    public int? ItemId { get; set; }
    public string Text { get; set; } = "";
    /// <summary>A coordinator approved it for the report; unapproved quotations never appear there.</summary>
    public bool Approved { get; set; }
}

public static class UsersCarersModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<UcQuestionnaire>(e =>
        {
            e.HasOne<Partnership>().WithMany().HasForeignKey(q => q.PartnershipId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(q => q.Items).WithOne().HasForeignKey(i => i.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(q => q.LinkKey).IsUnique();
            e.Property(q => q.LinkKey).HasMaxLength(64);
            e.Property(q => q.Title).HasMaxLength(200);
        });
        b.Entity<UcItem>().Property(i => i.Text).HasMaxLength(500);
        b.Entity<UcGateOverride>().HasOne<Partnership>().WithMany().HasForeignKey(o => o.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        b.Entity<UcForm>(e =>
        {
            e.HasOne<UcQuestionnaire>().WithMany().HasForeignKey(f => f.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(f => new { f.QuestionnaireId, f.Reference }).IsUnique();
            e.HasIndex(f => f.CodeLookup).IsUnique();
            e.Property(f => f.Reference).HasMaxLength(20);
        });
        b.Entity<UcPostalEntry>(e =>
        {
            e.HasOne<UcForm>().WithMany().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.FormId, x.Number }).IsUnique();
        });
        b.Entity<UcResponse>(e =>
        {
            e.Property(r => r.Id).ValueGeneratedNever();
            e.HasOne<UcQuestionnaire>().WithMany().HasForeignKey(r => r.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => r.AccessHash).IsUnique();
            e.HasIndex(r => r.QuestionnaireId);
            e.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
            e.Property(r => r.BarrierOther).HasMaxLength(4000);
            e.Property(r => r.AnythingElse).HasMaxLength(4000);
            e.Property(r => r.MissingOutcomes).HasMaxLength(4000);
        });
        b.Entity<UcModeratedAnswer>(e =>
        {
            e.HasOne<UcResponse>().WithMany().HasForeignKey(m => m.ResponseId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(m => m.ResponseId).IsUnique();
            e.Property(m => m.ReplacementText).HasMaxLength(4000);
        });
        b.Entity<UcAnswer>().HasKey(a => new { a.ResponseId, a.ItemId });
        b.Entity<UcInterview>(e =>
        {
            e.HasOne<UcQuestionnaire>().WithMany().HasForeignKey(i => i.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(i => i.Marks).WithOne().HasForeignKey(m => m.InterviewId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(i => i.Quotes).WithOne().HasForeignKey(q => q.InterviewId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<UcInterviewMark>().HasKey(m => new { m.InterviewId, m.ItemId });
    }
}
