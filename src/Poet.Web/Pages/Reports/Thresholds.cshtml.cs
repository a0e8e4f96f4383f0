using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Rounds;

namespace Poet.Web.Pages.Reports;

/// <summary>
/// The coordinator sets the round's celebration/development thresholds, until the report is first published to
/// staff (<see cref="SurveyRound.ThresholdsLockedUtc"/>): after that staff have read the lists, so the rule stays.
/// </summary>
[Authorize, CoordinatorOnly]
public class ThresholdsModel(PoetDb db) : PageModel
{
    public const string Saved = "The thresholds for celebration and development have been saved. The report uses them.";

    public static string LockedBecause(DateTime lockedUtc) =>
        $"The report was published to staff on {ReportFormat.Date(DateOnly.FromDateTime(lockedUtc))}, so these thresholds can no longer change: " +
        "staff have read the areas for celebration and development they chose. A later round can use different thresholds.";

    [BindProperty] public ThresholdsForm Form { get; set; } = new();
    public SurveyRound Round { get; private set; } = null!;
    public DateTime? LockedUtc { get; private set; }

    public async Task OnGetAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        Form = ThresholdsForm.From(Round);
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        if (LockedUtc is { } locked)
        {
            ModelState.AddModelError("", LockedBecause(locked));
            return Page();
        }
        if (!Form.TryApply(Round, ModelState)) return Page();
        db.Record(User, pid, "round.thresholds-changed",
            $"Round {rid}: celebration {Round.CelebrationMinAgreePercent}% agree, {Round.CelebrationMaxDisagreePercent}% disagree; development {Round.DevelopmentMinDisagreePercent}% disagree, {Round.DevelopmentDontKnowAbovePercent}% don't know");
        await db.SaveChangesAsync();
        this.Notify(Saved);
        return Redirect(Round.Status == RoundStatus.Draft ? RoundLinks.Settings(pid, rid) : RoundLinks.Report(pid, rid));
    }

    /// <summary>Locked from the first publication; a round published before the lock column existed is locked too.</summary>
    private async Task LoadAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        LockedUtc = Round.ThresholdsLockedUtc
            ?? await db.PublishedReports.Where(p => p.RoundId == rid).Select(p => (DateTime?)p.PublishedUtc).FirstOrDefaultAsync();
    }
}
