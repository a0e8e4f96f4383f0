using Poet.Analysis.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Analysis.QMethod;
using Poet.Analysis.QMethod.Formats;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.QStudies;

/// <summary>The fields shared by creating a Q study and editing a draft one, in page order.</summary>
public abstract class QStudyFormModel(PoetDb db) : PageModel
{
    public const string EnterTitle = "Enter a title for the Q study";
    public const string EnterInstruction = "Enter the condition of instruction, such as \u201cSort these by how important they are to you\u201d";
    public const string EnterLowest = "Enter the grid's lowest column as a whole number, such as -4";
    public const string EnterCounts = "Enter how many statements each column holds, left to right, such as 2,3,4,5,5,5,4,3,2";

    protected PoetDb Db => db;

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Instruction { get; set; } = QStudyRules.DefaultInstruction;
    [BindProperty] public string? MoreLabel { get; set; }
    [BindProperty] public string? LessLabel { get; set; }
    [BindProperty] public string? Statements { get; set; }
    [BindProperty] public IFormFile? StatementsFile { get; set; }
    /// <summary>Keys of the statements ticked from <see cref="Sources"/>; they are added to the list above and untick once added.</summary>
    [BindProperty] public List<string> Chosen { get; set; } = [];
    [BindProperty] public string? GridLowest { get; set; } = "-4";
    [BindProperty] public string? GridCounts { get; set; }

    public IReadOnlyList<SourceGroup> Sources { get; private set; } = [];

    protected async Task LoadSourcesAsync(int pid) => Sources = await QStatementSources.LoadAsync(db, pid, HttpContext.RequestAborted);

    /// <summary>Checks every field; on success returns the statements and the grid to store. Call <see cref="LoadSourcesAsync"/> first.</summary>
    protected async Task<(IReadOnlyList<string> Statements, Grid Grid)?> ValidateAsync()
    {
        if (string.IsNullOrWhiteSpace(Title)) ModelState.AddModelError(nameof(Title), EnterTitle);
        else if (Title.Trim().Length > 200) ModelState.AddModelError(nameof(Title), "Enter a title of 200 characters or fewer");
        if (string.IsNullOrWhiteSpace(Instruction)) ModelState.AddModelError(nameof(Instruction), EnterInstruction);
        else if (Instruction.Trim().Length > 1000) ModelState.AddModelError(nameof(Instruction), "Enter a condition of instruction of 1000 characters or fewer");
        if ((MoreLabel ?? "").Trim().Length > QStudyRules.MaxLabelLength) ModelState.AddModelError(nameof(MoreLabel), $"Enter a label of {QStudyRules.MaxLabelLength} characters or fewer");
        if ((LessLabel ?? "").Trim().Length > QStudyRules.MaxLabelLength) ModelState.AddModelError(nameof(LessLabel), $"Enter a label of {QStudyRules.MaxLabelLength} characters or fewer");

        IReadOnlyList<string>? statements = QStudyRules.SplitLines(Statements);
        if (StatementsFile is { Length: > 0 } file)
        {
            try
            {
                using var reader = new StreamReader(file.OpenReadStream());
                statements = StatementFile.Read(file.FileName, PlainText.Clean(await reader.ReadToEndAsync()));
                // Shown back in the box so the facilitator sees what was imported, and kept if another field has a problem.
                Statements = string.Join("\n", statements);
            }
            catch (QMethodInputException e)
            {
                ModelState.AddModelError(nameof(StatementsFile), e.Message);
                statements = null;
            }
        }
        var added = 0;
        if (statements is not null && Chosen.Count > 0)
        {
            (statements, added) = AddChosen(statements);
            // The box now holds the chosen statements too, so the ticks go: posting again must not add them twice.
            Statements = string.Join("\n", statements);
            Chosen = [];
            ModelState.Remove(nameof(Chosen));
        }
        var addedNote = added == 0 ? "" : $". The {Wording.Count(added, "statement")} you chose {Wording.IsAre(added)} now in the list";
        if (statements is not null)
        {
            var problem = QStudyRules.StatementCountProblem(statements.Count);
            var tooLong = statements.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.Length > QStudyRules.MaxStatementLength);
            var duplicate = statements.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            // Too few (eight agreed outcomes, say): say how many more and where to find them (issue 19).
            var more = statements.Count is > 0 and < QStudyRules.MinStatements
                ? $". Add {QStudyRules.MinStatements - statements.Count} more: type them, or choose them below from the partnership’s candidate outcomes and staff statements"
                : "";
            if (problem is not null) ModelState.AddModelError(nameof(Statements), problem + addedNote + more);
            else if (tooLong.s is not null) ModelState.AddModelError(nameof(Statements), $"Shorten statement {tooLong.i + 1} to {QStudyRules.MaxStatementLength} characters or fewer");
            else if (duplicate is not null) ModelState.AddModelError(nameof(Statements), $"Remove the repeated statement \u201c{duplicate.Key}\u201d; each statement must appear once");
        }

