using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Web.Pages.Shared;

namespace Poet.Web.Pages.Admin;

public class AuditModel(PoetDb db) : PageModel
{
    public sealed record Choice(int Id, string Name);

    [BindProperty(SupportsGet = true)] public int? Partnership { get; set; }
    public List<Choice> Partnerships { get; private set; } = [];
    public AuditListing Listing { get; private set; } = new([], 1, 1, _ => "");

    // "page" is also Razor Pages' own route value (the page name), so the number is read from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1)
    {
        Partnerships = await db.Partnerships.OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync();
        var entries = Partnership is int pid ? db.Audit.Where(a => a.PartnershipId == pid) : db.Audit;
        var filter = Partnership is int id ? $"partnership={id}&" : "";
        Listing = await AuditListing.LoadAsync(entries, page, n => $"/admin/audit?{filter}page={n}");
    }
}
