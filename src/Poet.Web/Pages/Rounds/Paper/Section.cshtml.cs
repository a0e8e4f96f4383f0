using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Survey;

namespace Poet.Web.Pages.Rounds.Paper;

[CoordinatorOnly]
public class PaperSectionModel(PoetDb db) : PaperPageModel(db)
{
    [BindProperty] public List<ItemAnswer> Answers { get; set; } = [];
    public int Section { get; private set; }
    public SectionView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid, int rid, Guid responseId, int n)
    {
        if (!SurveyJourney.IsScaleSection(n)) return NotFound();
        if (await LoadAsync(pid, rid, responseId) is { } away) return away;
        var items = await SectionForm.ItemsAsync(Db, rid, n);
        return Show(n, items, SectionForm.Load(PaperResponse, items));
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid, Guid responseId, int n)
    {
        if (!SurveyJourney.IsScaleSection(n)) return NotFound();
        if (await LoadAsync(pid, rid, responseId) is { } away) return away;
        var items = await SectionForm.ItemsAsync(Db, rid, n);
        var answers = SectionForm.Validate(items, Answers, ModelState, nameof(Answers));
        if (!ModelState.IsValid) return Show(n, items, answers);
        SectionForm.Apply(PaperResponse, n, answers);
        await Db.SaveChangesAsync();
        return Redirect(SurveyJourney.Next(BasePath, n));
    }

    private PageResult Show(int n, List<RoundItem> items, List<ItemAnswer> answers)
    {
        Section = n;
        View = new SectionView(n, items, answers, nameof(Answers));
        return Page();
    }
}
