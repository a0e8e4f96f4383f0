using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.QMethod;
using Poet.Data;
using Poet.Web.Pages.QStudies;

namespace Poet.Web.Pages.Sorting;

/// <summary>Step 4: the finished grid to review, and the submission, which happens once.</summary>
public class CheckModel(PoetDb db) : QSortPageModel(db)
{
    public const string Incomplete = "Your grid is not finished: place every statement, with each column holding its number of statements";

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key, QSortJourney.Check) is { } away) return away;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        // A sort already submitted goes to the start page, which says so.
        if (await EnterAsync(key, QSortJourney.Check) is { } away) return away;
        var columns = Items.Select(i => i.Placement.Column).ToArray();
        if (columns.Any(c => c is null) || Grid.Values.Select((v, i) => columns.Count(c => c == v) != Grid.Counts[i]).Any(wrong => wrong))
        {
            ModelState.AddModelError("", Incomplete);
            return Page();
        }
        var code = await QSortCodes.SubmitAsync(Db, Study.Id, Sort!.Id, Today);
        // Shown on the done page in this browser only: the code is stored with the sort, never with the token or link.
        TempData[DoneModel.CodeKey(key)] = code;
        return Redirect(QSortJourney.Done(key));
    }
}
