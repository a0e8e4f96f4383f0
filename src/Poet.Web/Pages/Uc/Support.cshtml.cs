using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Web.Pages.UsersCarers;

namespace Poet.Web.Pages.Uc;

/// <summary>Which services the person receives and for how long.</summary>
public class SupportModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    [BindProperty] public List<int> Received { get; set; } = [];
    [BindProperty] public int? SupportLength { get; set; }

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key) is { } away) return away;
        Received = Answering.Answers.Where(a => a.Chosen && Services.Any(s => s.Id == a.ItemId)).Select(a => a.ItemId).ToList();
        SupportLength = Answering.SupportLength;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        if (await EnterAsync(key) is { } away) return away;
        foreach (var s in Services) AnswerFor(s.Id).Chosen = Received.Contains(s.Id);
        Answering.SupportLength = UcOptions.SupportLengths.Any(l => l.Code == SupportLength) ? SupportLength : null;
        await Db.SaveChangesAsync();
        return Redirect(Journey.Next(UcJourney.Support));
    }
}
