using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Reports;

/// <summary>
/// The coordinator hides or edits comments and outcome statements before the report is published. Each form
/// names its text by a sealed reference, so response ids never reach the browser and comments cannot be grouped by respondent.
/// </summary>
[Authorize, CoordinatorOnly]
public class ModerateModel(PoetDb db, IDataProtectionProvider protection, IMemoryCache cache) : PageModel
{
    public const string NotFoundMessage = "That comment could not be found. Reload the page and try again";
    public const string EnterReplacement = TextModeration.EnterReplacement;

    [BindProperty] public string? Ref { get; set; }
    [BindProperty] public string? Do { get; set; }
    [BindProperty] public string? Replacement { get; set; }
    [BindProperty] public string? ReplacementRationale { get; set; }

    public HealthReport Report { get; private set; } = null!;
    /// <summary>The text whose form failed validation, so the page can show the error beside it.</summary>
    public TextRef? Failed { get; private set; }

    public async Task OnGetAsync(int pid, int rid, CancellationToken ct) =>
        Report = (await HealthReport.LoadAsync(db, pid, rid, ReportView.Moderation, cache, ct))!;

    public string Seal(int rid, TextRef r) => Protector(rid).Protect(r.Kind == ModeratedKind.Comment
        ? $"c|{r.ResponseId}|{r.RoundItemId}" : $"o|{r.OutcomeId}");

    public async Task<IActionResult> OnPostAsync(int pid, int rid, CancellationToken ct)
    {
        var target = Unseal(rid, Ref);
        if (target is null || !await ExistsAsync(rid, target, ct))
        {
            ModelState.AddModelError("", NotFoundMessage);
            await OnGetAsync(pid, rid, ct);
            return Page();
        }
        var row = await db.ModeratedTexts.SingleOrDefaultAsync(m => m.RoundId == rid && m.Kind == target.Kind
            && m.ResponseId == target.ResponseId && m.RoundItemId == target.RoundItemId && m.OutcomeStatementId == target.OutcomeId, ct);
        if (row is null)
        {
            row = new ModeratedText { RoundId = rid, Kind = target.Kind, ResponseId = target.ResponseId, RoundItemId = target.RoundItemId, OutcomeStatementId = target.OutcomeId };
            db.ModeratedTexts.Add(row);
        }
        switch (TextModeration.Apply(row, db.UtcNow, Do, Replacement, target.Kind == ModeratedKind.Outcome ? ReplacementRationale : null))
        {
            case ModerationResult.UnknownAction: return BadRequest();
            case ModerationResult.EnterReplacement:
                ModelState.AddModelError("Replacement", EnterReplacement);
                Failed = target;
                await OnGetAsync(pid, rid, ct);
                return Page();
        }
        if (Do == "restore") row.ReplacementRationale = null;
        if (Do == "redact") row.ReplacementRationale = target.Kind == ModeratedKind.Outcome ? TextModeration.Trimmed(ReplacementRationale) : null;
        db.Record(User, pid, "report.moderate", $"round {rid}: {target.Kind.ToString().ToLowerInvariant()} {Do}");
        await db.SaveChangesAsync(ct);
        return Redirect($"/partnerships/{pid}/rounds/{rid}/report/moderate");
    }

    private IDataProtector Protector(int rid) => protection.CreateProtector("Poet.Reports.Moderation", rid.ToString());

    private TextRef? Unseal(int rid, string? sealedRef)
    {
        if (string.IsNullOrEmpty(sealedRef)) return null;
        try
        {
            var parts = Protector(rid).Unprotect(sealedRef).Split('|');
            return parts[0] == "c" ? new TextRef(ModeratedKind.Comment, Guid.Parse(parts[1]), int.Parse(parts[2]), null)
                : new TextRef(ModeratedKind.Outcome, null, null, Guid.Parse(parts[1]));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private Task<bool> ExistsAsync(int rid, TextRef t, CancellationToken ct) => t.Kind == ModeratedKind.Comment
        ? db.Answers.AnyAsync(a => a.ResponseId == t.ResponseId && a.RoundItemId == t.RoundItemId && db.Responses.Any(r => r.Id == a.ResponseId && r.RoundId == rid), ct)
        : db.OutcomeStatements.AnyAsync(o => o.Id == t.OutcomeId && db.Responses.Any(r => r.Id == o.ResponseId && r.RoundId == rid), ct);
}
