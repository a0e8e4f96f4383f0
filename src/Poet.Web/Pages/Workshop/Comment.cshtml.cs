using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Workshop;

/// <summary>A comment on an outcome (review stage), a better wording for it, or a missing outcome (propose stage).</summary>
public class CommentModel(PoetDb db, WorkshopEvents events) : PageModel
{
    [BindProperty] public string? Text { get; set; }
    public string? Wording { get; private set; }
    public ContributionKind Kind { get; private set; }
    public string Code { get; private set; } = "";

    public string Label => Kind switch
    {
        ContributionKind.Comment => "Your comment",
        ContributionKind.Rewording => "Your better wording",
        _ => "The missing outcome",
    };

    public async Task<IActionResult> OnGetAsync(string code, int? cid) => await LoadAsync(code, cid) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code, int? cid)
    {
        if (await LoadAsync(code, cid) is { } elsewhere) return elsewhere;
        var text = Text?.Trim() ?? "";
        if (text.Length == 0)
            ModelState.AddModelError(nameof(Text), Kind switch { ContributionKind.Comment => "Enter your comment", ContributionKind.Rewording => "Enter your suggested wording", _ => "Enter the missing outcome" });
        else if (text.Length > WorkshopParticipation.MaxTextLength)
            ModelState.AddModelError(nameof(Text), $"Keep it to {WorkshopParticipation.MaxTextLength:N0} characters or fewer; it has {text.Length:N0}");
        if (!ModelState.IsValid) return Page();

        var (workshop, participant, _) = (await WorkshopParticipation.CurrentAsync(db, HttpContext, code))!.Value;
        db.WorkshopContributions.Add(new WorkshopContribution
        {
            WorkshopId = workshop.Id, ParticipantId = participant.Id, CandidateId = cid, Kind = Kind, Text = text, CreatedUtc = db.UtcNow,
        });
        await db.SaveChangesAsync();
        await events.ChangedAsync(workshop, WorkshopChange.Contribution);
        return Redirect($"/workshop/{workshop.JoinCode}/session?done=comment");
    }

    /// <summary>Null when the page can be shown; otherwise where to send the participant instead.</summary>
    private async Task<IActionResult?> LoadAsync(string code, int? cid)
    {
        if (await WorkshopParticipation.CurrentAsync(db, HttpContext, code) is not { } current) return Redirect($"/workshop/{WorkshopParticipation.Normalise(code)}");
        var workshop = current.Workshop;
        Code = workshop.JoinCode;
        var session = $"/workshop/{workshop.JoinCode}/session";
        if (cid is not null)
        {
            Wording = await db.CandidateOutcomes.Where(c => c.Id == cid && c.RoundId == workshop.RoundId).Select(c => c.Wording).SingleOrDefaultAsync();
            if (Wording is null) return NotFound();
        }
        (Kind, var allowed) = (workshop.Stage, cid) switch
        {
            (WorkshopStage.Review, not null) => (ContributionKind.Comment, true),
            (WorkshopStage.Propose, not null) => (ContributionKind.Rewording, true),
            (WorkshopStage.Propose, null) => (ContributionKind.MissingOutcome, true),
            _ => (ContributionKind.Comment, false),
        };
        return allowed ? null : Redirect(session);
    }
}
