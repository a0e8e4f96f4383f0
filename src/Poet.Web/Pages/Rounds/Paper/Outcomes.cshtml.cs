using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Survey;

namespace Poet.Web.Pages.Rounds.Paper;

[CoordinatorOnly]
public class PaperOutcomesModel(PoetDb db) : PaperPageModel(db)
{
    [BindProperty] public List<OutcomeRow> Rows { get; set; } = [];
    [BindProperty] public string? Button { get; set; }
    public OutcomesView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid, int rid, Guid responseId, int blank = 0)
    {
        if (await LoadAsync(pid, rid, responseId) is { } away) return away;
        View = new OutcomesView(OutcomesForm.WithBlanks(OutcomesForm.Load(PaperResponse), Math.Clamp(blank, 0, 1)), nameof(Rows));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid, Guid responseId)
    {
        if (await LoadAsync(pid, rid, responseId) is { } away) return away;
        var rows = OutcomesForm.Validate(Rows, Button, ModelState, nameof(Rows));
        if (!ModelState.IsValid)
        {
            View = new OutcomesView(OutcomesForm.WithBlanks(rows, 0), nameof(Rows));
            return Page();
        }
        OutcomesForm.Apply(PaperResponse, rows);
        await Db.SaveChangesAsync();
        if (Button == OutcomesForm.AddButton) return Redirect($"{SurveyJourney.Path(BasePath, SurveyJourney.Outcomes)}?blank=1#outcome-{rows.Count + 1}");
        if (Button?.StartsWith(OutcomesForm.RemovePrefix) == true) return Redirect(SurveyJourney.Path(BasePath, SurveyJourney.Outcomes));
        return Redirect(SurveyJourney.Next(BasePath, SurveyJourney.Outcomes));
    }
}
