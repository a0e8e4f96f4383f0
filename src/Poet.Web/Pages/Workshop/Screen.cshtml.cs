using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Outcomes;

namespace Poet.Web.Pages.Workshop;

/// <summary>The projector screen: join code, stage, progress and results. workshop-screen.js polls <see cref="OnGetDataAsync"/>.</summary>
[Authorize]
public class ScreenModel(PoetDb db, PublicUrls urls) : RoundPage
{
    public const int PollMilliseconds = 1500;
    /// <summary>While the live connection is up the screen fetches on each signal, and polls only as a safety net.</summary>
    public const int LivePollMilliseconds = 30000;
    public const string VotesHidden = "Votes are hidden until voting closes";

    public string JoinAddress => $"{urls.BaseUrl}/workshop";
    public string QrDataUri { get; private set; } = "";

    public ScreenData? Data { get; private set; }

    public sealed record OutcomeVotes(int Id, string Wording, int Votes);
    /// <summary><see cref="HiddenNote"/> is empty once the facilitator reveals the results, and the outcomes then come most votes first.</summary>
    /// <summary>How the screen lays out <paramref name="outcomes"/> candidates: "few" (up to 8), "many" (up to 20) or "lots" (CSS in poet.css).</summary>
    public static string Band(int outcomes) => outcomes <= 8 ? "few" : outcomes <= 20 ? "many" : "lots";

    public sealed record ScreenData(string Code, string Stage, bool ShowResults, string HiddenNote, int Participants, int Comments, int Proposals,
        int VotesCast, int VotesAvailable, IReadOnlyList<OutcomeVotes> Outcomes)
    {
        /// <summary>The layout band (<see cref="ScreenModel.Band"/>), sent in the JSON so the script follows the same rule.</summary>
        public string Band => ScreenModel.Band(Outcomes.Count);
    }

    public async Task<IActionResult> OnGetAsync(int rid)
    {
        Data = await LoadAsync(rid);
        if (Data is { Code: not "closed" }) QrDataUri = JoinQr.DataUri($"{JoinAddress}/{Data.Code}");
        return Page();
    }

    public async Task<IActionResult> OnGetDataAsync(int rid)
    {
        Response.Headers.CacheControl = "no-store";
        return await LoadAsync(rid) is { } data ? new JsonResult(data) : NotFound();
    }

    private async Task<ScreenData?> LoadAsync(int rid)
    {
        var w = await db.Workshops.AsNoTracking().Where(w => w.RoundId == rid).OrderByDescending(w => w.OpenJoinCode != null).ThenByDescending(w => w.Id).FirstOrDefaultAsync();
        if (w is null) return null;
        var participants = await db.WorkshopParticipants.CountAsync(p => p.WorkshopId == w.Id);
        var contributions = await db.WorkshopContributions.Where(c => c.WorkshopId == w.Id).GroupBy(c => c.Kind == ContributionKind.Comment)
            .Select(g => new { IsComment = g.Key, N = g.Count() }).ToListAsync();
        var votes = await db.WorkshopVotes.Where(v => v.WorkshopId == w.Id).GroupBy(v => v.CandidateId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
        var outcomes = (await db.CandidateOutcomes.Where(c => c.RoundId == rid).OrderBy(c => c.Order).ThenBy(c => c.Id).Select(c => new { c.Id, c.Wording }).ToListAsync())
            .Select(c => new OutcomeVotes(c.Id, c.Wording, w.ResultsRevealed ? votes.GetValueOrDefault(c.Id) : 0)).ToList();
        var showResults = w.ResultsRevealed;
        var hiddenNote = !showResults && w.Stage is WorkshopStage.Vote or WorkshopStage.Results ? VotesHidden : "";
        return new ScreenData(w.OpenJoinCode ?? "closed", WorkshopParticipation.StageLabel(w.Stage), showResults, hiddenNote, participants,
            contributions.Where(c => c.IsComment).Sum(c => c.N), contributions.Where(c => !c.IsComment).Sum(c => c.N),
            votes.Values.Sum(), participants * w.VotesPerParticipant,
            showResults && w.Stage == WorkshopStage.Results ? outcomes.OrderByDescending(o => o.Votes).ThenBy(o => outcomes.IndexOf(o)).ToList() : outcomes);
    }
}
