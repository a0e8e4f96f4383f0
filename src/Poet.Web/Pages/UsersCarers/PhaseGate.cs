using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Rules;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Pages.Reports;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// Phase two goes ahead only when the latest closed staff round met its agreed threshold in usable responses
/// (brief §2 steps 3 and 7), or a host admin overrode the gate with a written reason.
/// </summary>
public sealed record PhaseGate(bool IsOpen, bool ThresholdMet, string Explanation, UcGateOverride? Override)
{
    public static async Task<PhaseGate> CheckAsync(PoetDb db, int pid, CancellationToken ct = default)
    {
        var overridden = await db.UcGateOverrides.AsNoTracking().Where(o => o.PartnershipId == pid).OrderByDescending(o => o.Id).FirstOrDefaultAsync(ct);
        var round = await db.Rounds.AsNoTracking().Where(r => r.PartnershipId == pid && r.Status == RoundStatus.Closed)
            .OrderByDescending(r => r.ClosesOn).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (round is null)
            return new(overridden is not null, false,
                "No staff survey round has closed yet. This phase opens once the staff survey has closed and met its agreed threshold.", overridden);

        var items = await HealthReport.ItemsAsync(db, round.Id, ct);
        var tally = await RoundTally.LoadAsync(db, round.Id, items.Select(i => i.Id).ToArray(), ct: ct);
        var invited = Math.Max(await db.Invitations.CountAsync(i => i.RoundId == round.Id, ct), tally.Submitted);
        ResponseThreshold threshold = round.ThresholdKind == ThresholdKind.Percent
            ? new ResponseThreshold.PercentOfInvited(Math.Clamp(round.ThresholdValue, 0, 100))
            : new ResponseThreshold.Count(Math.Max(0, round.ThresholdValue));
        var required = threshold.RequiredResponses(invited);
        var agreed = round.ThresholdKind == ThresholdKind.Percent
            ? $"{required} ({round.ThresholdValue}% of the {invited} staff invited)"
            : required.ToString();
        var met = tally.Usable >= required;
        var explanation = met
            ? $"The staff survey \"{round.Title}\" had {tally.Usable} usable responses, meeting the agreed threshold of {agreed}."
            : $"The staff survey \"{round.Title}\" had {tally.Usable} usable responses; the agreed threshold was {agreed}.";
        return new(met || overridden is not null, met, explanation, overridden);
    }
}
