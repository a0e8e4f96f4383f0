using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Contribution;

/// <summary>One outcome's contribution story, each link of the chain with the evidence POET holds for it and the gaps.</summary>
public class OutcomeModel(PoetDb db, IMemoryCache cache, PartnershipAccess access) : PageModel
{
    public ContributionData Data { get; private set; } = null!;
    public OutcomeStory Story { get; private set; } = null!;
    public bool IsCoordinator { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid, int outcomeId)
    {
        Data = await ContributionData.LoadAsync(db, pid, cache, HttpContext.RequestAborted);
        if (Data.Outcomes.FirstOrDefault(o => o.Outcome.Id == outcomeId) is not { } story) return NotFound();
        Story = story;
        IsCoordinator = (await access.RolesInAsync(pid)).Contains(PartnershipRole.Coordinator);
        return Page();
    }
}
