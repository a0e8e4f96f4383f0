using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Outcomes;

/// <summary>The partnership's current agreed outcomes: the latest version of the most recently agreed round's list.</summary>
[Authorize]
public class PartnershipModel(PoetDb db) : PageModel
{
    public string PartnershipName { get; private set; } = "";
    public AgreedList? List { get; private set; }
    public string RoundTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        PartnershipName = await db.Partnerships.Where(p => p.Id == pid).Select(p => p.Name).SingleAsync();
        List = await CurrentAgreedList.Of(db, pid).Include(l => l.Items).FirstOrDefaultAsync();
        if (List is not null) RoundTitle = await db.Rounds.Where(r => r.Id == List.RoundId && r.PartnershipId == pid).Select(r => r.Title).SingleAsync();
        return Page();
    }
}
