using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Disclosure;
using Poet.Analysis.Responses;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds;

/// <summary>The coordinator's dashboard: counts, rates against the threshold, and participation by employer.</summary>
public class IndexModel(PoetDb db, PartnershipAccess access) : PageModel
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
    public string UnsureLabel => ItemBank.Current.Section(1).Questions.Single(q => q.Kind == "partner").OtherOption ?? "Unsure or other";

    public static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        IsCoordinator = (await access.RolesInAsync(pid)).Contains(PartnershipRole.Coordinator);

        var invitedByPartner = await db.Invitations.Where(i => i.RoundId == rid)
            .GroupBy(i => i.PartnerOrganisationId).Select(g => new { PartnerId = g.Key, Count = g.Count() }).ToListAsync();
        Invited = invitedByPartner.Sum(g => g.Count);
        Started = await db.SurveyDrafts.CountAsync(d => d.RoundId == rid) + await db.Responses.CountAsync(r => r.RoundId == rid && !r.IsSubmitted);
        Waiting = await db.SealedSubmissions.CountAsync(s => s.RoundId == rid);

        var likertItems = db.RoundItems.Where(i => i.RoundId == rid && (i.Section == 2 || i.Section == 3)).Select(i => i.Id);
        var likertCount = await likertItems.CountAsync();
        var submitted = await db.Responses.Where(r => r.RoundId == rid && r.IsSubmitted)
            .Select(r => new { r.PartnerOrganisationId, Answered = r.Answers.Count(a => a.Value != null && likertItems.Contains(a.RoundItemId)) })
            .ToListAsync();
        Submitted = submitted.Count;
        Usable = submitted.Count(r => Usability.IsUsable(true, r.Answered, likertCount));
        Threshold = ResponseThreshold.Check(Round.ThresholdKind == ThresholdKind.Percent, Round.ThresholdValue, Invited, Usable);

        var partners = await db.PartnerOrganisations.Where(p => p.PartnershipId == pid).OrderBy(p => p.Name).ToListAsync();
        var groups = partners
            .Select(p => new ParticipationCount(p.Name, (int?)(invitedByPartner.SingleOrDefault(g => g.PartnerId == p.Id)?.Count ?? 0), submitted.Count(r => r.PartnerOrganisationId == p.Id)))
            // A partner nobody was invited from and nobody chose adds nothing, and hiding it would force another group to be hidden.
            .Where(g => g.Invited > 0 || g.Responded > 0)
            .ToList();
        var unsure = submitted.Count(r => r.PartnerOrganisationId is not int id || partners.All(p => p.Id != id));
        if (unsure > 0) groups.Add(new ParticipationCount(UnsureLabel, null, unsure));
        ByPartner = Suppression.SuppressParticipation(groups).Rows;
        return Page();
    }
}
