using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Rewrites a round's submitted responses, answers and outcomes in one transaction, in random order. Each submission
/// otherwise leaves its trace in how rows are stored: PostgreSQL stamps every row with the id of the transaction
/// that last wrote it (xmin, rising in submission order) and places it physically (ctid) in write order. After the
/// rewrite all of them carry one transaction id and lie in random order. SQLite keeps these tables WITHOUT ROWID,
/// ordered by their random keys, so there the rewrite changes nothing an attacker could read, and costs little.
/// Submitted responses are final, so nothing else writes them meanwhile. Runs in the caller's transaction, which
/// <see cref="CompletionFlags.FlushAsync"/> serialises across instances.
/// </summary>
public static class AnonymousRows
{
    public static async Task RewriteSubmittedAsync(PoetDb db, IReadOnlyCollection<int> roundIds, CancellationToken ct = default)
    {
        if (roundIds.Count == 0) return;
        var responses = await db.Responses.AsNoTracking().Where(r => roundIds.Contains(r.RoundId) && r.IsSubmitted).ToListAsync(ct);
        var ids = responses.Select(r => r.Id).ToList();
        var answers = await db.Answers.AsNoTracking().Where(a => ids.Contains(a.ResponseId)).ToListAsync(ct);
        var outcomes = await db.OutcomeStatements.AsNoTracking().Where(o => ids.Contains(o.ResponseId)).ToListAsync(ct);

        await db.Answers.Where(a => ids.Contains(a.ResponseId)).ExecuteDeleteAsync(ct);
        await db.OutcomeStatements.Where(o => ids.Contains(o.ResponseId)).ExecuteDeleteAsync(ct);
        await db.Responses.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(ct);

        db.Responses.AddRange(Shuffled(responses));
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
