using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Sorting;

/// <summary>Step 1: every statement into one of three piles, all on one page. What is chosen is saved even when some are missing.</summary>
public class PilesModel(PoetDb db) : QSortPageModel(db)
{
    public static readonly QPile[] Order = [QPile.AgreeMore, QPile.Neutral, QPile.AgreeLess];

    /// <summary>By statement number.</summary>
    [BindProperty] public Dictionary<int, QPile?> Piles { get; set; } = [];

    public static string ChoosePile(int number) => $"Choose a pile for statement {number}";

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key, QSortJourney.Piles) is { } away) return away;
        Piles = Items.ToDictionary(i => i.Statement.Number, i => i.Placement.Pile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        if (await EnterAsync(key, QSortJourney.Piles) is { } away) return away;
        // A value that failed to bind is reported once, below, in the page's own words.
        ModelState.Clear();
        foreach (var (statement, placement) in Items)
        {
            var pile = Piles.GetValueOrDefault(statement.Number);
            if (pile is { } p && Enum.IsDefined(p)) placement.Pile = p;
            else ModelState.AddModelError($"{nameof(Piles)}[{statement.Number}]", ChoosePile(statement.Number));
        }
        if (ModelState.IsValid) Saved(QSortJourney.Piles);
        await Db.SaveChangesAsync();
        if (!ModelState.IsValid)
        {
            Piles = Items.ToDictionary(i => i.Statement.Number, i => i.Placement.Pile);
            return Page();
        }
        return Redirect(QSortJourney.Path(key, QSortJourney.Grid));
    }
}
