using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

public class DoneModel(PoetDb db, SealedAnswers sealer, TimeProvider clock) : SurveyPageModel(db, sealer, clock)
{
    public async Task<IActionResult> OnGetAsync(string token)
    {
        await EnterAsync(token);
        return Entry.State == EntryState.Submitted ? Page() : Redirect(BasePath);
    }
}
