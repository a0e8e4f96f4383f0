using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.QMethod;
using Poet.Data;

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
        // One conditional statement: of two tabs or a double click exactly one wins; the sort gets a date, never a time.
        var today = Today;
        var id = Sort!.Id;
        await Db.QSorts.Where(s => s.Id == id && !s.IsSubmitted)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.IsSubmitted, true).SetProperty(x => x.SubmittedOn, today));
        return Redirect(QSortJourney.Done(key));
    }
}
