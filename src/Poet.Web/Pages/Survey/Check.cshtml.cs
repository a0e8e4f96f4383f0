using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

public class CheckModel(PoetDb db, CompletionFlags flags, TimeProvider clock) : SurveyPageModel(db, flags, clock)
{
    public AnswersSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await EnterAsync(token) is { } away) return away;
        Summary = await AnswersSummary.LoadAsync(Db, Round, SurveyResponse, BasePath);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await EnterAsync(token) is { } away) return away;
        // One conditional statement: of two tabs or a double click exactly one wins, and the response gets a date, never a time.
        // The invitation is not touched here: only a sealed pending flag is saved with the submission, so that
        // both are durable once acknowledged; the flag reaches the invitation later in a shuffled batch (CompletionFlags).
        var today = Today;
        await using var transaction = await Db.Database.BeginTransactionAsync();
        var won = await Db.Responses.Where(r => r.Id == SurveyResponse.Id && !r.IsSubmitted)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsSubmitted, true).SetProperty(r => r.SubmittedOn, today));
        if (won == 0) return Redirect(BasePath);
        // A submission racing the close lands in a closed round whose report may already be cached; while the round is open this touches no row.
        var rid = Round.Id;
        await Db.Rounds.Where(r => r.Id == rid && r.Status == RoundStatus.Closed)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AnswersVersion, r => r.AnswersVersion + 1));
        Flags.Stage(Db, Entry.Invitation!.Id);
        await Db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Redirect(SurveyLinks.Done(token));
    }
}
