using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Poet.Analysis.DataProtection;
using Poet.Analysis.Text;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Outbox;

namespace Poet.Web.Infrastructure;

/// <summary>Runs the host's retention schedule (<see cref="RetentionJob"/>) every <see cref="PoetOptions.RetentionCheckInterval"/>.</summary>
public sealed class RetentionWorker(RetentionJob job, IOptions<PoetOptions> options, ILogger<RetentionWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionCheckInterval);
        do
        {
            try
            {
                await job.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Retention run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(t => !t.IsCanceled && t.Result));
    }
}

/// <summary>The host's retention periods: the saved row, or POET's defaults until the host saves one.</summary>
public static class RetentionSchedule
{
    public static async Task<RetentionPeriods> LoadAsync(PoetDb db, CancellationToken ct = default) =>
        await db.RetentionSettings.AsNoTracking().Where(r => r.Id == 1)
            .Select(r => new RetentionPeriods(r.RosterContactDays, r.AccessCodeDays, r.OutboxDays, r.InterviewNoteDays, r.AuditDetailDays))
            .SingleOrDefaultAsync(ct) ?? RetentionPeriods.Defaults;
}

/// <summary>What one run deleted or reduced (counts only, as the audit log records them).</summary>
public sealed record RetentionRun(int Contacts, int AccessCodes, int Emails, int OutboxFiles, int InterviewNotes, int AuditDetails);

