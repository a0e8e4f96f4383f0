using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;

namespace Poet.Data;

/// <summary>EF mapping for the outcomes workspace and feedback workshops (Entities/Outcomes.cs), kept apart from PoetDb to keep it short.</summary>
internal static class OutcomesModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<HandStatement>(e =>
        {
            e.Property(s => s.Id).ValueGeneratedNever();
            e.HasIndex(s => s.RoundId);
            e.HasOne<SurveyRound>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<StatementClassification>(e =>
        {
            e.HasIndex(c => new { c.RoundId, c.StatementId }).IsUnique();
            e.HasOne<SurveyRound>().WithMany().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CandidateOutcome>(e =>
        {
            e.Property(c => c.Wording).HasMaxLength(500);
            e.HasIndex(c => c.RoundId);
            e.HasOne<SurveyRound>().WithMany().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Statements).WithOne().HasForeignKey(s => s.CandidateId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CandidateStatement>(e =>
        {
            e.HasKey(s => new { s.CandidateId, s.StatementId });
            e.HasIndex(s => new { s.RoundId, s.StatementId }).IsUnique();
        });
        b.Entity<AgreedList>(e =>
        {
            e.HasIndex(l => new { l.RoundId, l.Version }).IsUnique();
            e.HasIndex(l => l.PartnershipId);
            e.HasOne<SurveyRound>().WithMany().HasForeignKey(l => l.RoundId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(l => l.Items).WithOne().HasForeignKey(i => i.AgreedListId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AgreedOutcome>().HasMany(o => o.Sources).WithOne().HasForeignKey(s => s.AgreedOutcomeId).OnDelete(DeleteBehavior.Cascade);
        b.Entity<AgreedOutcome>().Property(o => o.NationalType).HasMaxLength(60);
        b.Entity<AgreedOutcome>().Property(o => o.NationalHeading).HasMaxLength(60);
        b.Entity<AgreedOutcomeSource>().HasKey(s => new { s.AgreedOutcomeId, s.StatementId });
        b.Entity<Workshop>(e =>
        {
            e.Property(w => w.JoinCode).HasMaxLength(8);
            e.Property(w => w.OpenJoinCode).HasMaxLength(8);
            e.HasIndex(w => w.OpenJoinCode).IsUnique();
            e.HasIndex(w => w.JoinCode);
            e.HasOne<SurveyRound>().WithMany().HasForeignKey(w => w.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<WorkshopParticipant>(e =>
        {
            e.HasIndex(p => p.KeyHash).IsUnique();
            e.HasIndex(p => new { p.WorkshopId, p.RejoinHash }).IsUnique();
            e.HasOne<Workshop>().WithMany().HasForeignKey(p => p.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<WorkshopContribution>(e =>
        {
            e.Property(c => c.Text).HasMaxLength(1000);
            e.Property(c => c.DecisionNote).HasMaxLength(1000);
            e.HasIndex(c => c.WorkshopId);
            e.HasOne<Workshop>().WithMany().HasForeignKey(c => c.WorkshopId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<WorkshopParticipant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.NoAction);
        });
        b.Entity<WorkshopVote>(e =>
        {
            e.HasIndex(v => new { v.ParticipantId, v.Slot }).IsUnique();
            e.HasIndex(v => new { v.ParticipantId, v.CandidateId, v.OutcomeSlot }).IsUnique();
            e.HasIndex(v => v.WorkshopId);
            e.ToTable(t =>
            {
                t.HasCheckConstraint("CK_WorkshopVotes_Slot", $"\"Slot\" BETWEEN 1 AND {WorkshopRules.MaxVotesPerParticipant}");
                t.HasCheckConstraint("CK_WorkshopVotes_OutcomeSlot", $"\"OutcomeSlot\" BETWEEN 1 AND {WorkshopRules.MaxVotesPerOutcome}");
            });
            e.HasOne<WorkshopParticipant>().WithMany().HasForeignKey(v => v.ParticipantId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CandidateOutcome>().WithMany().HasForeignKey(v => v.CandidateId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<WorkshopRating>(e =>
        {
            e.HasIndex(r => new { r.ParticipantId, r.CandidateId }).IsUnique();
            e.HasIndex(r => r.WorkshopId);
            e.ToTable(t =>
            {
                t.HasCheckConstraint("CK_WorkshopRatings_Importance", "\"Importance\" BETWEEN 1 AND 5");
                t.HasCheckConstraint("CK_WorkshopRatings_Certainty", "\"Certainty\" BETWEEN 1 AND 5");
            });
            e.HasOne<WorkshopParticipant>().WithMany().HasForeignKey(r => r.ParticipantId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CandidateOutcome>().WithMany().HasForeignKey(r => r.CandidateId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

/// <summary>The dot-voting limits the database enforces.</summary>
public static class WorkshopRules
{
    public const int DefaultVotesPerParticipant = 5;
    public const int MaxVotesPerParticipant = 20;
    public const int MaxVotesPerOutcome = 2;
    public const int DefaultGroupCount = 6;
    public const int MaxGroupCount = 30;
    public const int DefaultRateTop = 8;
    public const int MaxRateTop = 40;
}
