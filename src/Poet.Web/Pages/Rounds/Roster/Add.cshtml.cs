using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds.Roster;

[CoordinatorOnly]
public class AddModel(PoetDb db) : PageModel
{
    public const string Closed = "This round is closed, so no one can be added to its roster.";

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int? PartnerId { get; set; }
    [BindProperty] public int? ProfessionId { get; set; }

    public SurveyRound Round { get; private set; } = null!;
    public IReadOnlyList<PartnerOrganisation> Partners { get; private set; } = [];
    public IReadOnlyList<ProfessionalGroup> Professions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        if (Round.Status == RoundStatus.Closed) ModelState.AddModelError("", Closed);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        if (Round.Status == RoundStatus.Closed)
        {
            ModelState.AddModelError("", Closed);
            return Page();
        }
        var email = Email?.Trim().ToLowerInvariant() ?? "";
        if (EmailAddresses.Problem(email) is { } emailProblem) ModelState.AddModelError(nameof(Email), emailProblem);
        else if (await db.Invitations.AnyAsync(i => i.RoundId == rid && i.Email == email)) ModelState.AddModelError(nameof(Email), "This email address is already on the roster");
        if (Name?.Trim().Length > RosterFile.MaxNameLength) ModelState.AddModelError(nameof(Name), $"Name must be {RosterFile.MaxNameLength} characters or fewer");
        if (Partners.All(p => p.Id != PartnerId)) ModelState.AddModelError(nameof(PartnerId), "Select the partner organisation that employs this person");
        if (ProfessionId is not null && Professions.All(p => p.Id != ProfessionId)) ModelState.AddModelError(nameof(ProfessionId), "Select a professional group from the list, or \"Not known\"");
        if (!ModelState.IsValid) return Page();

        db.Invitations.Add(new Invitation { RoundId = rid, Email = email, Name = string.IsNullOrWhiteSpace(Name) ? null : Name.Trim(), PartnerOrganisationId = PartnerId!.Value, ProfessionalGroupId = ProfessionId });
        db.Record(User, pid, "roster.added", $"Round {rid}: {email}");
        await db.SaveChangesAsync();
        this.Notify($"{email} added to the roster");
        return Redirect(RoundLinks.Roster(pid, rid));
    }

    private async Task LoadAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        Partners = await db.PartnerOrganisations.Where(p => p.PartnershipId == pid).OrderBy(p => p.Name).ToListAsync();
        Professions = await db.ProfessionalGroups.Where(p => p.PartnershipId == pid).OrderBy(p => p.Name).ToListAsync();
    }
}
