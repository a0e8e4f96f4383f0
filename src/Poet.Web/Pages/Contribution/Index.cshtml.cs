using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Contribution;

/// <summary>Every agreed outcome with its contribution story's state, and the board's PDF and Word summary.</summary>
public class IndexModel(PoetDb db, IMemoryCache cache, PartnershipAccess access) : PageModel
{
    public ContributionData Data { get; private set; } = null!;
    public bool IsCoordinator { get; private set; }

    public async Task OnGetAsync(int pid)
    {
        Data = await ContributionData.LoadAsync(db, pid, cache, HttpContext.RequestAborted);
        IsCoordinator = (await access.RolesInAsync(pid)).Contains(PartnershipRole.Coordinator);
    }
}
