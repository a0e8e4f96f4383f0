using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Reports;

[Authorize]
public class ReportModel(PoetDb db, PartnershipAccess access, IMemoryCache cache) : PageModel
{
    public HealthReport? Report { get; private set; }
    public ReportAccess Access { get; private set; } = null!;

    public async Task OnGetAsync(int pid, int rid, CancellationToken ct)
    {
        Access = await ReportAccess.CheckAsync(access, db, pid, rid);
        if (Access.Unavailable is null) Report = await HealthReport.LoadAsync(db, pid, rid, ReportView.Team, cache, ct);
    }
}
