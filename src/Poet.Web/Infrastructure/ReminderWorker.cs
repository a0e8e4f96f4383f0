using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Pages.Rounds;

namespace Poet.Web.Infrastructure;

/// <summary>Queues reminders for people who have not submitted, and closes rounds whose closing date has passed.</summary>
public sealed class ReminderWorker(Reminders reminders, IOptions<PoetOptions> options, ILogger<ReminderWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReminderCheckInterval);
        do
        {
            try
            {
                await reminders.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Reminder run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(t => !t.IsCanceled && t.Result));
    }
}

public sealed class Reminders(IServiceScopeFactory scopes, SubmissionMix mix, Leases leases, IOptions<PoetOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Closes overdue rounds and queues due reminders; returns how many reminders were queued. Only the instance
    /// holding the reminders lease runs it; the others return 0, so a due reminder is queued once.
    /// </summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        if (!await leases.TryClaimAsync(JobLease.Reminders, options.Value.JobLease, ct)) return 0;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        var closing = await db.Rounds.Where(r => r.Status == RoundStatus.Open && r.ClosesOn < today).ToListAsync(ct);
        foreach (var round in closing)
            await RoundClosing.CloseAsync(db, mix, round, now, d => d.Audit.Add(new AuditEntry
            { AtUtc = now, UserName = "system", PartnershipId = round.PartnershipId, Action = "round.closed", Detail = $"Round {round.Id} closed on its closing date" }), ct);

        var queued = 0;
        foreach (var round in await db.Rounds.Where(r => r.Status == RoundStatus.Open).ToListAsync(ct))
        {
            var schedule = ReminderSchedule.Parse(round.ReminderDays);
            var candidates = await db.Invitations
                .Where(i => i.RoundId == round.Id && !i.HasSubmitted && i.SendStatus == SendStatus.Sent && i.RemindersSent < schedule.Count)
                .ToListAsync(ct);
            foreach (var invitation in candidates)
            {
                var dueOn = invitation.SentUtc!.Value.AddDays(schedule[invitation.RemindersSent]);
                if (dueOn > now) continue;
                invitation.RemindersSent++;
                db.Emails.Add(new EmailMessage
                {
                    Kind = EmailKind.SurveyReminder, InvitationId = invitation.Id, To = invitation.Email,
                    Subject = round.ReminderSubject, Body = round.ReminderBody, CreatedUtc = now,
                });
                queued++;
            }
        }
        await db.SaveChangesAsync(ct);
        return queued;
    }
}

public static class ReminderSchedule
{
    /// <summary>"7,14" → [7, 14]: days after the invitation. Invalid entries are ignored; the result is ascending.</summary>
    public static IReadOnlyList<int> Parse(string? days) =>
        (days ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.TryParse(d, out var n) ? n : -1).Where(n => n is > 0 and <= 365).Distinct().Order().ToList();
}
