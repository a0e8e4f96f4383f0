using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

public class AboutModel(PoetDb db, SealedAnswers sealer, TimeProvider clock) : SurveyPageModel(db, sealer, clock)
{
    [BindProperty] public AboutForm Form { get; set; } = new();
    [BindProperty] public string? Button { get; set; }
    public AboutView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await EnterAsync(token) is { } away) return away;
        Form = AboutForm.From(SurveyResponse);
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await EnterAsync(token) is { } away) return away;
        var choices = await AboutChoices.LoadAsync(Db, Round.PartnershipId);
        if (!Form.TryApply(SurveyResponse, choices, ModelState, "Form.")) return await ShowAsync();
        if (!await SaveDraftAsync()) return Redirect(BasePath);
        return Redirect(AfterSave(Button, SurveyJourney.Next(BasePath, SurveyJourney.About)));
    }

    private async Task<PageResult> ShowAsync()
    {
        View = new AboutView(Form, await AboutChoices.LoadAsync(Db, Round.PartnershipId), "Form.");
        return Page();
    }
}
