using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.QMethod;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.QStudies;

[Authorize]
public class StudyModel(PoetDb db, PublicUrls urls) : PageModel
{
    public QStudy Study { get; private set; } = new();
    public Grid Grid { get; private set; } = Grid.FromLowest(0, [1]);
    public int Started { get; private set; }
    public int Submitted { get; private set; }
    public string Link => urls.BaseUrl + QStudyLinks.Start(Study.PublicKey);
    public string CodeEntryLink => urls.BaseUrl + QStudyLinks.CodeEntry;

    public async Task<IActionResult> OnGetAsync(int pid, int sid) => await LoadAsync(pid, sid) ? Page() : NotFound();

    public async Task<IActionResult> OnPostOpenAsync(int pid, int sid)
    {
        if (!await LoadAsync(pid, sid)) return NotFound();
        if (Study.Status == QStudyStatus.Draft)
        {
            // Checked again here: the rules may have been met when the draft was saved, but opening is what freezes them.
            if (QStudyRules.StatementCountProblem(Study.Statements.Count) is { } count) ModelState.AddModelError("", count);
            if (Grid.ProblemWith(Study.Statements.Count) is { } grid) ModelState.AddModelError("", grid);
            if (!ModelState.IsValid) return Page();
            Study.Status = QStudyStatus.Open;
            db.Record(User, pid, "qstudy.open", $"Q study {sid}");
            await db.SaveChangesAsync();
            this.Notify($"{Study.Title} is now open");
        }
        return Redirect(QStudyLinks.Study(pid, sid));
    }

    public async Task<IActionResult> OnPostCloseAsync(int pid, int sid)
    {
        if (!await LoadAsync(pid, sid)) return NotFound();
        if (Study.Status == QStudyStatus.Open)
        {
            Study.Status = QStudyStatus.Closed;
            db.Record(User, pid, "qstudy.close", $"Q study {sid}");
            await db.SaveChangesAsync();
            this.Notify($"{Study.Title} is now closed");
        }
        return Redirect(QStudyLinks.Study(pid, sid));
    }

    private async Task<bool> LoadAsync(int pid, int sid)
    {
        var study = await db.QStudies.Include(s => s.Statements.OrderBy(x => x.Number)).Include(s => s.Questions).AsSplitQuery().SingleOrDefaultAsync(s => s.Id == sid && s.PartnershipId == pid);
        if (study is null) return false;
        Study = study;
        Grid = QStudyRules.GridOf(study);
        Started = await db.QSorts.CountAsync(s => s.StudyId == sid && !s.IsSubmitted);
        Submitted = await db.QSorts.CountAsync(s => s.StudyId == sid && s.IsSubmitted);
        return true;
    }
}
