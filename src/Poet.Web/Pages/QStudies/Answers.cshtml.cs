using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.QStudies;

/// <summary>The answers of submitted sorts to the study's own questions, question by question, by study code: for the research team.</summary>
[Authorize]
public class AnswersModel(PoetDb db) : PageModel
{
    public QStudy Study { get; private set; } = new();

    /// <summary>Per question, in number order: each submitted sort that answered it, by study code, and its answer.</summary>
    public IReadOnlyList<(QQuestion Question, IReadOnlyList<(Guid Sort, string Code, string Answer)> Answers)> ByQuestion { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int pid, int sid, CancellationToken ct)
    {
        var study = await db.QStudies.AsNoTracking().Include(s => s.Questions.OrderBy(q => q.Number)).SingleOrDefaultAsync(s => s.Id == sid && s.PartnershipId == pid, ct);
        if (study is null) return NotFound();
        Study = study;
        await QSortCodes.BackfillAsync(db, sid, ct);
        var answers = await (from a in db.QAnswers
                             join s in db.QSorts on a.SortId equals s.Id
                             where s.StudyId == sid && s.IsSubmitted
                             select new { a.QuestionId, a.Value, s.Id, Name = s.Code ?? s.Name ?? "" }).ToListAsync(ct);
        ByQuestion = study.Questions.Select(q => (q, (IReadOnlyList<(Guid, string, string)>)answers.Where(a => a.QuestionId == q.Id)
            .OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => (a.Id, a.Name, a.Value)).ToArray())).ToArray();
        return Page();
    }
}
