using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.QStudies;

namespace Poet.Web.Pages.Sorting;

/// <summary>
/// A printed code unseals a participant token, which goes into the study's cookie: the code then works like the link,
/// on any device, and always leads back to the same sort. Each open study's salt is tried in turn.
/// </summary>
[EnableRateLimiting(PoetRateLimits.AccessCode)]
public class CodeModel(PoetDb db) : PageModel
{
    public const string EnterCode = "Enter the code you were given, like ABCD-EFGH-JKMN";
    public const string NotRecognised = ShortCodeEntry.NotRecognised;

    [BindProperty] public string? Code { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ShortCodeEntry.Normalise(ModelState, nameof(Code), Code, EnterCode) is not { } normalised) return Page();
        var studies = await db.QStudies.Where(s => s.Status == QStudyStatus.Open).Select(s => new { s.Id, s.PublicKey, s.CodeSalt }).ToListAsync();
        foreach (var study in studies)
        {
            var (lookup, key) = AccessCodes.DeriveShortCode(normalised, study.CodeSalt);
            var sealedToken = await db.QPrintedCodes.Where(c => c.Lookup == lookup && c.StudyId == study.Id).Select(c => c.SealedToken).SingleOrDefaultAsync();
            if (sealedToken is not null && AccessCodes.Unseal(sealedToken, key) is { } token)
            {
                QSortJourney.SetToken(Response, study.Id, token, Request.IsHttps);
                return Redirect(QStudyLinks.Start(study.PublicKey));
            }
        }
        ModelState.AddModelError(nameof(Code), NotRecognised);
        return Page();
    }
}
