using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Sorting;

/// <summary>Step 3: why the statements at both ends of the grid went there. Every box may be left empty.</summary>
public class WhyModel(PoetDb db) : QSortPageModel(db)
{
    public const int MaxCommentLength = 2000;

    /// <summary>By statement number.</summary>
    [BindProperty] public Dictionary<int, string?> Comments { get; set; } = [];

    /// <summary>Answers to the study's questions asked after the sort, by question number (read by <see cref="SortQuestionsForm"/>).</summary>
    public Dictionary<int, string> Answers { get; private set; } = [];

    public IReadOnlyList<QQuestion> Questions => SortQuestionsForm.Of(Study, QQuestionStage.AfterSort);

    /// <summary>The statements in the highest column, then those in the lowest.</summary>
    public IEnumerable<(QStatement Statement, QPlacement Placement)> Extremes =>
        Items.Where(i => i.Placement.Column == Grid.Values[^1]).Concat(Items.Where(i => i.Placement.Column == Grid.Values[0]));

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key, QSortJourney.Why) is { } away) return away;
        Comments = Extremes.ToDictionary(i => i.Statement.Number, i => i.Placement.Comment);
        Answers = SortQuestionsForm.Stored(Sort!, Questions);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        if (await EnterAsync(key, QSortJourney.Why) is { } away) return away;
        // With no boxes posted the dictionary binder tries every form field as a key; only the checks below count.
        ModelState.Clear();
        foreach (var (statement, placement) in Extremes)
        {
            var text = Comments.GetValueOrDefault(statement.Number)?.Trim();
            if (text is { Length: > MaxCommentLength })
                ModelState.AddModelError($"{nameof(Comments)}[{statement.Number}]", $"Shorten your reason for statement {statement.Number} to {MaxCommentLength} characters or fewer");
            else placement.Comment = string.IsNullOrEmpty(text) ? null : text;
        }
        // Comments on statements since moved away from the ends no longer say why they are at an end.
        foreach (var (_, placement) in Items.Except(Extremes)) placement.Comment = null;
        if (ModelState.IsValid) Answers = SortQuestionsForm.Apply(Sort!, Questions, Request.Form, ModelState);
        else Answers = Questions.Where(q => Request.Form[SortQuestionsForm.Field(q.Number)].ToString().Length > 0)
            .ToDictionary(q => q.Number, q => Request.Form[SortQuestionsForm.Field(q.Number)].ToString());
        if (ModelState.IsValid) Saved(QSortJourney.Why);
        await Db.SaveChangesAsync();
        return ModelState.IsValid ? Redirect(QSortJourney.Path(key, QSortJourney.Check)) : Page();
    }
}
