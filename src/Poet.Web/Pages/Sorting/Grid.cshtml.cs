using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Poet.Analysis.QMethod;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Analysis.Text;

namespace Poet.Web.Pages.Sorting;

public sealed record ColumnCount(int Value, int Capacity, int Placed)
{
    public bool IsOverFull => Placed > Capacity;
}

/// <summary>
/// Step 2: each statement onto a grid column. The form is a list of selects, one per statement, which works with
/// keyboard, screen reader and no JavaScript; wwwroot/js/qsort.js adds drag and drop over the same selects, so
/// both routes post the same fields. Choices are saved on every post, even with over-full columns.
/// </summary>
public class GridModel(PoetDb db) : QSortPageModel(db)
{
    /// <summary>Declared first so that column problems lead the error summary.</summary>
    public IReadOnlyList<ColumnCount> ColumnCounts { get; private set; } = [];

    /// <summary>Grid column by statement number; text so that a tampered value is reported, not bound away.</summary>
    [BindProperty] public Dictionary<int, string?> Columns { get; set; } = [];

    public static string ChooseColumn(int number) => $"Choose a column for statement {number}";

    public static string OverFull(ColumnCount c) =>
        $"Column {Grid.Label(c.Value)} holds {Wording.Count(c.Capacity, "statement")}, but you have put {c.Placed} there. Move {c.Placed - c.Capacity} to another column";

    public static string ColumnName(Grid grid, int value) =>
        value == grid.Values[0] ? $"{Grid.Label(value)} (agree least)" : value == grid.Values[^1] ? $"{Grid.Label(value)} (agree most)" : Grid.Label(value);

    /// <summary>Statements grouped by their step 1 pile, agree more first, as people usually work from the ends in.</summary>
    public IEnumerable<(QStatement Statement, QPlacement Placement)> InPileOrder =>
        Items.OrderByDescending(i => (int?)i.Placement.Pile ?? 0).ThenBy(i => i.Statement.Number);

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key, QSortJourney.Grid) is { } away) return away;
        Refresh();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, bool saveOnly)
    {
        if (await EnterAsync(key, QSortJourney.Grid) is { } away) return away;
        ModelState.Clear();
        foreach (var (statement, placement) in Items)
        {
            var text = Columns.GetValueOrDefault(statement.Number)?.Trim();
            if (string.IsNullOrEmpty(text)) placement.Column = null;
            else if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var column) && Grid.Contains(column)) placement.Column = column;
            else ModelState.AddModelError($"{nameof(Columns)}[{statement.Number}]", $"Choose a column from the list for statement {statement.Number}");
        }
        Refresh();
        foreach (var full in ColumnCounts.Where(c => c.IsOverFull)) ModelState.AddModelError(nameof(ColumnCounts), OverFull(full));
        if (!saveOnly)
        {
            foreach (var (statement, placement) in Items.Where(i => i.Placement.Column is null && !ModelState.ContainsKey($"{nameof(Columns)}[{i.Statement.Number}]")))
                ModelState.AddModelError($"{nameof(Columns)}[{statement.Number}]", ChooseColumn(statement.Number));
        }
        if (ModelState.IsValid && !saveOnly) Saved(QSortJourney.Grid);
        await Db.SaveChangesAsync();
        if (!ModelState.IsValid || saveOnly) return Page();
        return Redirect(QSortJourney.Path(key, QSortJourney.Why));
    }

    private void Refresh()
    {
        Columns = Items.ToDictionary(i => i.Statement.Number, i => i.Placement.Column?.ToString(CultureInfo.InvariantCulture));
        ColumnCounts = Grid.Values.Select((v, i) => new ColumnCount(v, Grid.Counts[i], Items.Count(x => x.Placement.Column == v))).ToArray();
    }
}
