using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Workshop;

/// <summary>A participant's view of the workshop at its current stage. Works without JavaScript: reload to see a new stage.</summary>
public class SessionModel(PoetDb db, WorkshopEvents events) : PageModel
{
    /// <summary>How often the page checks for a new stage when its live connection cannot be made (workshop-live.js).</summary>
    public const int FallbackPollMilliseconds = 5000;
    public const string LiveNote = "This page changes by itself when the facilitator moves everyone on.";

    [BindProperty] public int? CandidateId { get; set; }

    public Data.Entities.Workshop Workshop { get; private set; } = null!;
    public WorkshopParticipant Participant { get; private set; } = null!;
    public string RejoinCode { get; private set; } = "";
    public List<Row> Outcomes { get; private set; } = [];
    public int VotesUsed => Outcomes.Sum(o => o.MyVotes);
    public int VotesLeft => Workshop.VotesPerParticipant - VotesUsed;
    public string? Confirmation { get; private set; }

    public sealed record Row(int Id, string Wording, int MyVotes, int MyContributions, int TotalVotes)
    {
        /// <summary>This participant's rating in the rating stage; null until they rate it.</summary>
        public (int Importance, int Certainty)? MyRating { get; init; }
    }

    public int Rated => Outcomes.Count(o => o.MyRating is not null);

    public async Task<IActionResult> OnGetAsync(string code, string? done)
    {
        if (!await LoadAsync(code)) return Redirect($"/workshop/{WorkshopParticipation.Normalise(code)}");
        Confirmation = done switch
        {
            "vote" => "Your vote is saved.",
            "unvote" => "Your vote is taken back.",
            "comment" => "Thank you: your contribution is saved.",
            "rate" => "Your ratings are saved.",
            _ => null
        };
        return Page();
    }

    public async Task<IActionResult> OnPostVoteAsync(string code) => await ChangeVoteAsync(code, cast: true);

    public async Task<IActionResult> OnPostUnvoteAsync(string code) => await ChangeVoteAsync(code, cast: false);

    /// <summary>Reads only what a vote needs; the whole page is loaded only when it has to be shown with a message.</summary>
    private async Task<IActionResult> ChangeVoteAsync(string code, bool cast)
    {
        if (await WorkshopParticipation.CurrentAsync(db, HttpContext, code) is not { } current) return Redirect($"/workshop/{WorkshopParticipation.Normalise(code)}");
        var (workshop, participant, _) = current;
        ModelState.Remove(nameof(CandidateId));
        var wording = await db.CandidateOutcomes.Where(c => c.Id == CandidateId && c.RoundId == workshop.RoundId).Select(c => c.Wording).SingleOrDefaultAsync();
        string? message = null;
        if (workshop.Stage != WorkshopStage.Vote)
            message = workshop.Stage < WorkshopStage.Vote ? "Voting has not started yet. Wait for the facilitator to open voting" : "Voting has closed. Your votes are counted in the results";
        else if (wording is null)
            message = "That outcome is no longer on the list. Choose one of the outcomes below";
        else
        {
            var result = cast
                ? await Voting.CastAsync(db, workshop, participant.Id, CandidateId!.Value)
                : await Voting.RemoveAsync(db, participant.Id, CandidateId!.Value);
            message = result switch
            {
                Voting.Result.NoneLeft => $"You have used all {workshop.VotesPerParticipant} of your votes. Take a vote back from another outcome if you want to move it",
                Voting.Result.OutcomeFull => $"You already have {Poet.Data.WorkshopRules.MaxVotesPerOutcome} votes on ‘{wording}’, the most one outcome can have. Use your other votes on other outcomes",
                Voting.Result.NothingToRemove => $"You have no votes on ‘{wording}’ to take back",
                Voting.Result.Busy => "Many people voted at the same moment and your vote could not be saved. Try again",
                _ => null,
            };
        }
        if (message is not null)
        {
            ModelState.AddModelError("", message);
            await LoadAsync(code);
            return Page();
        }
        await events.ChangedAsync(workshop, WorkshopChange.Votes);
        return Redirect($"/workshop/{workshop.JoinCode}/session?done={(cast ? "vote" : "unvote")}#outcome-{CandidateId}");
    }

    private async Task<bool> LoadAsync(string code)
    {
        if (await WorkshopParticipation.CurrentAsync(db, HttpContext, code) is not { } current) return false;
        var (workshop, participant, rejoin) = current;
        (Workshop, Participant, RejoinCode) = (workshop, participant, rejoin);
        var myVotes = await db.WorkshopVotes.Where(v => v.ParticipantId == participant.Id).GroupBy(v => v.CandidateId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
        var mine = await db.WorkshopContributions.Where(c => c.ParticipantId == participant.Id && c.CandidateId != null).GroupBy(c => c.CandidateId!.Value).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
        var totals = workshop.Stage == WorkshopStage.Results && workshop.ResultsRevealed
            ? await db.WorkshopVotes.Where(v => v.WorkshopId == workshop.Id).GroupBy(v => v.CandidateId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N)
            : [];
        Outcomes = (await db.CandidateOutcomes.Where(c => c.RoundId == workshop.RoundId).OrderBy(c => c.Order).ThenBy(c => c.Id).Select(c => new { c.Id, c.Wording }).ToListAsync())
            .Select(c => new Row(c.Id, c.Wording, myVotes.GetValueOrDefault(c.Id), mine.GetValueOrDefault(c.Id), totals.GetValueOrDefault(c.Id))).ToList();
        if (workshop.Stage == WorkshopStage.Results && workshop.ResultsRevealed) Outcomes = Outcomes.OrderByDescending(o => o.TotalVotes).ToList();
        if (workshop.Stage == WorkshopStage.Rate)
        {   // Only the shortlist, most votes first, each with this participant's rating.
            var ratings = await db.WorkshopRatings.Where(r => r.ParticipantId == participant.Id).ToDictionaryAsync(r => r.CandidateId, r => (r.Importance, r.Certainty));
            var rows = Outcomes.ToDictionary(o => o.Id);
            Outcomes = (await AssumptionData.ShortlistAsync(db, workshop)).Select(s => rows[s.Id] with { MyRating = ratings.TryGetValue(s.Id, out var r) ? r : null }).ToList();
        }
        return true;
    }
}
