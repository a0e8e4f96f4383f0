using Microsoft.EntityFrameworkCore;

namespace Poet.Data.Entities;

/// <summary>
/// The host's retention schedule, in days (one row, id 1; no row means POET's defaults,
/// <c>Poet.Analysis.DataProtection.RetentionPeriods.Defaults</c>). Set on /admin/data-protection/retention.
/// </summary>
public class RetentionSetting
{
    public int Id { get; set; }
    public int RosterContactDays { get; set; }
    public int AccessCodeDays { get; set; }
    public int OutboxDays { get; set; }
    public int InterviewNoteDays { get; set; }
    public int AuditDetailDays { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>
/// A partnership's contribution story for one agreed outcome (Mayne's contribution analysis): the expected chain, its
/// assumptions and risks, other influences, and the staff survey items it offers as evidence that the partnership does
/// what the chain says. Keyed by the outcome's wording, so it carries over to a new version of the agreed list.
/// </summary>
public class ContributionStory
{
    public int Id { get; set; }
    public int PartnershipId { get; set; }
    public string Outcome { get; set; } = "";
    public string Activities { get; set; } = "";
    public string Changes { get; set; } = "";
    public string Assumptions { get; set; } = "";
    public string Risks { get; set; } = "";
    public string OtherInfluences { get; set; } = "";
    /// <summary>Item bank ids of the staff survey statements chosen as evidence, comma-separated.</summary>
    public string StaffItems { get; set; } = "";
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedUtc { get; set; }
}

public static class DataProtectionModel
{
    public const int StoryFieldMax = 2000;

    public static void Configure(ModelBuilder b)
    {
        b.Entity<RetentionSetting>(e =>
        {
            e.Property(r => r.Id).ValueGeneratedNever();
            e.Property(r => r.UpdatedBy).HasMaxLength(256);
        });
        b.Entity<ContributionStory>(e =>
        {
            e.HasOne<Partnership>().WithMany().HasForeignKey(s => s.PartnershipId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => new { s.PartnershipId, s.Outcome }).IsUnique();
            e.Property(s => s.Outcome).HasMaxLength(500);
            foreach (var p in new[] { nameof(ContributionStory.Activities), nameof(ContributionStory.Changes), nameof(ContributionStory.Assumptions), nameof(ContributionStory.Risks), nameof(ContributionStory.OtherInfluences) })
                e.Property(p).HasMaxLength(StoryFieldMax);
            e.Property(s => s.StaffItems).HasMaxLength(1000);
            e.Property(s => s.UpdatedBy).HasMaxLength(256);
        });
    }
}
