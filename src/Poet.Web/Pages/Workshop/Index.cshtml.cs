using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Workshop;

/// <summary>Where participants type the join code shown by the facilitator.</summary>
[EnableRateLimiting(PoetRateLimits.AccessCode)]
public class IndexModel(PoetDb db, SharedRateLimits limits) : PageModel
{
    public const string EnterCode = "Enter the 8-character code shown by the facilitator";

    [BindProperty] public string? Code { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var code = WorkshopParticipation.Normalise(Code);
        if (code.Length == 0) ModelState.AddModelError(nameof(Code), EnterCode);
        else if (await WorkshopParticipation.TooManyMissesAsync(limits, HttpContext)) return StatusCode(StatusCodes.Status429TooManyRequests);
        else if (await WorkshopParticipation.OpenAsync(db, code) is null)
        {
            await WorkshopParticipation.CountMissAsync(limits, HttpContext);
            ModelState.AddModelError(nameof(Code), await WorkshopParticipation.MissingWorkshopMessageAsync(db, HttpContext, code));
        }
        if (!ModelState.IsValid) return Page();
        return Redirect($"/workshop/{code}");
    }
}
