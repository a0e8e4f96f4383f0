using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Web.Pages.UsersCarers;

namespace Poet.Web.Pages.Uc;

/// <summary>The outcomes that matter most: up to three.</summary>
public class TopThreeModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    public static readonly string TooMany = $"Select no more than {UcOptions.TopChoices} things that matter most to you";

    [BindProperty] public List<int> Chosen { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key) is { } away) return away;
        Chosen = Answering.Answers.Where(a => a.Chosen && Outcomes.Any(o => o.Id == a.ItemId)).Select(a => a.ItemId).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        if (await EnterAsync(key) is { } away) return away;
        var chosen = Chosen.Where(id => Outcomes.Any(o => o.Id == id)).Distinct().ToList();
        if (chosen.Count > UcOptions.TopChoices)
        {
            ModelState.AddModelError(nameof(Chosen), TooMany);
            return Page();
        }
        foreach (var o in Outcomes) AnswerFor(o.Id).Chosen = chosen.Contains(o.Id);
        await Db.SaveChangesAsync();
        return Redirect(Journey.Next(UcJourney.TopThree));
    }
}
