using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

/// <summary>
/// For people answering from a paper letter or over the phone: the short code unseals the same token as the emailed link.
/// Codes are derived with each open round's salt, so a code is tried against every open round.
/// </summary>
[EnableRateLimiting(PoetRateLimits.AccessCode)]
public class CodeModel(PoetDb db, TimeProvider clock) : PageModel
{
    /// <summary>
    /// A code from a round that closed this recently still leads to its link, which says the survey has closed, so the
    /// person reads the same message as with their emailed link (issue 15, item 8) instead of "not recognised".
    /// </summary>
    public const int ClosedRoundsTriedForDays = 60;

    public const string EnterCode = "Enter the code from your invitation, like ABCD-EFGH-JKMN";
    public const string NotRecognised = ShortCodeEntry.NotRecognised;

    [BindProperty] public string? Code { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ShortCodeEntry.Normalise(ModelState, nameof(Code), Code, EnterCode) is not { } normalised) return Page();
        var since = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-ClosedRoundsTriedForDays);
        var rounds = await db.Rounds.Where(r => r.Status == RoundStatus.Open || (r.Status == RoundStatus.Closed && r.ClosesOn >= since))
            .OrderBy(r => r.Status == RoundStatus.Open ? 0 : 1).Select(r => new { r.Id, r.CodeSalt }).ToListAsync();
        foreach (var round in rounds)
        {
            var (lookup, key) = AccessCodes.DeriveShortCode(normalised, round.CodeSalt);
            var sealedToken = await db.AccessCodes.Where(c => c.ShortCodeLookup == lookup)
                .Join(db.Invitations.Where(i => i.RoundId == round.Id), c => c.InvitationId, i => i.Id, (c, i) => c.SealedToken)
                .SingleOrDefaultAsync();
            if (sealedToken is not null && AccessCodes.Unseal(sealedToken, key) is { } token) return Redirect(SurveyLinks.Online(token));
        }
        ModelState.AddModelError(nameof(Code), NotRecognised);
        return Page();
    }
}
