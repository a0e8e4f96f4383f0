using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Survey;

namespace Poet.Web.Pages.Rounds.Paper;

[CoordinatorOnly]
public class PaperAboutModel(PoetDb db) : PaperPageModel(db)
{
    [BindProperty] public AboutForm Form { get; set; } = new();
    public AboutView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid, int rid, Guid responseId)
    {
        if (await LoadAsync(pid, rid, responseId) is { } away) return away;
        Form = AboutForm.From(PaperResponse);
        View = new AboutView(Form, await AboutChoices.LoadAsync(Db, pid), "Form.");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid, Guid responseId)
    {
        if (await LoadAsync(pid, rid, responseId) is { } away) return away;
        var choices = await AboutChoices.LoadAsync(Db, pid);
        if (!Form.TryApply(PaperResponse, choices, ModelState, "Form."))
        {
            View = new AboutView(Form, choices, "Form.");
            return Page();
        }
        await Db.SaveChangesAsync();
        return Redirect(SurveyJourney.Next(BasePath, SurveyJourney.About));
    }
}