        Grid? grid = null;
        var counts = QStudyRules.ParseCounts(GridCounts);
        var lowestOk = int.TryParse(GridLowest?.Trim().Replace('\u2212', '-'), out var lowest);
        if (!lowestOk) ModelState.AddModelError(nameof(GridLowest), EnterLowest);
        else if (lowest is < PqMethodDat.LowestColumn or > 0)
        {
            ModelState.AddModelError(nameof(GridLowest), $"Enter a lowest column between {PqMethodDat.LowestColumn} and 0, so PQMethod can read the sorts");
            lowestOk = false;
        }
        if (counts is null) ModelState.AddModelError(nameof(GridCounts), EnterCounts);
        else if (counts.Count < 3) ModelState.AddModelError(nameof(GridCounts), "Give the grid at least 3 columns");
        else if (lowestOk)
        {
            grid = Grid.FromLowest(lowest, counts);
            if (grid.Values[^1] > PqMethodDat.HighestColumn) ModelState.AddModelError(nameof(GridCounts), $"Give the grid columns no higher than +{PqMethodDat.HighestColumn}, so PQMethod can read the sorts");
            else if (statements is not null && grid.ProblemWith(statements.Count) is { } gridProblem)
                ModelState.AddModelError(nameof(GridCounts), added == 0 ? gridProblem : $"{gridProblem} The {Wording.Count(added, "statement")} you chose {Wording.HasHave(added)} been added to the list: change the counts or remove statements.");
        }
        if (!ModelState.IsValid || statements is null || grid is null) return null;
        return (statements, grid);
    }

    /// <summary>The ticked statements after the typed or imported ones, in the order offered; any already in the list is not added again.</summary>
    private (IReadOnlyList<string> Statements, int Added) AddChosen(IReadOnlyList<string> statements)
    {
        var list = statements.ToList();
        var seen = new HashSet<string>(list, StringComparer.OrdinalIgnoreCase);
        var chosen = new HashSet<string>(Chosen);
        foreach (var option in Sources.SelectMany(g => g.Options).Where(o => chosen.Contains(o.Key)))
            if (seen.Add(option.Text)) list.Add(option.Text);
        return (list, list.Count - statements.Count);
    }

    /// <summary>
    /// Provenance by wording: a statement worded exactly as one the partnership has (agreed outcomes first) records
    /// where it came from, so it survives the round trip through the text box; otherwise what it had before, if anything.
    /// </summary>
    private string? SourceOf(string text, IReadOnlyDictionary<string, string?> before)
    {
        var match = Sources.SelectMany(g => g.Options).FirstOrDefault(o => string.Equals(o.Text, text, StringComparison.Ordinal));
        return match?.Source ?? before.GetValueOrDefault(text);
    }

    protected void Apply(QStudy study, IReadOnlyList<string> statements, Grid grid)
    {
        var before = study.Statements.GroupBy(s => s.Text).ToDictionary(g => g.Key, g => g.First().Source);
        study.Title = Title!.Trim();
        study.Instruction = Instruction!.Trim();
        study.MoreLabel = string.IsNullOrWhiteSpace(MoreLabel) ? null : MoreLabel.Trim();
        study.LessLabel = string.IsNullOrWhiteSpace(LessLabel) ? null : LessLabel.Trim();
        study.GridLowest = grid.Values[0];
        study.GridCounts = QStudyRules.FormatCounts(grid.Counts);
        study.Statements.Clear();
        study.Statements.AddRange(statements.Select((text, i) => new QStatement { Number = i + 1, Text = text, Source = SourceOf(text, before) }));
    }

    protected void Fill(QStudy study)
    {
        Title = study.Title;
        Instruction = study.Instruction;
        MoreLabel = study.MoreLabel;
        LessLabel = study.LessLabel;
        Statements = string.Join("\n", study.Statements.OrderBy(s => s.Number).Select(s => s.Text));
        GridLowest = study.GridLowest.ToString(System.Globalization.CultureInfo.InvariantCulture);
        GridCounts = study.GridCounts;
    }
}
