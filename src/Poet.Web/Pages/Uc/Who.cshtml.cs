using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Uc;

public class WhoModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    [BindProperty] public UcRespondentType? RespondentType { get; set; }

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key) is { } away) return away;
        RespondentType = Answering.RespondentType;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        if (await EnterAsync(key) is { } away) return away;
        if (RespondentType is { } t && !Enum.IsDefined(t)) RespondentType = null;
        Answering.RespondentType = RespondentType;
        await Db.SaveChangesAsync();
        return Redirect(Journey.Next(UcJourney.Who));
    }
}
