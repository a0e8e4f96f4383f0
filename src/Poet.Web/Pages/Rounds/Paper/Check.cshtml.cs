using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Survey;

namespace Poet.Web.Pages.Rounds.Paper;

[CoordinatorOnly]
public class PaperCheckModel(PoetDb db) : PaperPageModel(db)
{
    public AnswersSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid, int rid, Guid responseId)
    {
        if (await LoadAsync(pid, rid, responseId) is { } away) return away;
        Summary = await AnswersSummary.LoadAsync(Db, Round, PaperResponse, BasePath);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid, Guid responseId)
    {
        if (await LoadAsync(pid, rid, responseId) is { } away) return away;
        var won = await Db.Responses.Where(r => r.Id == responseId && r.RoundId == rid && !r.IsSubmitted)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsSubmitted, true));
        if (won == 0) return Redirect(IndexPath);
        // After the response is saved, never before: a report read in between would cache the old answers under the new version.
        await Db.Rounds.Where(r => r.Id == rid).ExecuteUpdateAsync(s => s.SetProperty(r => r.AnswersVersion, r => r.AnswersVersion + 1));
        // No response id in the audit trail: the trail's times must not point at a particular response.
        Db.Record(User, pid, "paper.keyed", $"A paper questionnaire was keyed in for round {rid}");
        await Db.SaveChangesAsync();
        // A paper return keyed after the close changes the closed round's counts, so its national aggregate follows.
        await NationalAggregate.RefreshAsync(Db, rid, HttpContext.RequestAborted);
        this.Notify("The paper questionnaire has been added");
        return Redirect(IndexPath);
    }
}
