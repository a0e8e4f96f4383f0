using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Workshops;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Workshop;

/// <summary>
/// A participant rates one shortlisted outcome: how important it is, and how certain they are that the partnership can
/// deliver it (1 to 5 each, GOV.UK radios, no JavaScript needed). Saving again replaces their rating; then the next
/// outcome they have not rated, or back to the list.
/// </summary>
public class RateModel(PoetDb db, WorkshopEvents events) : PageModel
{
    [BindProperty] public int? Importance { get; set; }
    [BindProperty] public int? Certainty { get; set; }

    public string Code { get; private set; } = "";
    public string Wording { get; private set; } = "";
    public int Number { get; private set; }
    public int Of { get; private set; }

    public static IReadOnlyList<(string Value, string Label)> Options(IReadOnlyList<string> labels) =>
        labels.Select((l, i) => ((i + 1).ToString(), $"{i + 1} – {l}")).ToList();

    public async Task<IActionResult> OnGetAsync(string code, int cid)
    {
        if (await LoadAsync(code, cid) is { } elsewhere) return elsewhere;
        var (workshop, participant, _) = (await WorkshopParticipation.CurrentAsync(db, HttpContext, code))!.Value;
        var mine = await db.WorkshopRatings.AsNoTracking().SingleOrDefaultAsync(r => r.ParticipantId == participant.Id && r.CandidateId == cid);
        (Importance, Certainty) = (mine?.Importance, mine?.Certainty);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int cid)
    {
        if (await LoadAsync(code, cid) is { } elsewhere) return elsewhere;
        ModelState.Remove(nameof(Importance));
        ModelState.Remove(nameof(Certainty));
        if (Importance is not { } importance || !AssumptionRatings.IsOnScale(importance))
            ModelState.AddModelError(nameof(Importance), "Select how important this outcome is, from 1 to 5");
        if (Certainty is not { } certainty || !AssumptionRatings.IsOnScale(certainty))
            ModelState.AddModelError(nameof(Certainty), "Select how certain you are that the partnership can deliver it, from 1 to 5");
        if (!ModelState.IsValid) return Page();

        var (workshop, participant, _) = (await WorkshopParticipation.CurrentAsync(db, HttpContext, code))!.Value;
        for (var attempt = 0; ; attempt++)
        {
            var rating = await db.WorkshopRatings.SingleOrDefaultAsync(r => r.ParticipantId == participant.Id && r.CandidateId == cid);
            if (rating is null) db.WorkshopRatings.Add(rating = new WorkshopRating { WorkshopId = workshop.Id, ParticipantId = participant.Id, CandidateId = cid });
            (rating.Importance, rating.Certainty) = (Importance!.Value, Certainty!.Value);
            try
            {
                await db.SaveChangesAsync();
                break;
            }
            catch (DbUpdateException) when (attempt < 3)
            {   // The same rating sent twice at once (a double tap): the other one was saved first, so update it.
                db.ChangeTracker.Clear();
            }
        }
        await events.ChangedAsync(workshop, WorkshopChange.Rating);
        var shortlist = await AssumptionData.ShortlistAsync(db, workshop);
        var rated = await db.WorkshopRatings.Where(r => r.ParticipantId == participant.Id).Select(r => r.CandidateId).ToListAsync();
        var next = shortlist.SkipWhile(s => s.Id != cid).Skip(1).Concat(shortlist).FirstOrDefault(s => !rated.Contains(s.Id));
        return Redirect(next.Id == 0 ? $"/workshop/{workshop.JoinCode}/session?done=rate" : $"/workshop/{workshop.JoinCode}/rate/{next.Id}");
    }

    /// <summary>Null when the page can be shown; otherwise where to send the participant instead.</summary>
    private async Task<IActionResult?> LoadAsync(string code, int cid)
    {
        if (await WorkshopParticipation.CurrentAsync(db, HttpContext, code) is not { } current) return Redirect($"/workshop/{WorkshopParticipation.Normalise(code)}");
        var workshop = current.Workshop;
        Code = workshop.JoinCode;
        if (workshop.Stage != WorkshopStage.Rate) return Redirect($"/workshop/{Code}/session");
        var shortlist = await AssumptionData.ShortlistAsync(db, workshop);
        var index = shortlist.FindIndex(s => s.Id == cid);
        if (index < 0) return NotFound();
        (Wording, Number, Of) = (shortlist[index].Wording, index + 1, shortlist.Count);
        return null;
    }
}
