using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Partnerships;

public class IndexModel(PoetDb db, PartnershipAccess access) : PageModel
{
    public sealed record Row(int Id, string Name, string Area, string Role);

    public bool IsHostAdmin => access.IsHostAdmin;
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var visible = access.VisiblePartnershipIds();
        var partnerships = await db.Partnerships.Where(p => visible.Contains(p.Id)).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.Area }).ToListAsync();
        var roles = await db.Members.Where(m => m.UserId == access.UserId).Select(m => new { m.PartnershipId, m.Role }).ToListAsync();
        Rows = partnerships.Select(p =>
        {
            var mine = roles.Where(r => r.PartnershipId == p.Id).Select(r => r.Role).Order().Select(RoleName).ToList();
            if (mine.Count == 0) mine.Add("Host administrator");
            return new Row(p.Id, p.Name, p.Area, string.Join(", ", mine));
        }).ToList();
    }

    public static string RoleName(PartnershipRole role) => role == PartnershipRole.Coordinator ? "Coordinator" : "Facilitator";
}
