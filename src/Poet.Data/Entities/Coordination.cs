using Microsoft.EntityFrameworkCore;

namespace Poet.Data.Entities;

/// <summary>
/// A named piece of scheduled work (reminders, outbox) and the instance that may run it until <see cref="ExpiresUtc"/>.
/// An instance claims it with one conditional UPDATE, so two instances never run the same job at once. The row of
/// <see cref="SubmissionMix"/> is only ever locked, by updating it first in the flush's transaction.
/// </summary>
public class JobLease
{
    public const string Reminders = "reminders";
    public const string Outbox = "outbox";
    public const string SubmissionMix = "completion-flush";
    public const string Retention = "retention";

    public string Name { get; set; } = "";
    public string? Holder { get; set; }
    public DateTime ExpiresUtc { get; set; }
}

/// <summary>Attempts in one fixed window, shared by all instances. <see cref="Key"/> is a hash of policy, client and window.</summary>
public class RateCounter
{
    public string Key { get; set; } = "";
    /// <summary>Minutes since 1970 at the start of the window; old windows are purged by it.</summary>
    public long Window { get; set; }
    public int Count { get; set; }
}

public static class CoordinationModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<JobLease>(e =>
        {
            e.HasKey(j => j.Name);
            e.Property(j => j.Name).HasMaxLength(64);
            e.Property(j => j.Holder).HasMaxLength(100);
            var never = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            e.HasData(new JobLease { Name = JobLease.Reminders, ExpiresUtc = never }, new JobLease { Name = JobLease.Outbox, ExpiresUtc = never },
                new JobLease { Name = JobLease.SubmissionMix, ExpiresUtc = never }, new JobLease { Name = JobLease.Retention, ExpiresUtc = never });
        });
        b.Entity<RateCounter>(e =>
        {
            e.HasKey(c => c.Key);
            e.Property(c => c.Key).HasMaxLength(64);
            e.HasIndex(c => c.Window);
        });
        b.Entity<SurveyDraft>(e =>
        {
            e.HasKey(d => d.Lookup);
            e.HasIndex(d => d.RoundId);
        });
        b.Entity<SealedSubmission>(e =>
        {
            e.Property(p => p.Id).ValueGeneratedNever();
            e.HasIndex(p => p.RoundId);
        });
    }
}
