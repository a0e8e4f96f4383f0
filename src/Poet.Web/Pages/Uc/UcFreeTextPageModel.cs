using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Web.Pages.UsersCarers;

namespace Poet.Web.Pages.Uc;

/// <summary>A questionnaire page with one optional free-text answer, saved as typed (trimmed, at most 4,000 characters).</summary>
public abstract class UcFreeTextPageModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    [BindProperty] public string? Text { get; set; }

    /// <summary>The page's step in <see cref="UcJourney"/>.</summary>
    protected abstract string Step { get; }

    /// <summary>Where the answer is kept on the response being answered.</summary>
    protected abstract string Stored { get; set; }

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key) is { } away) return away;
        Text = Stored;
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
        Stored = Text?.Trim() ?? "";
        await Db.SaveChangesAsync();
        return Redirect(Journey.Next(Step));
    }
}
