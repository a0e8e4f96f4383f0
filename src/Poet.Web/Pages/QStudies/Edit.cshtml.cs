using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.QStudies;

/// <summary>Only a draft can change: once open, every sort must rank the same statements on the same grid.</summary>
[Authorize]
public class EditModel(PoetDb db) : QStudyFormModel(db)
{
    public const string Frozen = "This Q study is open, so its statements and grid can no longer change.";

    public async Task<IActionResult> OnGetAsync(int pid, int sid)
    {
        var study = await LoadAsync(pid, sid);
        if (study is null) return NotFound();
        if (study.Status != QStudyStatus.Draft) return Redirect(QStudyLinks.Study(pid, sid));
        Fill(study);
        await LoadSourcesAsync(pid);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int sid)
    {
        var study = await LoadAsync(pid, sid);
        if (study is null) return NotFound();
        await LoadSourcesAsync(pid);
        if (study.Status != QStudyStatus.Draft)
        {
            ModelState.AddModelError("", Frozen);
            return Page();
        }
        if (await ValidateAsync() is not { } valid) return Page();
        Apply(study, valid.Statements, valid.Grid);
        Db.Record(User, pid, "qstudy.edit", $"Q study {sid}: {study.Title} ({study.Statements.Count} statements)");
        await Db.SaveChangesAsync();
        return Redirect(QStudyLinks.Study(pid, sid));
    }

    private Task<QStudy?> LoadAsync(int pid, int sid) =>
        Db.QStudies.Include(s => s.Statements).SingleOrDefaultAsync(s => s.Id == sid && s.PartnershipId == pid);
}