/// <summary>
/// Deletes or reduces what the schedule says is due, on the instance holding the retention lease. Each step is
/// idempotent and writes one audit entry with counts, never names or addresses. Days count from the day of the event
/// and a thing is due on the day itself (<see cref="Retention.IsDue"/>).
/// </summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, Leases leases, IOptions<PoetOptions> options, IOptions<MailOptions> mail,
    TimeProvider clock, ILogger<RetentionJob> log)
{
    public const string System = "system";

    public async Task<RetentionRun> RunOnceAsync(CancellationToken ct = default)
    {
        if (!await leases.TryClaimAsync(JobLease.Retention, options.Value.JobLease, ct)) return new(0, 0, 0, 0, 0, 0);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
        var periods = await RetentionSchedule.LoadAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        var contacts = await RosterContactsAsync(db, periods, now, today, ct);
        var codes = await AccessCodesAsync(db, periods, now, today, ct);
        var (emails, files) = await SentEmailsAsync(db, periods, now, ct);
        var notes = await InterviewNotesAsync(db, periods, now, today, ct);
        var audit = await AuditDetailsAsync(db, periods, now, ct);
        if (contacts + codes + emails + notes + audit > 0) await StorageScrub.AfterMixAsync(db, log, ct);
        return new(contacts, codes, emails, files, notes, audit);
    }

    private static void Log(PoetDb db, DateTime now, int? pid, string action, string detail) =>
        db.Audit.Add(new AuditEntry { AtUtc = now, UserName = System, PartnershipId = pid, Action = action, Detail = detail });

    private static async Task<int> RosterContactsAsync(PoetDb db, RetentionPeriods p, DateTime now, DateOnly today, CancellationToken ct)
    {
        var total = 0;
        var rounds = await db.Rounds.Where(r => r.Status == RoundStatus.Closed && r.ContactsDeletedUtc == null).ToListAsync(ct);
        foreach (var round in rounds.Where(r => Retention.IsDue(Retention.ClosedOn(r.ClosedUtc, r.ClosesOn), p.RosterContactDays, today)))
        {
            var invitations = await db.Invitations.Where(i => i.RoundId == round.Id).ToListAsync(ct);
            var ids = invitations.Select(i => i.Id).ToList();
            await BakeNameMasksAsync(db, round, new Redactor(invitations.Select(i => i.Name)), ct);
            // The roster row stays (partner, profession and whether they submitted feed the response rates); the
            // address becomes a placeholder unique within the round, as the (round, email) index needs.
            foreach (var i in invitations)
            {
                i.Email = DeletedEmail(i.Id);
                i.Name = null;
                i.LastError = null;
            }
            var emails = await db.Emails.Where(m => m.InvitationId != null && ids.Contains(m.InvitationId.Value)).ExecuteDeleteAsync(ct);
            round.ContactsDeletedUtc = now;
            round.AnswersVersion++; // the comments were rewritten masked: no cached copy of the unmasked ones is used again
            Log(db, now, round.PartnershipId, "retention.contacts-deleted",
                $"Round {round.Id}: names and email addresses of {Wording.Count(invitations.Count, "person", "people")} deleted, and {Wording.Count(emails, "email")} sent to them");
            await db.SaveChangesAsync(ct);
            total += invitations.Count;
        }
        return total;
    }

    /// <summary>
    /// Pages mask roster names in free text as they show it (<see cref="Redactor"/>). Once the names are deleted they
    /// could no longer be masked, so the masks are written into the stored text first: the round's comments, outcome
    /// statements and moderators' replacements, and the partnership's families' free text, interview notes,
    /// quotations and Q-sort reasons. Every report then reads as before, and no deleted name survives in the text.
    /// </summary>
    private static async Task BakeNameMasksAsync(PoetDb db, SurveyRound round, Redactor redactor, CancellationToken ct)
    {
        string Mask(string text) => redactor.Mask(text);
        string? MaskOrNull(string? text) => text is null ? null : redactor.Mask(text);
        var rid = round.Id;
        var pid = round.PartnershipId;
        foreach (var a in await db.Answers.Where(a => a.Comment != null && db.Responses.Any(r => r.Id == a.ResponseId && r.RoundId == rid)).ToListAsync(ct))
            a.Comment = MaskOrNull(a.Comment);
        foreach (var o in await db.OutcomeStatements.Where(o => db.Responses.Any(r => r.Id == o.ResponseId && r.RoundId == rid)).ToListAsync(ct))
            (o.Outcome, o.Rationale) = (Mask(o.Outcome), Mask(o.Rationale));
        foreach (var m in await db.ModeratedTexts.Where(m => m.RoundId == rid).ToListAsync(ct))
            (m.ReplacementText, m.ReplacementRationale) = (MaskOrNull(m.ReplacementText), MaskOrNull(m.ReplacementRationale));
        var questionnaires = db.UcQuestionnaires.Where(q => q.PartnershipId == pid).Select(q => q.Id);
        foreach (var r in await db.UcResponses.Where(r => questionnaires.Contains(r.QuestionnaireId)).ToListAsync(ct))
            (r.AnythingElse, r.MissingOutcomes, r.BarrierOther) = (Mask(r.AnythingElse), Mask(r.MissingOutcomes), Mask(r.BarrierOther));
        foreach (var m in await db.UcModeratedAnswers.Where(m => m.ReplacementText != null && db.UcResponses.Any(r => r.Id == m.ResponseId && questionnaires.Contains(r.QuestionnaireId))).ToListAsync(ct))
            m.ReplacementText = MaskOrNull(m.ReplacementText);
        foreach (var i in await db.UcInterviews.Where(i => questionnaires.Contains(i.QuestionnaireId)).Include(i => i.Quotes).ToListAsync(ct))
        {
            (i.Notes, i.Missing) = (Mask(i.Notes), Mask(i.Missing));
            foreach (var q in i.Quotes) q.Text = Mask(q.Text);
        }
        var studies = db.QStudies.Where(s => s.PartnershipId == pid).Select(s => s.Id);
        foreach (var q in await db.QPlacements.Where(q => q.Comment != null && db.QSorts.Any(s => s.Id == q.SortId && studies.Contains(s.StudyId))).ToListAsync(ct))
            q.Comment = MaskOrNull(q.Comment);
    }

    /// <summary>What a roster entry's address becomes once its contact details are deleted: no part of the old one.</summary>
    public static string DeletedEmail(int invitationId) => $"deleted-{invitationId}";

    private static async Task<int> AccessCodesAsync(PoetDb db, RetentionPeriods p, DateTime now, DateOnly today, CancellationToken ct)
    {
        var total = 0;
        var rounds = await db.Rounds.Where(r => r.Status == RoundStatus.Closed && db.AccessCodes.Any(c => db.Invitations.Any(i => i.Id == c.InvitationId && i.RoundId == r.Id)))
            .Select(r => new { r.Id, r.PartnershipId, r.ClosedUtc, r.ClosesOn }).ToListAsync(ct);
        foreach (var round in rounds.Where(r => Retention.IsDue(Retention.ClosedOn(r.ClosedUtc, r.ClosesOn), p.AccessCodeDays, today)))
        {
            var n = await db.AccessCodes.Where(c => db.Invitations.Any(i => i.Id == c.InvitationId && i.RoundId == round.Id)).ExecuteDeleteAsync(ct);
            Log(db, now, round.PartnershipId, "retention.access-codes-deleted", $"Round {round.Id}: {Wording.Count(n, "personal link hash", "personal link hashes")} deleted");
            await db.SaveChangesAsync(ct);
            total += n;
        }
        return total;
    }

    private async Task<(int Emails, int Files)> SentEmailsAsync(PoetDb db, RetentionPeriods p, DateTime now, CancellationToken ct)
    {
        var before = now.AddDays(-p.OutboxDays);
        var emails = await db.Emails.Where(m => (m.Status == EmailStatus.Sent && m.SentUtc != null && m.SentUtc <= before)
                                                || (m.Status == EmailStatus.Failed && m.CreatedUtc <= before)).ExecuteDeleteAsync(ct);
        var files = 0;
        var folder = mail.Value.PickupFolder;
        if (Directory.Exists(folder))
            foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
                if (File.GetLastWriteTimeUtc(file) <= before)
                {
                    File.Delete(file);
                    files++;
                }
        if (emails + files > 0)
        {
            Log(db, now, null, "retention.emails-deleted", $"{Wording.Count(emails, "sent email")} and {Wording.Count(files, "outbox file")} older than {Wording.Count(p.OutboxDays, "day")} deleted");
            await db.SaveChangesAsync(ct);
        }
        return (emails, files);
    }

    private static async Task<int> InterviewNotesAsync(PoetDb db, RetentionPeriods p, DateTime now, DateOnly today, CancellationToken ct)
    {
        var total = 0;
        var closed = await db.UcQuestionnaires.Where(q => q.Status == UcStatus.Closed && q.NotesDeletedUtc == null).ToListAsync(ct);
        foreach (var q in closed)
        {
            // Closed before POET kept the time: the clock starts now, never earlier than the host could expect.
            q.ClosedUtc ??= now;
            if (!Retention.IsDue(DateOnly.FromDateTime(q.ClosedUtc.Value), p.InterviewNoteDays, today)) continue;
            var n = await db.UcInterviews.Where(i => i.QuestionnaireId == q.Id && i.Notes != "").ExecuteUpdateAsync(s => s.SetProperty(i => i.Notes, ""), ct);
            q.NotesDeletedUtc = now;
            Log(db, now, q.PartnershipId, "retention.interview-notes-deleted", $"Questionnaire {q.Id}: notes of {Wording.Count(n, "interview")} deleted; approved quotations kept");
            total += n;
        }
        await db.SaveChangesAsync(ct);
        return total;
    }

    private static async Task<int> AuditDetailsAsync(PoetDb db, RetentionPeriods p, DateTime now, CancellationToken ct)
    {
        var before = now.AddDays(-p.AuditDetailDays);
        var n = await db.Audit.Where(a => a.AtUtc <= before && a.Detail != "").ExecuteUpdateAsync(s => s.SetProperty(a => a.Detail, ""), ct);
        if (n > 0)
        {
            Log(db, now, null, "retention.audit-details-reduced", $"Details of {Wording.Count(n, "audit entry", "audit entries")} older than {Wording.Count(p.AuditDetailDays, "day")} removed");
            await db.SaveChangesAsync(ct);
        }
        return n;
    }
}
