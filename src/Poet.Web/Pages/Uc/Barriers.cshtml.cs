using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Web.Pages.UsersCarers;

namespace Poet.Web.Pages.Uc;

/// <summary>What makes it hard to get help: from the list, and in the person's own words.</summary>
public class BarriersModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    [BindProperty] public List<int> Chosen { get; set; } = [];
    [BindProperty] public string? Other { get; set; }

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key) is { } away) return away;
        Chosen = Answering.Answers.Where(a => a.Chosen && Barriers.Any(b => b.Id == a.ItemId)).Select(a => a.ItemId).ToList();
        Other = Answering.BarrierOther;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        if (await EnterAsync(key) is { } away) return away;
        if ((Other?.Length ?? 0) > UcOptions.MaxTextLength)
        {
            ModelState.AddModelError(nameof(Other), "Write no more than 4,000 characters");
            return Page();
        }
        foreach (var b in Barriers) AnswerFor(b.Id).Chosen = Chosen.Contains(b.Id);
        Answering.BarrierOther = Other?.Trim() ?? "";
        await Db.SaveChangesAsync();
        return Redirect(Journey.Next(UcJourney.Barriers));
    }
}
