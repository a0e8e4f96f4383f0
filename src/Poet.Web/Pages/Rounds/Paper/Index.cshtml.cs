using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Survey;

namespace Poet.Web.Pages.Rounds.Paper;

[CoordinatorOnly]
public class PaperIndexModel(PoetDb db) : PageModel
{
    public SurveyRound Round { get; private set; } = null!;
    public int Completed { get; private set; }
    public List<Guid> Unfinished { get; private set; } = [];
    /// <summary>Questionnaires keyed in after the close, sealed in the mix until 5 wait (<see cref="SubmissionMix"/>).</summary>
    public int WaitingLate { get; private set; }

    /// <summary>What happens to paper questionnaires keyed in after the close, said on the page before anyone keys one.</summary>
    public const string LateRule =
        "Questionnaires keyed in after the round closed are added to the report only once 5 are waiting, all 5 together, so that nobody can compare the report before and after and read one person's answers. If fewer than 5 are ever keyed in, they are never added.";

    /// <summary>"3 keyed questionnaires are waiting. They will be added to the report once 5 are waiting."</summary>
    public static string Waiting(int n) =>
        $"{n} keyed {(n == 1 ? "questionnaire is" : "questionnaires are")} waiting. They will be added to the report once {SubmissionMix.MinimumBatch} are waiting.";
    /// <summary>Not in a draft round; still allowed once closed, because paper returns arrive by post after the closing date.</summary>
    public static bool CanKeyIn(SurveyRound round) => round.Status != RoundStatus.Draft;

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        Round = await db.Rounds.Include(r => r.Partnership).SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        var paper = db.Responses.Where(r => r.RoundId == rid && r.Mode == ResponseMode.Paper);
        Completed = await paper.CountAsync(r => r.IsSubmitted);
        Unfinished = await paper.Where(r => !r.IsSubmitted).Select(r => r.Id).ToListAsync();
        // Before the close nothing keyed waits (it is counted at once); after it, everything waiting for the round is late paper.
        WaitingLate = Round.Status == RoundStatus.Closed ? await db.SealedSubmissions.CountAsync(s => s.RoundId == rid) : 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid)
    {
        var round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        if (!CanKeyIn(round)) return await OnGetAsync(pid, rid);
        var response = new Response { Id = Guid.NewGuid(), RoundId = rid, Mode = ResponseMode.Paper };
        db.Responses.Add(response);
        await db.SaveChangesAsync();
        return Redirect(SurveyJourney.Path(SurveyLinks.Paper(pid, rid, response.Id), SurveyJourney.About));
    }
}
