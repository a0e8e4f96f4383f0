using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Survey;

namespace Poet.Web.Pages.Rounds.Paper;

[CoordinatorOnly]
public class PaperCheckModel(PoetDb db, SubmissionMix mix) : PaperPageModel(db)
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
        if (Round.Status == RoundStatus.Closed) return await LateAsync(pid, rid);
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

    /// <summary>
    /// After the close a keyed questionnaire waits sealed in the mix with any others keyed since, and reaches the
    /// round's responses (and so every report and export) only in a batch of at least 5 (<see cref="SubmissionMix"/>):
    /// a release that changed by one questionnaire would give that questionnaire's answers to anyone who downloaded
    /// before and after.
    /// </summary>
    private async Task<IActionResult> LateAsync(int pid, int rid)
    {
        var ct = HttpContext.RequestAborted;
        mix.StageLatePaper(Db, PaperResponse);
        Db.Record(User, pid, "paper.keyed", $"A paper questionnaire was keyed in for round {rid} after the close; it waits to be added with others");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Redirect(IndexPath); // a double click: the other request keyed it
        }
        var waiting = await Db.SealedSubmissions.CountAsync(s => s.RoundId == rid, ct);
        await mix.MixAsync(ct: ct);
        var left = await Db.SealedSubmissions.CountAsync(s => s.RoundId == rid, ct);
        this.Notify(left == 0
            ? $"The paper questionnaire has been keyed in. The {waiting} questionnaires that were waiting have now been added to the report"
            : $"The paper questionnaire has been keyed in. {PaperIndexModel.Waiting(left)}");
        return Redirect(IndexPath);
    }
}
