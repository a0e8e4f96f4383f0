using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// What the submitted returns say, before any analysis: each return's outcome ratings, and the counts of chosen
/// services and barriers (<see cref="Chosen"/>, by item id) and of each agreement level per statement.
/// </summary>
public sealed record ReturnTally(IReadOnlyList<UcReturn> Returns, IReadOnlyDictionary<int, int> Chosen, IReadOnlyDictionary<int, int[]> Agreement)
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    /// <summary>
    /// A closed questionnaire's tally comes from <paramref name="cache"/> when it was read with the same number of
    /// submitted returns. Once closed, a questionnaire only gains whole returns (postal returns resolved after the
    /// close, each inserted with its answers in one transaction); no return is edited or deleted, so the count, read
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
        var responses = await db.UcResponses.AsNoTracking().Where(r => r.QuestionnaireId == qid && r.IsSubmitted)
            .Select(r => new { r.RespondentType, Answers = r.Answers.Select(a => new { a.ItemId, a.Importance, a.Happens, a.Agreement, a.Chosen }).ToList() })
            .ToListAsync(ct);
        var returns = new List<UcReturn>(responses.Count);
        var chosen = new Dictionary<int, int>();
        var agreement = new Dictionary<int, int[]>();
        foreach (var r in responses)
        {
            var importance = new int?[position.Count];
            var happens = new int?[position.Count];
            var top = new bool[position.Count];
            foreach (var a in r.Answers)
            {
                if (position.TryGetValue(a.ItemId, out var i))
                {
                    importance[i] = a.Importance is >= 1 and <= 4 ? a.Importance : null;
                    happens[i] = a.Happens is >= 1 and <= 5 ? a.Happens : null;
                    top[i] = a.Chosen;
                }
                else if (a.Chosen) chosen[a.ItemId] = chosen.GetValueOrDefault(a.ItemId) + 1;
                if (a.Agreement is >= 1 and <= 5) (agreement.TryGetValue(a.ItemId, out var c) ? c : agreement[a.ItemId] = new int[5])[a.Agreement.Value - 1]++;
            }
            returns.Add(new UcReturn(UcReport.GroupOf(r.RespondentType), importance, happens, top));
        }
        return new ReturnTally(returns, chosen, agreement);
    }
}
