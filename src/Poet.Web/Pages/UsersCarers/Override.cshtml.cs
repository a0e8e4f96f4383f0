using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>A host admin may open phase two although the staff survey missed its threshold; the written reason is kept and audited.</summary>
public class OverrideModel(PoetDb db, PartnershipAccess access) : PageModel
{
    public const string EnterReason = "Enter why this phase should go ahead although the staff survey missed its threshold";

    [BindProperty] public string? Reason { get; set; }
    public PhaseGate Gate { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        if (!access.IsHostAdmin) return NotFound();
        Gate = await PhaseGate.CheckAsync(db, pid);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid)
    {
        if (!access.IsHostAdmin) return NotFound();
        Gate = await PhaseGate.CheckAsync(db, pid);
        var reason = Reason?.Trim() ?? "";
        if (reason.Length == 0) ModelState.AddModelError(nameof(Reason), EnterReason);
        else if (reason.Length > 2000) ModelState.AddModelError(nameof(Reason), "Reason must be 2,000 characters or fewer");
        if (!ModelState.IsValid) return Page();
        var entry = new UcGateOverride { PartnershipId = pid, Reason = reason, UserName = User.Identity?.Name ?? "", AtUtc = db.UtcNow };
        db.UcGateOverrides.Add(entry);
        db.Record(User, pid, "phase2.override", $"{Gate.Explanation} Reason: {reason}");
        await db.SaveChangesAsync();
        return Redirect(UcLinks.Phase(pid));
    }
}
