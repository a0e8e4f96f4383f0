using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

/// <summary>Section 4. Without JavaScript, "Add another" and "Remove" are submit buttons that save and show the page again.</summary>
public class OutcomesModel(PoetDb db, SealedAnswers sealer, TimeProvider clock, IMemoryCache cache) : SurveyPageModel(db, sealer, clock)
{
    [BindProperty] public List<OutcomeRow> Rows { get; set; } = [];
    [BindProperty] public string? Button { get; set; }
    public OutcomesView View { get; private set; } = null!;
    public string BackPath { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, int blank = 0)
    {
        if (await EnterAsync(token) is { } away) return away;
        View = new OutcomesView(OutcomesForm.WithBlanks(OutcomesForm.Load(SurveyResponse), Math.Clamp(blank, 0, 1)), nameof(Rows));
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await EnterAsync(token) is { } away) return away;
        // "Save and come back later" keeps an explanation whose outcome is not written yet; going on needs the outcome.
        var later = Button == SurveyJourney.LaterButton;
        var rows = OutcomesForm.Validate(Rows, Button, ModelState, nameof(Rows), partial: later);
        if (!ModelState.IsValid)
        {
            View = new OutcomesView(OutcomesForm.WithBlanks(rows, 0), nameof(Rows));
            return await ShowAsync();
        }
        OutcomesForm.Apply(SurveyResponse, rows);
        if (!await SaveDraftAsync()) return Redirect(BasePath);
        // "Add another" and "Remove" show the page again, still on the way back to check answers when changing from there.
        var again = SurveyJourney.Path(BasePath, SurveyJourney.Outcomes) + (FromCheck ? "?" + SurveyJourney.FromCheck : "");
        if (Button == OutcomesForm.AddButton) return Redirect($"{again}{(FromCheck ? "&" : "?")}blank=1#outcome-{rows.Count + 1}");
        if (Button?.StartsWith(OutcomesForm.RemovePrefix) == true) return Redirect(again);
        return Redirect(AfterSave(Button, SurveyJourney.Next(BasePath, SurveyJourney.Outcomes)));
    }

    private async Task<PageResult> ShowAsync()
    {
        var lastSection = SurveyJourney.Outcomes - 1;
        BackPath = FromCheck ? CheckPath : SurveyJourney.PreviousPage(BasePath, SurveyJourney.Outcomes, 1, SurveyPages.Count((await SectionForm.FrozenItemsAsync(Db, cache, Round, lastSection)).Count));
        return Page();
    }
}
