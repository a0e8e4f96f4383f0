using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Reports;

/// <summary>The report as staff see it through the shared link: moderated, suppressed, and only for closed rounds.</summary>
[AllowAnonymous]
public class PublishedModel(PoetDb db, IMemoryCache cache) : PageModel
{
    public HealthReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        var round = await db.PublishedReports.AsNoTracking()
            .Where(p => p.ShareKey == key)
            .Join(db.Rounds, p => p.RoundId, r => r.Id, (p, r) => new { r.Id, r.PartnershipId, r.Status })
            .SingleOrDefaultAsync(ct);
        if (round is null || round.Status != RoundStatus.Closed) return NotFound();
        Report = (await HealthReport.LoadAsync(db, round.PartnershipId, round.Id, ReportView.Public, cache, ct))!;
        return Page();
    }
}
