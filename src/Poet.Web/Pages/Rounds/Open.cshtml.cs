using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds;

/// <summary>Opens a draft round. From here on its questions are frozen, so later rounds compare like with like.</summary>
[CoordinatorOnly]
public class OpenModel(PoetDb db) : PageModel
{
    public const string NotDraft = "This round is already open or closed. A round cannot go back to being a draft.";
    public const string ClosingDatePassed = "The closing date has passed. Change it in the settings before you open the round.";

    public SurveyRound Round { get; private set; } = null!;
    public int ItemCount { get; private set; }
    public int RosterCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        if (Round.Status != RoundStatus.Draft) ModelState.AddModelError("", NotDraft);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        if (Round.Status != RoundStatus.Draft) ModelState.AddModelError("", NotDraft);
        else if (Round.ClosesOn < DateOnly.FromDateTime(db.UtcNow)) ModelState.AddModelError("", ClosingDatePassed);
        if (!ModelState.IsValid) return Page();
        Round.Status = RoundStatus.Open;
        db.Record(User, pid, "round.opened", $"Round {rid}: {Round.Title}");
        await db.SaveChangesAsync();
        this.Notify($"{Round.Title} is now open");
        return Redirect(RoundLinks.Invitations(pid, rid));
    }

    private async Task LoadAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        ItemCount = await db.RoundItems.CountAsync(i => i.RoundId == rid);
        RosterCount = await db.Invitations.CountAsync(i => i.RoundId == rid);
    }
}
