using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Rewrites a round's submitted responses, answers and outcomes, together with the ones the mix is releasing, in one
/// transaction and in random order. Each write otherwise leaves its trace in how rows are stored: SQLite places each
/// new cell below the last one in its page, and PostgreSQL stamps every row with the id of the transaction that wrote
/// it (xmin) and places it (ctid) in write order. After the rewrite all of them carry the mix's transaction id and lie
/// in random order, and nothing distinguishes the responses that have just arrived from earlier ones. Submitted
/// responses are final, so nothing else writes them meanwhile. Runs in the caller's transaction (<see cref="SubmissionMix"/>).
/// </summary>
public static class AnonymousRows
{
    public static async Task RewriteSubmittedAsync(PoetDb db, int roundId, IReadOnlyList<Response> arriving, CancellationToken ct = default)
    {
        var responses = await db.Responses.AsNoTracking().Where(r => r.RoundId == roundId && r.IsSubmitted).ToListAsync(ct);
        var ids = responses.Select(r => r.Id).ToList();
        var answers = await db.Answers.AsNoTracking().Where(a => ids.Contains(a.ResponseId)).ToListAsync(ct);
        var outcomes = await db.OutcomeStatements.AsNoTracking().Where(o => ids.Contains(o.ResponseId)).ToListAsync(ct);

        await db.Answers.Where(a => ids.Contains(a.ResponseId)).ExecuteDeleteAsync(ct);
        await db.OutcomeStatements.Where(o => ids.Contains(o.ResponseId)).ExecuteDeleteAsync(ct);
        await db.Responses.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(ct);

        foreach (var r in arriving)
        {
            r.IsSubmitted = true;
            answers.AddRange(r.Answers);
            outcomes.AddRange(r.Outcomes);
            r.Answers = [];
            r.Outcomes = [];
            responses.Add(r);
        }
        db.Responses.AddRange(Shuffled(responses));
        await db.SaveChangesAsync(ct);
        db.Answers.AddRange(Shuffled(answers));
        db.OutcomeStatements.AddRange(Shuffled(outcomes));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static T[] Shuffled<T>(List<T> rows)
    {
        var array = rows.ToArray();
        Random.Shared.Shuffle(array);
        return array;
    }
}
