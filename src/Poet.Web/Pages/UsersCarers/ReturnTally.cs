using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// What the submitted returns say, before any analysis: each return's outcome ratings, and the counts of chosen
/// services and barriers (<see cref="Chosen"/>, by item id), how each return came in (<see cref="Methods"/>, one per return) and of each agreement level per statement.
/// </summary>
public sealed record ReturnTally(IReadOnlyList<UcReturn> Returns, IReadOnlyList<UcMethod> Methods, IReadOnlyDictionary<int, int> Chosen, IReadOnlyDictionary<int, int[]> Agreement)
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    /// <summary>
    /// A closed questionnaire's tally comes from <paramref name="cache"/> when it was read with the same number of
    /// submitted returns. Once closed, a questionnaire only gains whole returns (postal returns resolved after the
    /// close, released 5 or more at a time, each inserted with its answers in one transaction: PostalReturn.TryCompleteAsync); no return is edited or deleted, so the count, read
    /// from the shared database on every request, changes whenever the tally would, on every instance. Open
    /// questionnaires are read afresh, as open staff rounds are.
    /// </summary>
    public static async Task<ReturnTally> LoadAsync(PoetDb db, IMemoryCache? cache, int qid, UcStatus status, IReadOnlyDictionary<int, int> position, CancellationToken ct)
    {
        if (cache is null || status != UcStatus.Closed) return await ReadAsync(db, qid, position, ct);
        var submitted = await db.UcResponses.CountAsync(r => r.QuestionnaireId == qid && r.IsSubmitted, ct);
        var key = (typeof(ReturnTally), qid, submitted);
        if (cache.TryGetValue(key, out ReturnTally? hit)) return hit!;
        var tally = await ReadAsync(db, qid, position, ct);
        cache.Set(key, tally, new MemoryCacheEntryOptions { SlidingExpiration = Idle });
        return tally;
    }

    private static async Task<ReturnTally> ReadAsync(PoetDb db, int qid, IReadOnlyDictionary<int, int> position, CancellationToken ct)
    {
        // One row per return, its answers packed into one string by the database (group_concat / string_agg), as in
        // the staff report's RoundTally: materialising 140,000 nested answer rows through EF was most of the cold cost.
        // Values outside their scales travel as 0, which reads back as skipped.
        var packed = from r in db.UcResponses.AsNoTracking()
                     where r.QuestionnaireId == qid && r.IsSubmitted
                     join a in db.UcAnswers.AsNoTracking() on r.Id equals a.ResponseId
                     group a by new { r.Id, r.RespondentType, r.Method } into g
                     select new
                     {
                         g.Key.RespondentType,
                         g.Key.Method,
                         Codes = string.Join(",", g.Select(a => (((((long)a.ItemId * 2 + (a.Chosen ? 1 : 0))
                             * AgreementBase + (a.Agreement >= 1 && a.Agreement <= 5 ? a.Agreement!.Value : 0))
                             * HappensBase + (a.Happens >= 1 && a.Happens <= 5 ? a.Happens!.Value : 0))
                             * ImportanceBase + (a.Importance >= 1 && a.Importance <= 4 ? a.Importance!.Value : 0)).ToString())),
                     };
        // The join leaves out returns without a single answer row; they still count, with every question skipped.
        var unanswered = await db.UcResponses.AsNoTracking()
            .Where(r => r.QuestionnaireId == qid && r.IsSubmitted && !db.UcAnswers.Any(a => a.ResponseId == r.Id))
            .Select(r => new { r.RespondentType, r.Method }).ToListAsync(ct);
        var returns = new List<UcReturn>();
        var methods = new List<UcMethod>();
        var chosen = new Dictionary<int, int>();
        var agreement = new Dictionary<int, int[]>();
        await foreach (var r in packed.AsAsyncEnumerable().WithCancellation(ct))
        {
            var (importance, happens, top) = (new int?[position.Count], new int?[position.Count], new bool[position.Count]);
            // Parsed in place: splitting would allocate a string per answer, which is what the packing avoids.
            var codes = r.Codes.AsSpan();
            var code = 0L;
            for (var k = 0; k <= codes.Length; k++)
            {
                if (k < codes.Length && codes[k] != ',') { code = code * 10 + codes[k] - '0'; continue; }
                var imp = (int)(code % ImportanceBase);
                var hap = (int)(code / ImportanceBase % HappensBase);
                var agr = (int)(code / (ImportanceBase * HappensBase) % AgreementBase);
                var isChosen = code / (ImportanceBase * HappensBase * AgreementBase) % 2 == 1;
                var itemId = (int)(code / (ImportanceBase * HappensBase * AgreementBase * 2));
                code = 0;
                if (position.TryGetValue(itemId, out var i))
                {
                    importance[i] = imp == 0 ? null : imp;
                    happens[i] = hap == 0 ? null : hap;
                    top[i] = isChosen;
                }
                else if (isChosen) chosen[itemId] = chosen.GetValueOrDefault(itemId) + 1;
                if (agr != 0) (agreement.TryGetValue(itemId, out var c) ? c : agreement[itemId] = new int[5])[agr - 1]++;
            }
            returns.Add(new UcReturn(UcReport.GroupOf(r.RespondentType), importance, happens, top));
            methods.Add(r.Method);
        }
        foreach (var r in unanswered)
        {
            returns.Add(new UcReturn(UcReport.GroupOf(r.RespondentType), new int?[position.Count], new int?[position.Count], new bool[position.Count]));
            methods.Add(r.Method);
        }
        return new ReturnTally(returns, methods, chosen, agreement);
    }

    /// <summary>An answer travels packed as (((item id × 2 + chosen) × 6 + agreement) × 6 + happens) × 5 + importance, 0 = none.</summary>
    private const long ImportanceBase = 5, HappensBase = 6, AgreementBase = 6;
}
