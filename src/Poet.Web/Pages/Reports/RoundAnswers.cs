using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Reports;

/// <summary>A submitted outcome statement as written, before masking and moderation.</summary>
public sealed record StatementRow(Guid Id, Guid ResponseId, string Outcome, string Rationale);

/// <summary>
/// The part of a report that follows from the round's submitted answers alone: the tally and the outcome statements.
/// Moderation, publishing, the roster and the partner names are read fresh on every request; they are cheap and change on their own.
/// </summary>
public sealed record RoundAnswers(RoundTally Tally, IReadOnlyList<StatementRow> Statements)
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    /// <summary>
    /// A closed round's answers from <paramref name="cache"/> when they were read under the same
    /// <see cref="SurveyRound.AnswersVersion"/>, which the caller reads from the database with the round: every instance
    /// sharing the database sees a paper return keyed after the close. An entry under an older version is never asked
    /// for again and ages out. Open rounds are read afresh: the coordinator's interim report must show each submission
    /// at once, and raising the version on every online submission would add a write on one shared row to the survey's busiest path.
    /// </summary>
    public static async Task<RoundAnswers> LoadAsync(PoetDb db, IMemoryCache? cache, int rid, RoundStatus status, int answersVersion,
        IReadOnlyList<int> itemIds, CancellationToken ct)
    {
        if (cache is null || status != RoundStatus.Closed) return await ReadAsync(db, rid, itemIds, ct);
        var key = (typeof(RoundAnswers), rid, answersVersion);
        if (cache.TryGetValue(key, out RoundAnswers? hit)) return hit!;
        var answers = await ReadAsync(db, rid, itemIds, ct);
        cache.Set(key, answers, new MemoryCacheEntryOptions { SlidingExpiration = Idle });
        return answers;
    }

    private static async Task<RoundAnswers> ReadAsync(PoetDb db, int rid, IReadOnlyList<int> itemIds, CancellationToken ct)
    {
        var tally = await RoundTally.LoadAsync(db, rid, itemIds, ct: ct);
        var statements = await db.OutcomeStatements.AsNoTracking()
            .Where(o => db.Responses.Any(r => r.Id == o.ResponseId && r.RoundId == rid && r.IsSubmitted))
            .Select(o => new StatementRow(o.Id, o.ResponseId, o.Outcome, o.Rationale)).ToListAsync(ct);
        return new RoundAnswers(tally, statements.Where(s => tally.UsableIds.Contains(s.ResponseId)).ToArray());
    }
}
