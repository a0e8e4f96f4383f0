using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds.Roster;

[CoordinatorOnly]
public class IndexModel(PoetDb db) : PageModel
{
    public const int PageSize = 100;

    /// <summary>A one-off message carried across the redirect after an import, an addition or a removal.</summary>

    public SurveyRound Round { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Participation counts only: no row says whether that person submitted or was reminded (see the page's note).</summary>
    public int Submitted { get; private set; }
    public int Reminders { get; private set; }

    public sealed record Row(int Id, string Email, string? Name, string Partner, string? Profession, SendStatus Status, string? LastError);

    public async Task<IActionResult> OnGetAsync(int pid, int rid, [FromQuery(Name = "page")] int? page)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        Total = await db.Invitations.CountAsync(i => i.RoundId == rid);
        Submitted = await db.Invitations.CountAsync(i => i.RoundId == rid && i.HasSubmitted);
        Reminders = await db.Invitations.Where(i => i.RoundId == rid).SumAsync(i => i.RemindersSent);
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        Rows = await (
                from i in db.Invitations.Where(i => i.RoundId == rid)
                join p in db.PartnerOrganisations.Where(p => p.PartnershipId == pid) on i.PartnerOrganisationId equals p.Id
                from g in db.ProfessionalGroups.Where(g => g.PartnershipId == pid && g.Id == i.ProfessionalGroupId).DefaultIfEmpty()
                orderby i.Email
                select new Row(i.Id, i.Email, i.Name, p.Name, g == null ? null : g.Name, i.SendStatus, i.LastError))
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        return Page();
    }

    public static string Describe(SendStatus status) => status switch
    {
        SendStatus.NotSent => "Not sent",
        SendStatus.Queued => "Sending",
        SendStatus.Sent => "Sent",
        _ => "Failed",
    };
}
