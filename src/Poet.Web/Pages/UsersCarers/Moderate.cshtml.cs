using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Disclosure;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Reports;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// The coordinator hides or edits "anything else" answers before the reports show them, as for staff comments.
/// Each form names its answer by a sealed reference, so response ids never reach the browser.
/// </summary>
[Authorize, CoordinatorOnly]
public class ModerateModel(PoetDb db, IDataProtectionProvider protection) : PageModel
{
    public const string NotFoundMessage = "That answer could not be found. Reload the page and try again";

    [BindProperty] public string? Ref { get; set; }
    [BindProperty] public string? Do { get; set; }
    [BindProperty] public string? Replacement { get; set; }

    public int Pid { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>Null when there are too few returns for the reports to show any answer.</summary>
    public IReadOnlyList<AnythingElseAnswer>? Answers { get; private set; }
    public Guid? Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid, CancellationToken ct) => await LoadAsync(pid, ct) ? Page() : Redirect(UcLinks.Phase(pid));

    private async Task<bool> LoadAsync(int pid, CancellationToken ct)
    {
        var q = await db.UcQuestionnaires.AsNoTracking().Where(x => x.PartnershipId == pid).Select(x => new { x.Id, x.Title }).SingleOrDefaultAsync(ct);
        if (q is null) return false;
        (Pid, Title) = (pid, q.Title);
        var returns = await db.UcResponses.CountAsync(r => r.QuestionnaireId == q.Id && r.IsSubmitted, ct);
        Answers = returns >= Suppression.MinimumCellSize
            ? await AnythingElseAnswers.LoadAsync(db, q.Id, await InterviewRedactor.LoadAsync(db, pid, ct), withHidden: true, ct)
            : null;
        return true;
    }

    public string Seal(Guid responseId) => Protector(Pid).Protect(responseId.ToString());

    public async Task<IActionResult> OnPostAsync(int pid, CancellationToken ct)
    {
        var target = Unseal(pid, Ref);
        var exists = target is { } id && await db.UcResponses.AnyAsync(r => r.Id == id && r.IsSubmitted && r.AnythingElse.Trim() != ""
            && db.UcQuestionnaires.Any(q => q.Id == r.QuestionnaireId && q.PartnershipId == pid), ct);
        if (!exists)
        {
            ModelState.AddModelError("", NotFoundMessage);
            return await LoadAsync(pid, ct) ? Page() : Redirect(UcLinks.Phase(pid));
        }
        var row = await db.UcModeratedAnswers.SingleOrDefaultAsync(m => m.ResponseId == target!.Value, ct);
        if (row is null) db.UcModeratedAnswers.Add(row = new UcModeratedAnswer { ResponseId = target!.Value });
        switch (TextModeration.Apply(row, db.UtcNow, Do, Replacement))
        {
            case ModerationResult.UnknownAction: return BadRequest();
            case ModerationResult.EnterReplacement:
                ModelState.AddModelError("Replacement", TextModeration.EnterReplacement);
                Failed = target;
                await LoadAsync(pid, ct);
                return Page();
        }
        db.Record(User, pid, "users-carers.moderate", $"anything else answer {Do}");
        await db.SaveChangesAsync(ct);
        return Redirect(UcLinks.Moderate(pid));
    }

    private IDataProtector Protector(int pid) => protection.CreateProtector("Poet.UsersCarers.Moderation", pid.ToString());

    private Guid? Unseal(int pid, string? sealedRef)
    {
        if (string.IsNullOrEmpty(sealedRef)) return null;
        try
        {
            return Guid.TryParse(Protector(pid).Unprotect(sealedRef), out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
