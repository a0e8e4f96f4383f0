using Microsoft.Extensions.Caching.Memory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

/// <summary>A scale section, all its statements on one page; saved on every post, then on to the next section.</summary>
public class SectionModel(PoetDb db, SealedAnswers sealer, TimeProvider clock, IMemoryCache cache) : SurveyPageModel(db, sealer, clock)
{
    [BindProperty] public List<ItemAnswer> Answers { get; set; } = [];
    public int Section { get; private set; }
    public SectionView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, int n)
    {
        if (!SurveyJourney.IsScaleSection(n)) return NotFound();
        if (await EnterAsync(token) is { } away) return away;
        var items = await SectionForm.FrozenItemsAsync(Db, cache, Round, n);
        return Show(n, items, SectionForm.Load(SurveyResponse, items));
    }

    public async Task<IActionResult> OnPostAsync(string token, int n)
    {
        if (!SurveyJourney.IsScaleSection(n)) return NotFound();
        if (await EnterAsync(token) is { } away) return away;
        var items = await SectionForm.FrozenItemsAsync(Db, cache, Round, n);
        var answers = SectionForm.Validate(items, Answers, ModelState, nameof(Answers));
        if (!ModelState.IsValid) return Show(n, items, answers);
        SectionForm.Apply(SurveyResponse, n, answers);
        await SaveDraftAsync();
        return Redirect(SurveyJourney.Next(BasePath, n));
    }

    private PageResult Show(int n, IReadOnlyList<RoundItem> items, List<ItemAnswer> answers)
    {
        Section = n;
        View = new SectionView(n, items, answers, nameof(Answers));
        return Page();
    }
}
