using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Reports;

/// <summary>Whether the signed-in user may see a round's report (and its downloads) yet, and if not, why in words.</summary>
public sealed record ReportAccess(RoundStatus Status, bool IsCoordinator, string? Unavailable)
{
    public const string NotOpened = "The survey has not opened yet, so there is no report. The report appears once people start answering.";
    public const string StillOpen = "The report is not ready yet: the survey is still open. You can see it when the coordinator closes the survey.";

    public bool IsInterim => Status == RoundStatus.Open;

    /// <summary>Drafts have no report; while a round is open only coordinators see the interim report.</summary>
    public static async Task<ReportAccess> CheckAsync(PartnershipAccess access, PoetDb db, int pid, int rid)
    {
        var status = await db.Rounds.Where(r => r.Id == rid && r.PartnershipId == pid).Select(r => r.Status).SingleAsync();
        var coordinator = (await access.RolesInAsync(pid)).Contains(PartnershipRole.Coordinator);
        var unavailable = status switch
        {
            RoundStatus.Draft => NotOpened,
            RoundStatus.Open when !coordinator => StillOpen,
            _ => null,
        };
        return new ReportAccess(status, coordinator, unavailable);
    }
}
