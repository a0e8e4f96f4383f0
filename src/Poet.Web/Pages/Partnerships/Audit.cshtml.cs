using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Shared;

namespace Poet.Web.Pages.Partnerships;

[CoordinatorOnly]
public class AuditModel(PoetDb db) : PageModel
{
    public AuditListing Listing { get; private set; } = new([], 1, 1, _ => "");

    public async Task OnGetAsync(int pid, [FromQuery(Name = "page")] int page = 1) =>
        Listing = await AuditListing.LoadAsync(db.Audit.Where(a => a.PartnershipId == pid), page, n => $"{PartnershipLinks.Audit(pid)}?page={n}");
}
