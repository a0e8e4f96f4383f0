using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.QStudies;

[Authorize]
public class IndexModel(PoetDb db) : PageModel
{
    public sealed record Row(int Id, string Title, QStudyStatus Status, int Statements, int Submitted);

    public string PartnershipName { get; private set; } = "";
    public List<Row> Studies { get; private set; } = [];

    public async Task OnGetAsync(int pid)
    {
        PartnershipName = await db.Partnerships.Where(p => p.Id == pid).Select(p => p.Name).SingleAsync();
        Studies = await db.QStudies.Where(s => s.PartnershipId == pid).OrderByDescending(s => s.CreatedUtc)
            .Select(s => new Row(s.Id, s.Title, s.Status, s.Statements.Count, db.QSorts.Count(q => q.StudyId == s.Id && q.IsSubmitted)))
            .ToListAsync();
    }
}
