using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Reports;

[Authorize, CoordinatorOnly]
public class PublishModel(PoetDb db, PublicUrls urls) : PageModel
{
    public const string CloseFirst = "Close the survey before you publish the report, so staff see the final figures";

    public string RoundTitle { get; private set; } = "";
    public RoundStatus Status { get; private set; }
    public string? Link { get; private set; }

    public async Task OnGetAsync(int pid, int rid) => await LoadAsync(pid, rid);

    public async Task<IActionResult> OnPostPublishAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        if (Status != RoundStatus.Closed)
        {
            ModelState.AddModelError("", CloseFirst);
            return Page();
        }
        if (Link is null)
        {
            // 256 random bits: the link is the only thing standing between the report and the world.
            db.PublishedReports.Add(new PublishedReport
            {
                RoundId = rid, ShareKey = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)),
                PublishedUtc = db.UtcNow, PublishedBy = User.Identity?.Name ?? "",
            });
            // The first publication fixes the celebration/development thresholds for good (ThresholdsModel).
            var round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
            round.ThresholdsLockedUtc ??= db.UtcNow;
            db.Record(User, pid, "report.publish", $"round {rid}");
            await db.SaveChangesAsync();
        }
        return Redirect($"/partnerships/{pid}/rounds/{rid}/report/publish");
    }

    public async Task<IActionResult> OnPostUnpublishAsync(int pid, int rid)
    {
        var published = await db.PublishedReports.Where(p => p.RoundId == rid && db.Rounds.Any(r => r.Id == rid && r.PartnershipId == pid)).ToListAsync();
        if (published.Count > 0)
        {
            db.PublishedReports.RemoveRange(published);
            db.Record(User, pid, "report.unpublish", $"round {rid}");
            await db.SaveChangesAsync();
        }
        return Redirect($"/partnerships/{pid}/rounds/{rid}/report/publish");
    }

    private async Task LoadAsync(int pid, int rid)
    {
        var round = await db.Rounds.Where(r => r.Id == rid && r.PartnershipId == pid).Select(r => new { r.Title, r.Status }).SingleAsync();
        RoundTitle = round.Title;
        Status = round.Status;
        var key = await db.PublishedReports.Where(p => p.RoundId == rid).Select(p => p.ShareKey).SingleOrDefaultAsync();
        Link = key is null ? null : $"{urls.BaseUrl}/reports/{key}";
    }
}
