using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Workshops;
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
    /// <summary>Without a live connection, how often workshop-live.js refetches the plot and the votes by group (the JSON polls faster).</summary>
    public const int PartsPollMilliseconds = 5000;
    public const string VotesHidden = "Votes are hidden until voting closes";

    public string JoinAddress => $"{urls.BaseUrl}/workshop";
    public string QrDataUri { get; private set; } = "";

    public ScreenData? Data { get; private set; }
    /// <summary>The rating stage's plot, while the workshop is at that stage.</summary>
    public AssumptionData? Assumptions { get; private set; }
    /// <summary>Votes by group (<see cref="WorkshopGroups.Tally"/>), when asked for with ?view=groups and the results are revealed.</summary>
    public (IReadOnlyList<GroupCell> Cells, IReadOnlyDictionary<int, int[]> Votes)? ByGroup { get; private set; }
    public bool GroupsAsked { get; private set; }
    public const string GroupsView = "groups";
    public const string GroupRule = "Groups with fewer than 3 people who voted are merged into ‘Other groups’, so no one’s votes are shown on their own.";

    public sealed record OutcomeVotes(int Id, string Wording, int Votes);
    /// <summary><see cref="HiddenNote"/> is empty once the facilitator reveals the results, and the outcomes then come most votes first.</summary>
    /// <summary>How the screen lays out <paramref name="outcomes"/> candidates: "few" (up to 8), "many" (up to 20) or "lots" (CSS in poet.css).</summary>
    public static string Band(int outcomes) => outcomes <= 8 ? "few" : outcomes <= 20 ? "many" : "lots";

    /// <param name="View">"votes" (the outcomes with their bars), "groups" (the votes by group) or "rating" (the importance × certainty plot).</param>
    public sealed record ScreenData(string Code, string Stage, bool ShowResults, string HiddenNote, int Participants, int Comments, int Proposals,
        int VotesCast, int VotesAvailable, IReadOnlyList<OutcomeVotes> Outcomes, string View)
    {
        /// <summary>The layout band (<see cref="ScreenModel.Band"/>), sent in the JSON so the script follows the same rule.</summary>
        public string Band => ScreenModel.Band(Outcomes.Count);
    }

    public async Task<IActionResult> OnGetAsync(int rid, string? view)
    {
        Response.Headers.CacheControl = "no-store";
        GroupsAsked = view == GroupsView;
        Data = await LoadAsync(rid, GroupsAsked);
        if (Data is { Code: not "closed" }) QrDataUri = JoinQr.DataUri($"{JoinAddress}/{Data.Code}");
        if (Data is null) return Page();
        var w = await LatestAsync(rid);
        if (w!.Stage == WorkshopStage.Rate) Assumptions = await AssumptionData.LoadAsync(db, w);
        if (Data.View == GroupsView)
        {
            var votes = await (from v in db.WorkshopVotes join p in db.WorkshopParticipants on v.ParticipantId equals p.Id
                               where v.WorkshopId == w.Id select new { v.CandidateId, p.GroupNumber, v.ParticipantId }).ToListAsync();
            ByGroup = WorkshopGroups.Tally(votes.Select(v => (v.CandidateId, v.GroupNumber, v.ParticipantId)).ToList());
        }
        return Page();
    }

    public async Task<IActionResult> OnGetDataAsync(int rid, string? view)
    {
        Response.Headers.CacheControl = "no-store";
        return await LoadAsync(rid, view == GroupsView) is { } data ? new JsonResult(data) : NotFound();
    }

    private Task<Data.Entities.Workshop?> LatestAsync(int rid) =>
        db.Workshops.AsNoTracking().Where(w => w.RoundId == rid).OrderByDescending(w => w.OpenJoinCode != null).ThenByDescending(w => w.Id).FirstOrDefaultAsync();

    private async Task<ScreenData?> LoadAsync(int rid, bool groups)
    {
        var w = await LatestAsync(rid);
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
            showResults && w.Stage == WorkshopStage.Results ? outcomes.OrderByDescending(o => o.Votes).ThenBy(o => outcomes.IndexOf(o)).ToList() : outcomes,
            w.Stage == WorkshopStage.Rate ? "rating" : groups && showResults ? GroupsView : "votes");
    }
}
