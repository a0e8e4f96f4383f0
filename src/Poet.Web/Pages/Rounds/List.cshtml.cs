using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds;

public class ListModel(PoetDb db, PartnershipAccess access) : PageModel
{
    public string PartnershipName { get; private set; } = "";
    public IReadOnlyList<SurveyRound> Rounds { get; private set; } = [];
    public bool IsCoordinator { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        PartnershipName = await db.Partnerships.Where(p => p.Id == pid).Select(p => p.Name).SingleAsync();
        Rounds = await db.Rounds.Where(r => r.PartnershipId == pid).OrderByDescending(r => r.Id).ToListAsync();
        IsCoordinator = (await access.RolesInAsync(pid)).Contains(PartnershipRole.Coordinator);
        return Page();
    }
}
