using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Poet.Data;
using Poet.Data.Documents;
using Poet.Data.Entities;
using Poet.Data.Outbox;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Sends queued email. Survey invitations and reminders get a fresh access code at the moment of sending, so the
/// plain link exists only in the message; other bodies are scrubbed once delivered.
/// </summary>
public sealed class OutboxWorker(Outbox outbox, IOptions<PoetOptions> options, ILogger<OutboxWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await outbox.SendPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Outbox batch failed");
            }
            try
            {
                await Task.Delay(options.Value.OutboxPollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

/// <summary>
/// Only the instance holding the outbox lease sends. It renews the lease before each message, and the lease outlasts
/// one send, so no other instance can pick up a message while it is being sent: none goes out twice.
/// </summary>
public sealed class Outbox(IServiceScopeFactory scopes, MailTransport transport, PublicUrls urls, Leases leases, IOptions<PoetOptions> options, ILogger<Outbox> log)
{
    public const int MaxAttempts = 5;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Sends everything pending; returns how many messages were attempted.</summary>
    public async Task<int> SendPendingAsync(CancellationToken ct = default)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            var total = 0;
            for (int n; (n = await SendBatchAsync(ct)) > 0;) total += n;
            return total;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<int> SendBatchAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
        if (!await leases.TryClaimAsync(JobLease.Outbox, options.Value.JobLease, ct)) return 0;
        var now = db.UtcNow;
        var batch = await db.Emails.Where(m => m.Status == EmailStatus.Pending && m.NotBeforeUtc <= now).OrderBy(m => m.Id).Take(50).ToListAsync(ct);
        var sent = 0;
        foreach (var message in batch)
        {
            if (!await leases.TryClaimAsync(JobLease.Outbox, options.Value.JobLease, ct)) break;
            await SendOneAsync(db, message, ct);
            sent++;
        }
        return sent;
    }

    private async Task SendOneAsync(PoetDb db, EmailMessage message, CancellationToken ct)
    {
        Invitation? invitation = null;
        string body = message.Body, subject = message.Subject;
        if (message.Kind is EmailKind.SurveyInvitation or EmailKind.SurveyReminder && message.InvitationId is int invitationId)
        {
            invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId, ct);
            var round = invitation is null ? null : await db.Rounds.Include(r => r.Partnership).SingleAsync(r => r.Id == invitation.RoundId, ct);
            if (invitation is null || round is null || (message.Kind == EmailKind.SurveyReminder && invitation.HasSubmitted))
            {
                message.Status = EmailStatus.Sent;
                message.Body = "Not sent: the invitation was removed or the person has already responded.";
                await db.SaveChangesAsync(ct);
                return;
            }
            var (code, token, shortCode) = AccessCodes.Issue(round.CodeSalt);
            invitation.Codes.Add(code);
            await db.SaveChangesAsync(ct);
            var fields = new Dictionary<string, string>
            {
                ["Name"] = string.IsNullOrWhiteSpace(invitation.Name) ? "colleague" : invitation.Name,
                ["Partnership"] = round.Partnership?.Name ?? "",
                ["Link"] = urls.SurveyLink(token),
                ["Code"] = shortCode,
                ["CodeEntry"] = urls.SurveyCodeEntry,
                ["ClosesOn"] = round.ClosesOn.ToString("d MMMM yyyy"),
                ["Minutes"] = (await SurveyWording.MinutesNeededAsync(db, round.Id, ct)).ToString(CultureInfo.InvariantCulture),
            };
            subject = MessageTemplates.Render(subject, fields);
            body = MessageTemplates.Render(body, fields);
        }

        try
        {
            await transport.SendAsync(message.To, subject, body, ct);
            message.Status = EmailStatus.Sent;
            message.SentUtc = db.UtcNow;
            message.LastError = null;
            message.Body = message.Kind == EmailKind.Plain ? "(delivered; body removed because it may hold a personal link)" : message.Body;
            if (invitation is not null)
            {
                invitation.SendStatus = SendStatus.Sent;
                invitation.SentUtc ??= db.UtcNow;
                invitation.LastError = null;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            message.Attempts++;
            message.LastError = e.Message;
            message.Status = message.Attempts >= MaxAttempts ? EmailStatus.Failed : EmailStatus.Pending;
            message.NotBeforeUtc = db.UtcNow.AddMinutes(Math.Pow(2, message.Attempts));
            if (invitation is not null)
            {
                invitation.SendStatus = SendStatus.Failed;
                invitation.LastError = e.Message;
            }
            log.LogWarning("Email {Id} to a roster member failed: {Error}", message.Id, e.Message);
        }
        await db.SaveChangesAsync(ct);
    }
}

public static class MessageTemplates
{
    /// <summary>Replaces {Field} placeholders; unknown placeholders stay visible so a coordinator notices them.</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string> fields) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{(\w+)\}", m => fields.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    public const string InvitationSubject = "Your invitation to the {Partnership} staff survey";
    public const string InvitationBody =
        """
        Dear {Name},

        You are invited to take part in the staff survey of {Partnership}. It asks how the partnership feels to you,
        how it is organised, and which outcomes for the people it serves you think it should deliver. It takes about
        {Minutes} minutes, and you can stop and carry on later: your answers are saved page by page.

        Your answers are anonymous. This personal link lets you in, but POET keeps no record of which answers are yours,
        and results are only shown for groups of 5 or more people.

        Start the survey: {Link}

        Or go to {CodeEntry} and type this code: {Code}

        The survey closes on {ClosesOn}. Please do not forward this email: the link is personal.
        """;
    public const string ReminderSubject = "Reminder: the {Partnership} staff survey closes on {ClosesOn}";
    public const string ReminderBody =
        """
        Dear {Name},

        We have not yet received your answers to the {Partnership} staff survey. If you have already started, please
        carry on with the link in your first email: your answers are saved there.

        If you have not started, use this new personal link: {Link}
        (or go to {CodeEntry} and type {Code}).

        The survey closes on {ClosesOn}. If you have just submitted, thank you, and please ignore this message.
        """;
}
