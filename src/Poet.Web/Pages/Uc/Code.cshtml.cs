using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Uc;

/// <summary>
/// A printed code opens one response, resumable from any device: the token is derived from the code itself
/// (never stored), so the response keeps only its hash and nothing links it to the form the code was printed on.
/// </summary>
[EnableRateLimiting(PoetRateLimits.AccessCode)]
public class CodeModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    public const string EnterCode = "Enter the code printed on your slip, like ABCD-EFGH-JKMN";
    public const string NotRecognised = ShortCodeEntry.NotRecognised;

    [BindProperty] public string? Code { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ShortCodeEntry.Normalise(ModelState, nameof(Code), Code, EnterCode) is not { } normalised) return Page();
        var open = await Db.UcQuestionnaires.Where(q => q.Status == UcStatus.Open).Select(q => new { q.Id, q.LinkKey, q.CodeSalt }).ToListAsync();
        foreach (var q in open)
        {
            var (lookup, secret) = AccessCodes.DeriveShortCode(normalised, q.CodeSalt);
            if (!await Db.UcForms.AnyAsync(f => f.QuestionnaireId == q.Id && f.Kind == UcFormKind.Code && f.CodeLookup == lookup)) continue;
            await EnterAsync(q.LinkKey);
            await StartAsync(UcMethod.Code, Convert.ToBase64String(secret));
            return Redirect(Journey.Path(UcJourney.Who));
        }
        ModelState.AddModelError(nameof(Code), NotRecognised);
        return Page();
    }
}
