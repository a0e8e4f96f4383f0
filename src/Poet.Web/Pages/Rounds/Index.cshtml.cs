using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.Disclosure;
using Poet.Analysis.Responses;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Reports;

namespace Poet.Web.Pages.Rounds;

/// <summary>The coordinator's dashboard: counts, rates against the threshold, and participation by employer.</summary>
public class IndexModel(PoetDb db, PartnershipAccess access, IMemoryCache cache) : PageModel
{
    public SurveyRound Round { get; private set; } = null!;
    public bool IsCoordinator { get; private set; }
    public int Invited { get; private set; }
    public int Started { get; private set; }
    public int Submitted { get; private set; }
    /// <summary>Submitted online and waiting for the mix, which adds them to the results in groups (SubmissionMix).</summary>
    public int Waiting { get; private set; }
    public int Usable { get; private set; }
    public ThresholdCheck Threshold { get; private set; } = null!;
    public IReadOnlyList<PublishedParticipation> ByPartner { get; private set; } = [];

    /// <summary>The round page's sentence about when the roster's contact details go (<see cref="Poet.Analysis.DataProtection.Retention"/>), or null for a draft.</summary>
    public string? ContactsSentence { get; private set; }

    public static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        IsCoordinator = (await access.RolesInAsync(pid)).Contains(PartnershipRole.Coordinator);

        Invited = await db.Invitations.CountAsync(i => i.RoundId == rid);
        Started = await db.SurveyDrafts.CountAsync(d => d.RoundId == rid) + await db.Responses.CountAsync(r => r.RoundId == rid && !r.IsSubmitted);
        Waiting = await db.SealedSubmissions.CountAsync(s => s.RoundId == rid);

        // The same tally and release as the report, so the two pages can never disagree about who answered.
        var items = await HealthReport.ItemsAsync(db, rid, HttpContext.RequestAborted);
        var tally = (await RoundAnswers.LoadAsync(db, cache, rid, Round.Status, Round.AnswersVersion, items.Select(i => i.Id).ToArray(), HttpContext.RequestAborted)).Tally;
        Submitted = tally.Submitted;
        Usable = tally.Usable;
        Threshold = ResponseThreshold.Check(Round.ThresholdKind == ThresholdKind.Percent, Round.ThresholdValue, Invited, Usable);
        var release = await RoundReleaseData.LoadAsync(db, pid, rid, tally, HttpContext.RequestAborted);
        ByPartner = Invited == 0 && Submitted == 0 ? [] : release.Participation();
        if (Round.Status != RoundStatus.Draft && Invited > 0)
        {
            var periods = await RetentionSchedule.LoadAsync(db, HttpContext.RequestAborted);
            var from = Round.Status == RoundStatus.Closed ? Poet.Analysis.DataProtection.Retention.ClosedOn(Round.ClosedUtc, Round.ClosesOn) : Round.ClosesOn;
            ContactsSentence = Poet.Analysis.DataProtection.Retention.ContactsSentence(
                Poet.Analysis.DataProtection.Retention.DueOn(from, periods.RosterContactDays),
                Round.ContactsDeletedUtc is { } d ? DateOnly.FromDateTime(d) : null, Round.Status == RoundStatus.Closed);
        }
        return Page();
    }
}
