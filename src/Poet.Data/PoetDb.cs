using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;

namespace Poet.Data;

/// <summary>
/// The one EF Core context. Each provider has a thin subclass so that each keeps its own migrations
/// (<see cref="SqlitePoetDb"/>, <see cref="PostgresPoetDb"/>); pages depend on this base type only.
/// </summary>
public abstract class PoetDb(DbContextOptions options) : IdentityDbContext<PoetUser>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The application's clock: the <see cref="TimeProvider"/> registered beside the context (a fake one in tests), or
    /// the system clock for a context made outside dependency injection (the CLI, the benches). Code that holds the
    /// database takes "now" from here rather than from DateTime.UtcNow, so a test can move time (issue 21).
    /// </summary>
    public TimeProvider Clock =>
        Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptions>(this)
            .FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(TimeProvider)) as TimeProvider
        ?? TimeProvider.System;

    /// <summary>Now, in UTC, by <see cref="Clock"/>.</summary>
    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<PartnerOrganisation> PartnerOrganisations => Set<PartnerOrganisation>();
    public DbSet<ProfessionalGroup> ProfessionalGroups => Set<ProfessionalGroup>();
    public DbSet<PartnershipDocument> Documents => Set<PartnershipDocument>();
    public DbSet<PartnershipMember> Members => Set<PartnershipMember>();
    public DbSet<SurveyRound> Rounds => Set<SurveyRound>();
    public DbSet<RoundItem> RoundItems => Set<RoundItem>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AccessCode> AccessCodes => Set<AccessCode>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<OutcomeStatement> OutcomeStatements => Set<OutcomeStatement>();
    public DbSet<ModeratedText> ModeratedTexts => Set<ModeratedText>();
    public DbSet<PublishedReport> PublishedReports => Set<PublishedReport>();
    public DbSet<HandStatement> HandStatements => Set<HandStatement>();
    public DbSet<StatementClassification> StatementClassifications => Set<StatementClassification>();
    public DbSet<CandidateOutcome> CandidateOutcomes => Set<CandidateOutcome>();
    public DbSet<CandidateStatement> CandidateStatements => Set<CandidateStatement>();
    public DbSet<AgreedList> AgreedLists => Set<AgreedList>();
    public DbSet<AgreedOutcome> AgreedOutcomes => Set<AgreedOutcome>();
    public DbSet<Workshop> Workshops => Set<Workshop>();
    public DbSet<WorkshopParticipant> WorkshopParticipants => Set<WorkshopParticipant>();
    public DbSet<WorkshopContribution> WorkshopContributions => Set<WorkshopContribution>();
    public DbSet<WorkshopVote> WorkshopVotes => Set<WorkshopVote>();
    public DbSet<WorkshopRating> WorkshopRatings => Set<WorkshopRating>();
    public DbSet<QStudy> QStudies => Set<QStudy>();
    public DbSet<QStatement> QStatements => Set<QStatement>();
    public DbSet<QPrintedCode> QPrintedCodes => Set<QPrintedCode>();
    public DbSet<QSort> QSorts => Set<QSort>();
    public DbSet<QSavedAnalysis> QSavedAnalyses => Set<QSavedAnalysis>();
    public DbSet<QPlacement> QPlacements => Set<QPlacement>();
    public DbSet<QQuestion> QQuestions => Set<QQuestion>();
    public DbSet<QAnswer> QAnswers => Set<QAnswer>();
    public DbSet<EmailMessage> Emails => Set<EmailMessage>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<UcQuestionnaire> UcQuestionnaires => Set<UcQuestionnaire>();
    public DbSet<UcItem> UcItems => Set<UcItem>();
    public DbSet<UcGateOverride> UcGateOverrides => Set<UcGateOverride>();
    public DbSet<UcForm> UcForms => Set<UcForm>();
    public DbSet<UcPostalEntry> UcPostalEntries => Set<UcPostalEntry>();
    public DbSet<UcResponse> UcResponses => Set<UcResponse>();
    public DbSet<UcModeratedAnswer> UcModeratedAnswers => Set<UcModeratedAnswer>();
    public DbSet<UcAnswer> UcAnswers => Set<UcAnswer>();
    public DbSet<UcInterview> UcInterviews => Set<UcInterview>();
    public DbSet<UcInterviewMark> UcInterviewMarks => Set<UcInterviewMark>();
    public DbSet<UcQuote> UcQuotes => Set<UcQuote>();
    public DbSet<NationalRound> NationalRounds => Set<NationalRound>();
    public DbSet<NationalItem> NationalItems => Set<NationalItem>();
    public DbSet<NationalOutcome> NationalOutcomes => Set<NationalOutcome>();
    public DbSet<SharingTerms> SharingTerms => Set<SharingTerms>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<RateCounter> RateCounters => Set<RateCounter>();
    public DbSet<SurveyDraft> SurveyDrafts => Set<SurveyDraft>();
    public DbSet<SealedSubmission> SealedSubmissions => Set<SealedSubmission>();
    public DbSet<RetentionSetting> RetentionSettings => Set<RetentionSetting>();
    public DbSet<ContributionStory> ContributionStories => Set<ContributionStory>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<Partnership>(e =>
        {
            e.Property(p => p.Name).HasMaxLength(200);
            e.HasMany(p => p.Partners).WithOne().HasForeignKey(x => x.PartnershipId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.ProfessionalGroups).WithOne().HasForeignKey(x => x.PartnershipId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Documents).WithOne().HasForeignKey(x => x.PartnershipId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Members).WithOne(m => m.Partnership).HasForeignKey(x => x.PartnershipId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Rounds).WithOne(r => r.Partnership).HasForeignKey(x => x.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PartnershipMember>().HasOne(m => m.User).WithMany(u => u.Memberships).HasForeignKey(m => m.UserId);
        b.Entity<PartnershipMember>().HasIndex(m => new { m.PartnershipId, m.UserId, m.Role }).IsUnique();
        b.Entity<SurveyRound>(e =>
        {
            e.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RoundId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(r => r.Invitations).WithOne().HasForeignKey(i => i.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<RoundItem>().HasIndex(i => new { i.RoundId, i.ItemId }).IsUnique();
        b.Entity<Invitation>(e =>
        {
            e.HasIndex(i => new { i.RoundId, i.Email }).IsUnique();
            e.HasMany(i => i.Codes).WithOne().HasForeignKey(c => c.InvitationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AccessCode>().HasIndex(c => c.TokenHash).IsUnique();
        b.Entity<AccessCode>().HasIndex(c => c.ShortCodeLookup).IsUnique();
        b.Entity<Response>(e =>
        {
            // Random keys: no auto-increment that would follow submission order.
            e.Property(r => r.Id).ValueGeneratedNever();
            e.HasIndex(r => r.RoundId);
            e.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(r => r.Outcomes).WithOne().HasForeignKey(o => o.ResponseId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Answer>().HasKey(a => new { a.ResponseId, a.RoundItemId });
        b.Entity<Answer>().Property(a => a.Comment).HasMaxLength(4000);
        b.Entity<OutcomeStatement>().Property(o => o.Id).ValueGeneratedNever();
        b.Entity<ModeratedText>(e =>
        {
            e.HasOne<SurveyRound>().WithMany().HasForeignKey(m => m.RoundId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(m => m.RoundId);
            e.Property(m => m.ReplacementText).HasMaxLength(4000);
            e.Property(m => m.ReplacementRationale).HasMaxLength(4000);
        });
        b.Entity<PublishedReport>(e =>
        {
            e.HasOne<SurveyRound>().WithMany().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => p.RoundId).IsUnique();
            e.HasIndex(p => p.ShareKey).IsUnique();
            e.Property(p => p.ShareKey).HasMaxLength(64);
        });
        OutcomesModel.Configure(b);
        ConfigureQStudies(b);
        b.Entity<EmailMessage>().HasIndex(m => m.Status);
        b.Entity<AuditEntry>().HasIndex(a => a.PartnershipId);
        UsersCarersModel.Configure(b);
        NationalDatasetModel.Configure(b);
        CoordinationModel.Configure(b);
        DataProtectionModel.Configure(b);
    }

    private static void ConfigureQStudies(ModelBuilder b)
    {
        b.Entity<QStudy>(e =>
        {
            e.HasOne<Partnership>().WithMany().HasForeignKey(s => s.PartnershipId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Statements).WithOne().HasForeignKey(x => x.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.PublicKey).IsUnique();
            e.Property(s => s.Title).HasMaxLength(200);
            e.Property(s => s.Instruction).HasMaxLength(1000);
            e.Property(s => s.PublicKey).HasMaxLength(64);
            e.Property(s => s.GridCounts).HasMaxLength(200);
            e.Property(s => s.MoreLabel).HasMaxLength(40);
            e.Property(s => s.LessLabel).HasMaxLength(40);
        });
        b.Entity<QStatement>().HasIndex(s => new { s.StudyId, s.Number }).IsUnique();
        b.Entity<QStatement>().Property(s => s.Text).HasMaxLength(1000);
        b.Entity<QStatement>().Property(s => s.Source).HasMaxLength(300);
        b.Entity<QPrintedCode>(e =>
        {
            e.HasOne<QStudy>().WithMany().HasForeignKey(c => c.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => c.Lookup).IsUnique();
        });
        b.Entity<QSort>(e =>
        {
            // Random keys, as for survey responses: nothing follows the order in which people sorted.
            e.Property(s => s.Id).ValueGeneratedNever();
            e.HasOne<QStudy>().WithMany().HasForeignKey(s => s.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.AccessHash).IsUnique();
            e.HasIndex(s => s.StudyId);
            e.Property(s => s.Name).HasMaxLength(60);
            e.Property(s => s.Code).HasMaxLength(QSort.MaxCodeLength);
            e.HasIndex(s => new { s.StudyId, s.Code }).IsUnique();
            e.HasMany(s => s.Placements).WithOne().HasForeignKey(p => p.SortId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Answers).WithOne().HasForeignKey(a => a.SortId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<QQuestion>(e =>
        {
            e.HasOne<QStudy>().WithMany(s => s.Questions).HasForeignKey(q => q.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(q => new { q.StudyId, q.Number }).IsUnique();
            e.Property(q => q.Text).HasMaxLength(QQuestion.MaxTextLength);
            e.Property(q => q.Options).HasMaxLength(QQuestion.MaxOptionsLength);
        });
        b.Entity<QAnswer>(e =>
        {
            e.HasKey(a => new { a.SortId, a.QuestionId });
            e.HasOne<QQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
            e.Property(a => a.Value).HasMaxLength(QAnswer.MaxLength);
        });
        b.Entity<QSavedAnalysis>(e =>
        {
            e.HasOne<QStudy>().WithMany().HasForeignKey(a => a.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(a => new { a.StudyId, a.Name }).IsUnique();
            e.Property(a => a.Name).HasMaxLength(QSavedAnalysis.MaxNameLength);
            e.Property(a => a.Query).HasMaxLength(8000);
        });
        b.Entity<QPlacement>(e =>
        {
            e.HasKey(p => new { p.SortId, p.StatementId });
            e.HasOne<QStatement>().WithMany().HasForeignKey(p => p.StatementId).OnDelete(DeleteBehavior.Cascade);
            e.Property(p => p.Comment).HasMaxLength(2000);
            e.Property(p => p.Note).HasMaxLength(2000);
        });
    }
}

public sealed class SqlitePoetDb(DbContextOptions<SqlitePoetDb> options) : PoetDb(options);

public sealed class PostgresPoetDb(DbContextOptions<PostgresPoetDb> options) : PoetDb(options);
