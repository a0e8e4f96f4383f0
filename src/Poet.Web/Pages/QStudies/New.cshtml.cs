using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.QStudies;

[Authorize]
public class NewModel(PoetDb db) : QStudyFormModel(db)
{
    public Task OnGetAsync(int pid) => LoadSourcesAsync(pid);

    public async Task<IActionResult> OnPostAsync(int pid)
    {
        await LoadSourcesAsync(pid);
        if (await ValidateAsync() is not { } valid) return Page();
        var study = new QStudy
        {
            PartnershipId = pid,
            Status = QStudyStatus.Draft,
            PublicKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_'),
            CodeSalt = RandomNumberGenerator.GetBytes(16),
            CreatedUtc = Db.UtcNow,
        };
        Apply(study, valid.Statements, valid.Grid);
        Db.QStudies.Add(study);
        await Db.SaveChangesAsync();
        Db.Record(User, pid, "qstudy.create", $"Q study {study.Id}: {study.Title} ({study.Statements.Count} statements)");
        await Db.SaveChangesAsync();
        this.Notify($"{study.Title} has been created. It stays a draft until you open it.");
        return Redirect(QStudyLinks.Study(pid, study.Id));
    }
}
