using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

public class CheckModel(PoetDb db, SealedAnswers sealer, SubmissionMix mix, TimeProvider clock) : SurveyPageModel(db, sealer, clock)
{
    public AnswersSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await EnterAsync(token) is { } away) return away;
        Summary = await AnswersSummary.LoadAsync(Db, Round, SurveyResponse, BasePath, paged: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await EnterAsync(token) is { } away) return away;
        // One transaction: the draft goes, the answers wait sealed for the mix (SubmissionMix), the invitation is marked.
        // Of two tabs or a double click exactly one wins: the other finds the draft already gone.
        OutcomesForm.DropUnfinished(SurveyResponse);
        // The entry comes untracked (SurveyEntry.ResolveAsync): attached, the draft's delete and the invitation's one
        // changed column are all this save writes.
        Db.Attach(Entry.Draft!);
        Db.Attach(Entry.Invitation!);
        mix.Stage(Db, Entry.Draft!, SurveyResponse, Entry.Invitation!);
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // The other tab won; this one goes to the start page, which says the answers are already in.
            return Redirect(BasePath);
        }
        return Redirect(SurveyLinks.Done(token));
    }
}
