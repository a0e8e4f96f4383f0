using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

/// <summary>Section 4. Without JavaScript, "Add another" and "Remove" are submit buttons that save and show the page again.</summary>
public class OutcomesModel(PoetDb db, SealedAnswers sealer, TimeProvider clock) : SurveyPageModel(db, sealer, clock)
{
    [BindProperty] public List<OutcomeRow> Rows { get; set; } = [];
    [BindProperty] public string? Button { get; set; }
    public OutcomesView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, int blank = 0)
    {
        if (await EnterAsync(token) is { } away) return away;
        View = new OutcomesView(OutcomesForm.WithBlanks(OutcomesForm.Load(SurveyResponse), Math.Clamp(blank, 0, 1)), nameof(Rows));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await EnterAsync(token) is { } away) return away;
        var rows = OutcomesForm.Validate(Rows, Button, ModelState, nameof(Rows));
        if (!ModelState.IsValid)
        {
            View = new OutcomesView(OutcomesForm.WithBlanks(rows, 0), nameof(Rows));
            return Page();
        }
        OutcomesForm.Apply(SurveyResponse, rows);
        await SaveDraftAsync();
        if (Button == OutcomesForm.AddButton) return Redirect($"{SurveyJourney.Path(BasePath, SurveyJourney.Outcomes)}?blank=1#outcome-{rows.Count + 1}");
        if (Button?.StartsWith(OutcomesForm.RemovePrefix) == true) return Redirect(SurveyJourney.Path(BasePath, SurveyJourney.Outcomes));
        return Redirect(SurveyJourney.Next(BasePath, SurveyJourney.Outcomes));
    }
}
