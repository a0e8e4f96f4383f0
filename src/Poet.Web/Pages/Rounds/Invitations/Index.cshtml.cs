using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds.Invitations;

/// <summary>
/// Queues invitation emails. Each message carries only the template: the outbox makes the personal link and short code
/// at the moment it sends, so no link ever rests in the database.
/// </summary>
[CoordinatorOnly]
public class IndexModel(PoetDb db) : PageModel
{
    public const string NotOpen = "Open the round before sending invitations.";
    public const string Closed = "This round is closed, so no more invitations can be sent.";

    public SurveyRound Round { get; private set; } = null!;
    public Dictionary<SendStatus, int> Counts { get; private set; } = [];
    public IReadOnlyList<Invitation> Failures { get; private set; } = [];
    public int Count(SendStatus status) => Counts.GetValueOrDefault(status);

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        if (!CanSend()) return Page();
        var now = db.UtcNow;
        var unsent = await db.Invitations.Where(i => i.RoundId == rid && i.SendStatus == SendStatus.NotSent).ToListAsync();
        foreach (var invitation in unsent)
        {
            invitation.SendStatus = SendStatus.Queued;
            db.Emails.Add(new EmailMessage
            {
                Kind = EmailKind.SurveyInvitation, InvitationId = invitation.Id, To = invitation.Email,
                Subject = Round.InvitationSubject, Body = Round.InvitationBody, CreatedUtc = now, NotBeforeUtc = now,
            });
        }
        db.Record(User, pid, "invitations.sent", $"Round {rid}: {unsent.Count} invitations queued");
        await db.SaveChangesAsync();
        this.Notify(unsent.Count == 0 ? "Everyone on the roster has already been sent an invitation." : $"{unsent.Count} {(unsent.Count == 1 ? "invitation is" : "invitations are")} being sent.");
        return Redirect(RoundLinks.Invitations(pid, rid));
    }

    public async Task<IActionResult> OnPostRetryAsync(int pid, int rid, int invitationId)
    {
        await LoadAsync(pid, rid);
        if (!CanSend()) return Page();
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.RoundId == rid && i.SendStatus == SendStatus.Failed);
        if (invitation is null) return Redirect(RoundLinks.Invitations(pid, rid));
        var now = db.UtcNow;
        var unsent = await db.Emails.Where(m => m.InvitationId == invitation.Id && m.Status != EmailStatus.Sent).ToListAsync();
        foreach (var message in unsent)
        {
            (message.Status, message.Attempts, message.NotBeforeUtc, message.LastError) = (EmailStatus.Pending, 0, now, null);
        }
        if (unsent.Count == 0)
            db.Emails.Add(new EmailMessage
            {
                Kind = invitation.SentUtc is null ? EmailKind.SurveyInvitation : EmailKind.SurveyReminder, InvitationId = invitation.Id, To = invitation.Email,
                Subject = invitation.SentUtc is null ? Round.InvitationSubject : Round.ReminderSubject,
                Body = invitation.SentUtc is null ? Round.InvitationBody : Round.ReminderBody, CreatedUtc = now, NotBeforeUtc = now,
            });
        (invitation.SendStatus, invitation.LastError) = (SendStatus.Queued, null);
        db.Record(User, pid, "invitations.retried", $"Round {rid}: {invitation.Email}");
        await db.SaveChangesAsync();
        this.Notify($"Trying {invitation.Email} again.");
        return Redirect(RoundLinks.Invitations(pid, rid));
    }

    private bool CanSend()
    {
        if (Round.Status == RoundStatus.Draft) ModelState.AddModelError("", NotOpen);
        if (Round.Status == RoundStatus.Closed) ModelState.AddModelError("", Closed);
        return ModelState.IsValid;
    }

    private async Task LoadAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        Counts = await db.Invitations.Where(i => i.RoundId == rid).GroupBy(i => i.SendStatus).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N);
        Failures = await db.Invitations.Where(i => i.RoundId == rid && i.SendStatus == SendStatus.Failed).OrderBy(i => i.Email).Take(500).ToListAsync();
    }
}
