using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds.Roster;

/// <summary>
/// Takes someone off the roster. Responses hold no invitation id, so removing a person can never touch answers;
/// once an invitation has gone out the person stays, because removing them would change the response rate.
/// </summary>
[CoordinatorOnly]
public class RemoveModel(PoetDb db) : PageModel
{
    public SurveyRound Round { get; private set; } = null!;
    public Invitation Invitation { get; private set; } = null!;

    public static string AlreadySent(string email) =>
        $"{email} has already been sent an invitation, so they stay on the roster: removing them would change the response rate and stop their link from working.";

    public async Task<IActionResult> OnGetAsync(int pid, int rid, int invitationId)
    {
        if (!await LoadAsync(pid, rid, invitationId)) return NotFound();
        if (!CanRemove()) ModelState.AddModelError("", AlreadySent(Invitation.Email));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid, int invitationId)
    {
        if (!await LoadAsync(pid, rid, invitationId)) return NotFound();
        if (!CanRemove())
        {
            ModelState.AddModelError("", AlreadySent(Invitation.Email));
            return Page();
        }
        db.Invitations.Remove(Invitation);
        db.Record(User, pid, "roster.removed", $"Round {rid}: {Invitation.Email}");
        await db.SaveChangesAsync();
        this.Notify($"{Invitation.Email} removed from the roster");
        return Redirect(RoundLinks.Roster(pid, rid));
    }

    private bool CanRemove() => Round.Status == RoundStatus.Draft || (Invitation.SentUtc is null && Invitation.SendStatus != SendStatus.Queued);

    private async Task<bool> LoadAsync(int pid, int rid, int invitationId)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        Invitation = (await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.RoundId == rid))!;
        return Invitation is not null;
    }
}
