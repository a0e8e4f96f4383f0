using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds;

/// <summary>
/// Closing a round, the one way both the coordinator's button and the closing date do it: every waiting submission is
/// mixed in first (however few), the round is closed and its answers version raised (cached reports go), the audit
/// entry is added by the caller's <paramref name="audit"/>, and the national aggregate is refreshed.
/// </summary>
public static class RoundClosing
{
    public static async Task CloseAsync(PoetDb db, SubmissionMix mix, SurveyRound round, DateTime nowUtc, Action<PoetDb> audit, CancellationToken ct = default)
    {
        await mix.MixAsync(closing: round.Id, ct);
        round.Status = RoundStatus.Closed;
        round.ClosedUtc = nowUtc;
        round.AnswersVersion++;
        audit(db);
        await db.SaveChangesAsync(ct);
        await NationalAggregate.RefreshAsync(db, round.Id, ct);
    }
}
