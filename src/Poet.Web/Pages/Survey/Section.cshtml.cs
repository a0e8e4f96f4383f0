using Microsoft.Extensions.Caching.Memory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

/// <summary>
/// One page of a scale section (<see cref="SurveyPages"/>): saved into the draft on every post, merged with the answers
/// from other pages, then on to the next page, or to the "saved" page for "Save and come back later".
/// </summary>
public class SectionModel(PoetDb db, SealedAnswers sealer, TimeProvider clock, IMemoryCache cache) : SurveyPageModel(db, sealer, clock)
{
    [BindProperty] public List<ItemAnswer> Answers { get; set; } = [];
    [BindProperty] public string? Button { get; set; }
    public int Section { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages { get; private set; } = 1;
    public string BackPath { get; private set; } = "";
    public SectionView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, int n, int p = 1)
    {
        if (!SurveyJourney.IsScaleSection(n)) return NotFound();
        if (await EnterAsync(token) is { } away) return away;
        var items = await SectionForm.FrozenItemsAsync(Db, cache, Round, n);
        // A page number that is not there (an old bookmark, a shorter section, a typed URL) goes to the section's first page.
        if (!SurveyPages.Exists(items.Count, p)) return Redirect(SurveyJourney.Path(BasePath, n));
        var onPage = SurveyPages.Page(items, p);
        return await ShowAsync(n, p, items, onPage, SectionForm.Load(SurveyResponse, onPage));
    }

    public async Task<IActionResult> OnPostAsync(string token, int n, int p = 1)
    {
        if (!SurveyJourney.IsScaleSection(n)) return NotFound();
        if (await EnterAsync(token) is { } away) return away;
        var items = await SectionForm.FrozenItemsAsync(Db, cache, Round, n);
        if (!SurveyPages.Exists(items.Count, p)) return Redirect(SurveyJourney.Path(BasePath, n));
        var onPage = SurveyPages.Page(items, p);
        var first = SurveyPages.Range(items.Count, p).First;
        // Only this page's statements are read and written: answers given on other pages stay as they are.
        var answers = SectionForm.Validate(onPage, Answers, ModelState, nameof(Answers), first);
        if (!ModelState.IsValid) return await ShowAsync(n, p, items, onPage, answers);
        SectionForm.Apply(SurveyResponse, n, answers);
        if (!await SaveDraftAsync()) return Redirect(BasePath);
        return Redirect(AfterSave(Button, SurveyJourney.NextPage(BasePath, n, p, SurveyPages.Count(items.Count))));
    }

    private async Task<PageResult> ShowAsync(int n, int p, IReadOnlyList<RoundItem> items, IReadOnlyList<RoundItem> onPage, List<ItemAnswer> answers)
    {
        (Section, PageNumber, Pages) = (n, p, SurveyPages.Count(items.Count));
        var pagesBefore = SurveyJourney.IsScaleSection(n - 1) && p == 1 ? SurveyPages.Count((await SectionForm.FrozenItemsAsync(Db, cache, Round, n - 1)).Count) : 1;
        BackPath = FromCheck ? CheckPath : SurveyJourney.PreviousPage(BasePath, n, p, pagesBefore);
        View = new SectionView(n, onPage, answers, nameof(Answers), SurveyPages.Range(items.Count, p).First, items.Count);
        return Page();
    }
}
