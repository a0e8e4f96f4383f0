using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.QMethod;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// The study's own pre- and post-sort questions (text or single choice), added and removed while the study is a draft;
/// once it is open they are fixed, like the statements, so every participant is asked the same.
/// </summary>
[Authorize]
public class QuestionsModel(PoetDb db) : PageModel
{
    public const int MaxQuestions = 20;
    public const string Frozen = "This Q study is open, so its questions can no longer change.";
    public const string StageMissing = "Select when to ask the question";
    public const string KindMissing = "Select how it is answered";

    [BindProperty] public QQuestionStage? Stage { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public QQuestionKind? Kind { get; set; }
    [BindProperty] public string? Options { get; set; }

    public QStudy Study { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int pid, int sid) => await LoadAsync(pid, sid) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int pid, int sid)
    {
        if (!await LoadAsync(pid, sid)) return NotFound();
        if (Study.Status != QStudyStatus.Draft)
        {
            ModelState.AddModelError("", Frozen);
            return Page();
        }
        if (Study.Questions.Count >= MaxQuestions)
        {
            ModelState.AddModelError("", $"A Q study can ask at most {MaxQuestions} questions of its own; remove one first.");
            return Page();
        }
        if (Stage is not { } stage || !Enum.IsDefined(stage)) ModelState.AddModelError(nameof(Stage), StageMissing);
        if (Kind is not { } kind || !Enum.IsDefined(kind)) ModelState.AddModelError(nameof(Kind), KindMissing);
        var options = Kind == QQuestionKind.Choice ? SortQuestions.SplitOptions(Options) : [];
        foreach (var (field, message) in SortQuestions.Problems(Text, Kind == QQuestionKind.Choice, options)) ModelState.AddModelError(field, message);
        if (!ModelState.IsValid) return Page();
        var number = Study.Questions.Count == 0 ? 1 : Study.Questions.Max(q => q.Number) + 1;
        db.QQuestions.Add(new QQuestion { StudyId = sid, Number = number, Stage = Stage!.Value, Kind = Kind!.Value, Text = Text!.Trim(), Options = string.Join("\n", options) });
        db.Record(User, pid, "qstudy.question.add", $"Q study {sid}: {SortQuestions.Id(number)}");
        await db.SaveChangesAsync();
        this.Notify($"Question {SortQuestions.Id(number)} added");
        return Redirect(QStudyLinks.Questions(pid, sid));
    }

    public async Task<IActionResult> OnPostRemoveAsync(int pid, int sid, int id)
    {
        if (!await LoadAsync(pid, sid)) return NotFound();
        if (Study.Status != QStudyStatus.Draft)
        {
            ModelState.AddModelError("", Frozen);
            return Page();
        }
        if (Study.Questions.SingleOrDefault(q => q.Id == id) is not { } question) return NotFound();
        db.QQuestions.Remove(question);
        db.Record(User, pid, "qstudy.question.remove", $"Q study {sid}: {SortQuestions.Id(question.Number)}");
        await db.SaveChangesAsync();
        this.Notify($"Question {SortQuestions.Id(question.Number)} removed");
        return Redirect(QStudyLinks.Questions(pid, sid));
    }

    private async Task<bool> LoadAsync(int pid, int sid)
    {
        var study = await db.QStudies.Include(s => s.Questions.OrderBy(q => q.Number)).SingleOrDefaultAsync(s => s.Id == sid && s.PartnershipId == pid);
        if (study is null) return false;
        Study = study;
        return true;
    }
}
