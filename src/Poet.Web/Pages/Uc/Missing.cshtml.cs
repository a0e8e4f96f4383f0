using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Web.Pages.UsersCarers;

namespace Poet.Web.Pages.Uc;

/// <summary>Whether anything is missing from the list of outcomes (brief §2 step 11, aim (a)); optional free text.</summary>
public class MissingModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    [BindProperty] public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key) is { } away) return away;
        Text = Answering.MissingOutcomes;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        if (await EnterAsync(key) is { } away) return away;
        if ((Text?.Length ?? 0) > UcOptions.MaxTextLength)
        {
            ModelState.AddModelError(nameof(Text), "Write no more than 4,000 characters");
            return Page();
        }
        Answering.MissingOutcomes = Text?.Trim() ?? "";
        await Db.SaveChangesAsync();
        return Redirect(Journey.Next(UcJourney.Missing));
    }
}
