using Microsoft.EntityFrameworkCore;

namespace Poet.Data.Entities;

// The national dataset (issue 8): counts per closed round, written when the round closes, pooled only while opted in.
// Nothing here is free text from a respondent or a raw response.

/// <summary>
/// One closed staff round as it can be pooled. Counts are refreshed whenever the round's data can still change
/// (paper returns keyed after close, a new agreed list, phase two closing); the profile codes are copied when the
/// coordinator opts in, so what the national view shows is what they confirmed.
/// </summary>
public class NationalRound
{
    public int RoundId { get; set; }
    public int PartnershipId { get; set; }
    public string InstrumentVersion { get; set; } = "";
    /// <summary>Year of the round's closing date.</summary>
    public int Year { get; set; }
    public int Invited { get; set; }
    public int Usable { get; set; }
    /// <summary>Submitted users-and-carers returns behind the outcome counts; null when phase two is not closed.</summary>
    public int? UcReturns { get; set; }
    public DateTime AggregatedUtc { get; set; }
    public bool OptedIn { get; set; }
    public DateTime? OptedInUtc { get; set; }
    public string? TypeCode { get; set; }
    public string? ClientGroupCode { get; set; }
    public string? GovernanceCode { get; set; }
    public string? RegionCode { get; set; }
    public string? DepthCode { get; set; }
    public string? BreadthCode { get; set; }
    public Frames Frames { get; set; }
    /// <summary>Who agreed to share for the partnership's board (name and role, as the coordinator typed it); null while not shared.</summary>
    public string? ConsentBy { get; set; }
    /// <summary>The day the board agreed (a date only, stored as midnight UTC).</summary>
    public DateTime? ConsentAgreedOn { get; set; }
    /// <summary>The <see cref="SharingTerms.Version"/> the board agreed to.</summary>
    public int? ConsentTermsVersion { get; set; }
    /// <summary>The signed-in coordinator who recorded the consent.</summary>
    public string? ConsentRecordedBy { get; set; }
    public List<NationalItem> Items { get; set; } = [];
    public List<NationalOutcome> Outcomes { get; set; } = [];
}

/// <summary>Counts per option of one standard bank item over the round's usable responses (codes 1..5; 3 is "Don't know").</summary>
public class NationalItem
{
    public int RoundId { get; set; }
    public string ItemId { get; set; } = "";
    public int Section { get; set; }
    public int C1 { get; set; }
    public int C2 { get; set; }
    public int C3 { get; set; }
    public int C4 { get; set; }
    public int C5 { get; set; }
    public int Unanswered { get; set; }
}

/// <summary>
/// An agreed outcome with its classification (the consensus of its source statements' classifications) and, once
/// phase two has closed, users' and carers' importance (1..4) and delivery (1..5, 5 "Don't know") counts.
/// </summary>
public class NationalOutcome
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public int Order { get; set; }
    public string Wording { get; set; } = "";
    public string? Focus { get; set; }
    public string? Type { get; set; }
    public string? FrameworkHeading { get; set; }
    public bool HasPhaseTwo { get; set; }
    public int I1 { get; set; }
    public int I2 { get; set; }
    public int I3 { get; set; }
    public int I4 { get; set; }
    public int H1 { get; set; }
    public int H2 { get; set; }
    public int H3 { get; set; }
    public int H4 { get; set; }
    public int H5 { get; set; }
}

/// <summary>
/// The data-sharing terms a partnership's board agrees to when it shares a round. The host admin edits them; every
/// save is a new version and old versions are kept, so a round's consent always names the text that was agreed.
/// </summary>
public class SharingTerms
{
    public int Id { get; set; }
    public int Version { get; set; }
    public string Text { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public string CreatedBy { get; set; } = "";
}

public static class NationalDatasetModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<NationalRound>(e =>
        {
            e.HasKey(r => r.RoundId);
            e.HasOne<SurveyRound>().WithOne().HasForeignKey<NationalRound>(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => new { r.OptedIn, r.Year });
            e.HasIndex(r => r.PartnershipId);
            e.Property(r => r.InstrumentVersion).HasMaxLength(50);
            foreach (var code in new[] { nameof(NationalRound.TypeCode), nameof(NationalRound.ClientGroupCode), nameof(NationalRound.GovernanceCode),
                         nameof(NationalRound.RegionCode), nameof(NationalRound.DepthCode), nameof(NationalRound.BreadthCode) })
                e.Property(code).HasMaxLength(40);
            e.Property(r => r.ConsentBy).HasMaxLength(200);
            e.Property(r => r.ConsentRecordedBy).HasMaxLength(256);
            e.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RoundId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(r => r.Outcomes).WithOne().HasForeignKey(o => o.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<NationalItem>(e =>
        {
            e.HasKey(i => new { i.RoundId, i.ItemId });
            e.Property(i => i.ItemId).HasMaxLength(50);
        });
        b.Entity<SharingTerms>(e =>
        {
            e.HasIndex(t => t.Version).IsUnique();
            e.Property(t => t.Text).HasMaxLength(20000);
            e.Property(t => t.CreatedBy).HasMaxLength(256);
        });
        b.Entity<NationalOutcome>(e =>
        {
            e.HasIndex(o => o.RoundId);
            e.Property(o => o.Wording).HasMaxLength(500);
        });
    }
}
