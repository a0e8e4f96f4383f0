using Poet.Analysis.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.QMethod;
using Poet.Analysis.QMethod.Formats;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// Q-sorts made elsewhere (on paper, in PQMethod, Ken-Q or R) added to a study: a qmethod CSV (statements in rows,
/// sorts in columns) or a PQMethod .DAT. Rows are matched to the study's statements by their ids sta_1, sta_2, ...
/// when the file uses them, otherwise by order. All or nothing: one bad sort stores none.
/// </summary>
[Authorize]
public class ImportModel(PoetDb db) : PageModel
{
    public const string ChooseFile = "Choose a .csv or .dat file of Q-sorts";

    [BindProperty] public IFormFile? SortsFile { get; set; }

    /// <summary>Optional: the sorts' answers to the study's own questions, in the layout of answers.csv (<see cref="SortAnswersCsv"/>).</summary>
    [BindProperty] public IFormFile? AnswersFile { get; set; }

    public QStudy Study { get; private set; } = new();
    public int Imported { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid, int sid) => await LoadAsync(pid, sid) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int pid, int sid)
    {
        if (!await LoadAsync(pid, sid)) return NotFound();
        if (Study.Status == QStudyStatus.Draft)
        {
            ModelState.AddModelError("", "Open the Q study first: its statements and grid must be fixed before sorts are added");
            return Page();
        }
        if (SortsFile is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(SortsFile), ChooseFile);
            return Page();
        }
        try
        {
            using var reader = new StreamReader(SortsFile.OpenReadStream());
            var sorts = Read(SortsFile.FileName, PlainText.Clean(await reader.ReadToEndAsync()));
            IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> answers = new Dictionary<string, IReadOnlyDictionary<int, string>>();
            if (AnswersFile is { Length: > 0 })
            {
                try
                {
                    using var answersReader = new StreamReader(AnswersFile.OpenReadStream());
                    answers = SortAnswersCsv.Read(PlainText.Clean(await answersReader.ReadToEndAsync()), Study.Questions.Select(Sorting.SortQuestionsForm.Rule).ToArray(), sorts.SortNames);
                }
                catch (QMethodInputException e)
                {
                    ModelState.AddModelError(nameof(AnswersFile), e.Message);
                    return Page();
                }
            }
            await StoreAsync(pid, sorts, answers);
        }
        catch (QMethodInputException e)
        {
            ModelState.AddModelError(nameof(SortsFile), e.Message);
            return Page();
        }
        return Page();
    }

    private QSortSet Read(string fileName, string text)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var sorts = extension switch
        {
            ".csv" => QSortCsv.Read(text),
            ".dat" => PqMethodDat.Read(text).Sorts,
            _ => throw new QMethodInputException(ChooseFile),
        };
        var n = Study.Statements.Count;
        var expected = Enumerable.Range(1, n).Select(QStudyRules.StatementId).ToArray();
        if (sorts.StatementIds.All(id => id.StartsWith("sta_", StringComparison.Ordinal)))
        {
            var missing = expected.FirstOrDefault(id => !sorts.StatementIds.Contains(id));
            if (missing is not null)
                throw new QMethodInputException($"The file has no row for statement {missing}; every Q-sort must place all {n} statements of the study.");
            var extra = sorts.StatementIds.FirstOrDefault(id => !expected.Contains(id));
            if (extra is not null)
                throw new QMethodInputException($"The file ranks a statement {extra}, but the study's statements are sta_1 to sta_{n}.");
        }
        else if (sorts.StatementCount != n)
            throw new QMethodInputException($"The file ranks {sorts.StatementCount} statements, but the study has {n}; every Q-sort must place all of them, in the study's order.");
        var problems = sorts.ProblemsWith(QStudyRules.GridOf(Study), 1);
        if (problems.Count > 0) throw new QMethodInputException(string.Join(" ", problems));
        var tooLong = sorts.SortNames.FirstOrDefault(name => name.Length > PqMethodDat.MaxSortNameLength);
        if (tooLong is not null)
            throw new QMethodInputException($"The Q-sort name '{tooLong}' is longer than {PqMethodDat.MaxSortNameLength} characters; shorten it so PQMethod can read the sorts.");
        return sorts;
    }

    private async Task StoreAsync(int pid, QSortSet sorts, IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> answers)
    {
        // A name may be neither an imported sort's name nor a participant's study code.
        var existing = await QSortCodes.TakenAsync(db, Study.Id);
        var taken = sorts.SortNames.FirstOrDefault(existing.Contains);
        if (taken is not null)
            throw new QMethodInputException($"The study already has a Q-sort named '{taken}'; rename it in the file so each Q-sort has its own name.");
        var questionId = Study.Questions.ToDictionary(q => q.Number, q => q.Id);
        var byId = Study.Statements.ToDictionary(s => QStudyRules.StatementId(s.Number));
        var useIds = sorts.StatementIds.All(byId.ContainsKey);
        var today = DateOnly.FromDateTime(db.UtcNow);
        for (var q = 0; q < sorts.SortCount; q++)
        {
            var sort = new QSort { Id = Guid.NewGuid(), StudyId = Study.Id, Name = sorts.SortNames[q], IsSubmitted = true, SubmittedOn = today, LastStepSaved = Sorting.QSortJourney.Why };
            for (var s = 0; s < sorts.StatementCount; s++)
            {
                var statement = useIds ? byId[sorts.StatementIds[s]] : Study.Statements[s];
                sort.Placements.Add(new QPlacement { SortId = sort.Id, StatementId = statement.Id, Column = sorts[s, q] });
            }
            if (answers.TryGetValue(sort.Name, out var given))
                sort.Answers.AddRange(given.Select(a => new QAnswer { SortId = sort.Id, QuestionId = questionId[a.Key], Value = a.Value }));
            db.QSorts.Add(sort);
        }
        db.Record(User, pid, "qstudy.import", $"Q study {Study.Id}: {sorts.SortCount} Q-sorts from {SortsFile!.FileName}");
        await db.SaveChangesAsync();
        Imported = sorts.SortCount;
        var withAnswers = answers.Count(a => a.Value.Count > 0);
        ViewData[Notices.Key] = $"{Imported} {(Imported == 1 ? "Q-sort" : "Q-sorts")} imported" + (answers.Count == 0 ? "" : $", {withAnswers} with answers to the study's questions");
    }

    private async Task<bool> LoadAsync(int pid, int sid)
    {
        var study = await db.QStudies.Include(s => s.Statements.OrderBy(x => x.Number)).Include(s => s.Questions.OrderBy(q => q.Number)).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == sid && s.PartnershipId == pid);
        if (study is null) return false;
        Study = study;
        return true;
    }
}
