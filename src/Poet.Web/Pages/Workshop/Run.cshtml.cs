using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Outcomes;

namespace Poet.Web.Pages.Workshop;

/// <summary>The facilitator's controls for a round's feedback workshop: open it, move everyone through the stages, close it.</summary>
[Authorize]
public class RunModel(PoetDb db, PublicUrls urls, WorkshopEvents events) : RoundPage
{
    [BindProperty] public int? VotesPerParticipant { get; set; } = WorkshopRules.DefaultVotesPerParticipant;
    [BindProperty] public int? GroupCount { get; set; } = WorkshopRules.DefaultGroupCount;
    [BindProperty] public WorkshopStage? Stage { get; set; }
    [BindProperty] public int? RateTop { get; set; }

    public Data.Entities.Workshop? Open { get; private set; }
    public int Participants { get; private set; }
    public int Candidates { get; private set; }
    public int ProposalsToDecide { get; private set; }
    public string JoinUrl => $"{urls.BaseUrl}/workshop/{Open?.JoinCode}";
    public string QrDataUri { get; private set; } = "";
    /// <summary>The rating stage's plot and disagreements, once the workshop is at that stage or anyone has rated.</summary>
    public AssumptionData? Assumptions { get; private set; }

    public async Task<IActionResult> OnGetAsync(int rid)
    {
        await LoadAsync(rid);
        RateTop = Open?.RateTop;
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(int pid, int rid)
    {
        await LoadAsync(rid);
        ModelState.Clear();
        if (Open is not null) return Redirect(OutcomeLinks.Workshop(pid, rid));
        if (Candidates == 0) ModelState.AddModelError("", "Make candidate outcomes in the outcomes workspace before opening a workshop");
        if (VotesPerParticipant is null or < 1 or > WorkshopRules.MaxVotesPerParticipant)
            ModelState.AddModelError(nameof(VotesPerParticipant), $"Enter how many votes each participant has, a whole number from 1 to {WorkshopRules.MaxVotesPerParticipant}");
        if (GroupCount is null or < 1 or > WorkshopRules.MaxGroupCount)
            ModelState.AddModelError(nameof(GroupCount), $"Enter how many small groups there are, a whole number from 1 to {WorkshopRules.MaxGroupCount}");
        if (!ModelState.IsValid) return Page();

        for (var attempt = 0; ; attempt++)
        {
            var code = WorkshopParticipation.NewCode(WorkshopParticipation.JoinCodeLength);
            var workshop = new Data.Entities.Workshop
            {
                RoundId = rid, JoinCode = code, OpenJoinCode = code, Stage = WorkshopStage.Review, VotesPerParticipant = VotesPerParticipant!.Value,
                GroupCount = GroupCount!.Value, OpenedBy = User.Identity?.Name ?? "", OpenedUtc = db.UtcNow,
            };
            db.Workshops.Add(workshop);
            db.Record(User, pid, "workshop.opened", $"{VotesPerParticipant} votes, {GroupCount} groups");
            try
            {
                await db.SaveChangesAsync();
                return Redirect(OutcomeLinks.Workshop(pid, rid));
            }
            catch (DbUpdateException) when (attempt < 5)
            {   // The code is in use by another open workshop (unique index): draw another.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<IActionResult> OnPostStageAsync(int pid, int rid)
    {
        await LoadAsync(rid);
        if (Open is null) return Redirect(OutcomeLinks.Workshop(pid, rid));
        ModelState.Remove(nameof(Stage));
        ModelState.Remove(nameof(RateTop));
        if (Stage is null || !Enum.IsDefined(Stage.Value)) ModelState.AddModelError(nameof(Stage), "Select the stage to move everyone to");
        else if (Stage == WorkshopStage.Rate && RateTop is null or < 1 or > WorkshopRules.MaxRateTop)
            ModelState.AddModelError(nameof(RateTop), $"Enter how many of the most-voted outcomes to rate, a whole number from 1 to {WorkshopRules.MaxRateTop}");
        if (!ModelState.IsValid) return Page();
        var workshop = await db.Workshops.SingleAsync(w => w.Id == Open.Id);
        workshop.Stage = Stage!.Value;
        if (Stage == WorkshopStage.Rate) workshop.RateTop = RateTop!.Value;
        db.Record(User, pid, "workshop.stage", WorkshopParticipation.StageLabel(Stage.Value));
        await db.SaveChangesAsync();
        await events.ChangedAsync(workshop, WorkshopChange.Stage);
        return Redirect(OutcomeLinks.Workshop(pid, rid));
    }

    /// <summary>Shows (or hides again) the votes on the projector and the phones; until then they show only how many are cast.</summary>
    public async Task<IActionResult> OnPostRevealAsync(int pid, int rid, bool reveal = true)
    {
        var workshop = await db.Workshops.SingleOrDefaultAsync(w => w.RoundId == rid && w.OpenJoinCode != null);
        if (workshop is not null && workshop.ResultsRevealed != reveal)
        {
            workshop.ResultsRevealed = reveal;
            db.Record(User, pid, reveal ? "workshop.results-revealed" : "workshop.results-hidden", workshop.JoinCode);
            await db.SaveChangesAsync();
            await events.ChangedAsync(workshop, WorkshopChange.Reveal);
        }
        return Redirect(OutcomeLinks.Workshop(pid, rid));
    }

    public async Task<IActionResult> OnPostCloseAsync(int pid, int rid)
    {
        var workshop = await db.Workshops.SingleOrDefaultAsync(w => w.RoundId == rid && w.OpenJoinCode != null);
        if (workshop is not null)
        {
            workshop.OpenJoinCode = null;
            workshop.ClosedUtc = db.UtcNow;
            db.Record(User, pid, "workshop.closed", workshop.JoinCode);
            await db.SaveChangesAsync();
            await events.ChangedAsync(workshop, WorkshopChange.Closed);
        }
        return Redirect(OutcomeLinks.Workshop(pid, rid));
    }

    private async Task LoadAsync(int rid)
    {
        Open = await db.Workshops.AsNoTracking().SingleOrDefaultAsync(w => w.RoundId == rid && w.OpenJoinCode != null);
        Candidates = await db.CandidateOutcomes.CountAsync(c => c.RoundId == rid);
        ProposalsToDecide = await db.WorkshopContributions.CountAsync(c => c.Kind == ContributionKind.MissingOutcome && c.Decision == ProposalDecision.Open
            && db.Workshops.Any(w => w.Id == c.WorkshopId && w.RoundId == rid));
        if (Open is null) return;
        Participants = await db.WorkshopParticipants.CountAsync(p => p.WorkshopId == Open.Id);
        if (Open.Stage == WorkshopStage.Rate || await db.WorkshopRatings.AnyAsync(r => r.WorkshopId == Open.Id)) Assumptions = await AssumptionData.LoadAsync(db, Open);
        QrDataUri = JoinQr.DataUri(JoinUrl);
    }
}
