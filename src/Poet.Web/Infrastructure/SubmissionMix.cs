using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Poet.Analysis.Disclosure;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Pages.Rounds;

namespace Poet.Web.Infrastructure;

/// <summary>
/// The mix (ADR 0001, docs/anonymity.md). A submission is acknowledged once its answers are saved sealed, padded and
/// without any invitation id in <see cref="SealedSubmission"/>; the draft goes and the invitation is marked, all in one
/// transaction. Later, in a transaction of its own, the mix opens a round's waiting submissions only when at least
/// <see cref="MinimumBatch"/> wait (or the round has closed), and rewrites all of the round's submitted responses in
/// random order, so that neither storage order, transaction ids nor the time a response appeared says whose it is.
/// On SQLite it then checkpoints and truncates the WAL, so old page images go too (secure_delete zeroes freed space).
/// </summary>
public sealed class SubmissionMix(IServiceScopeFactory scopes, SealedAnswers sealer, ILogger<SubmissionMix> log)
{
    /// <summary>A batch is never smaller than the smallest group POET publishes, except the last one of a closed round.</summary>
    public const int MinimumBatch = Suppression.MinimumCellSize;

    /// <summary>
    /// Adds the submission to <paramref name="db"/>'s changes: the draft removed, the sealed answers queued, the invitation
    /// marked as submitted. The caller saves, in one transaction, so an acknowledged submission is durable.
    /// </summary>
    public void Stage(PoetDb db, SurveyDraft draft, Response answers, Invitation invitation)
    {
        db.SurveyDrafts.Remove(draft);
        db.SealedSubmissions.Add(new SealedSubmission { Id = Guid.NewGuid(), RoundId = answers.RoundId, Sealed = sealer.SealSubmission(answers) });
        invitation.HasSubmitted = true;
    }

    /// <summary>
    /// Adds a paper questionnaire keyed after the round closed to <paramref name="db"/>'s changes: its answers sealed into
    /// the mix like an online submission, the unfinished paper response removed. It reaches the round's responses, and
    /// so its release, only in a batch of at least <see cref="MinimumBatch"/> (<see cref="MixAsync"/>): someone who
    /// downloads the report before and after a late return cannot take one return's answers from the difference.
    /// The caller saves, in one transaction.
    /// </summary>
    public void StageLatePaper(PoetDb db, Response paper)
    {
        db.Answers.RemoveRange(paper.Answers);
        db.OutcomeStatements.RemoveRange(paper.Outcomes);
        db.Responses.Remove(paper);
        db.SealedSubmissions.Add(new SealedSubmission { Id = Guid.NewGuid(), RoundId = paper.RoundId, Sealed = sealer.SealSubmission(paper) });
    }

    public async Task<int> WaitingCountAsync(int? roundId = null, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var pool = scope.ServiceProvider.GetRequiredService<PoetDb>().SealedSubmissions.AsQueryable();
        return await (roundId is { } rid ? pool.Where(s => s.RoundId == rid) : pool).CountAsync(ct);
    }

    /// <summary>
    /// Mixes every round with at least <see cref="MinimumBatch"/> waiting submissions, and every waiting submission of
    /// <paramref name="closing"/> (the round being closed: its last batch may be smaller). After the close a round's
    /// waiting submissions (late paper returns) are released only in batches of at least <see cref="MinimumBatch"/>, so a
    /// closed round's release changes by none or at least 5 responses. Returns how many responses were released.
    /// </summary>
    public async Task<int> MixAsync(int? closing = null, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
        var released = 0;
        var closedReleased = new List<int>();
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // Updating the mix's row first serialises mixes across instances (and takes SQLite's write lock up front).
            var now = db.UtcNow;
            await db.JobLeases.Where(j => j.Name == JobLease.SubmissionMix).ExecuteUpdateAsync(s => s.SetProperty(j => j.ExpiresUtc, now), ct);
            var waiting = await db.SealedSubmissions.GroupBy(s => s.RoundId).Select(g => new { RoundId = g.Key, Count = g.Count() }).ToListAsync(ct);
            if (waiting.Count == 0) return 0;
            var roundIds = waiting.Select(w => w.RoundId).ToList();
            var closed = await db.Rounds.Where(r => roundIds.Contains(r.Id) && (r.Status == RoundStatus.Closed || r.Id == closing)).Select(r => r.Id).ToListAsync(ct);
            var due = waiting.Where(w => w.Count >= MinimumBatch || w.RoundId == closing).Select(w => w.RoundId).ToList();
            foreach (var rid in due)
            {
                var pool = await db.SealedSubmissions.AsNoTracking().Where(s => s.RoundId == rid).ToListAsync(ct);
                var opened = pool.Select(s => (s.Id, Response: sealer.OpenSubmission(s))).Where(p => p.Response is not null).ToList();
                if (opened.Count < pool.Count)
                    log.LogWarning("{Count} waiting submissions were sealed with another secret; give every instance the same Poet:SecretKey", pool.Count - opened.Count);
                if (opened.Count == 0) continue;
                var ids = opened.Select(p => p.Id).ToList();
                await db.SealedSubmissions.Where(s => ids.Contains(s.Id)).ExecuteDeleteAsync(ct);
                await AnonymousRows.RewriteSubmittedAsync(db, rid, opened.Select(p => p.Response!).ToList(), ct);
                released += opened.Count;
                if (closed.Contains(rid) && rid != closing) closedReleased.Add(rid);
            }
            // A batch of late returns into a closed round changes its answers: reports cached under the old version go.
            if (closedReleased.Count > 0)
                await db.Rounds.Where(r => closedReleased.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.AnswersVersion, r => r.AnswersVersion + 1), ct);
            await transaction.CommitAsync(ct);
        }
        foreach (var rid in closedReleased) await NationalAggregate.RefreshAsync(db, rid, ct);
        if (released > 0) await StorageScrub.AfterMixAsync(db, log, ct);
        return released;
    }

    /// <summary>On shutdown: leave no WAL behind (SQLite), so a copy of the stopped data folder holds only the database file.</summary>
    public async Task ScrubAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        await StorageScrub.AfterMixAsync(scope.ServiceProvider.GetRequiredService<PoetDb>(), log, ct);
    }
}

/// <summary>Runs the mix on every instance every Poet:MixInterval; the mix's own row lock keeps them from overlapping.</summary>
public sealed class SubmissionMixWorker(SubmissionMix mix, IOptions<PoetOptions> options, ILogger<SubmissionMixWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.MixInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await MixQuietly(stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await mix.ScrubAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not truncate the WAL on shutdown");
        }
    }

    private async Task MixQuietly(CancellationToken ct)
    {
        try
        {
            await mix.MixAsync(ct: ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not mix waiting submissions; they stay sealed and will be retried");
        }
    }
}

/// <summary>Removes the physical traces of rows the mix deleted or moved.</summary>
public static class StorageScrub
{
    /// <summary>
    /// SQLite: checkpoint and truncate the WAL, so no old page image (of a waiting submission or of the responses in
    /// their previous order) stays in the WAL file; secure_delete (<see cref="SqliteTuning"/>) has zeroed freed space
    /// in the database file. Readers may hold the WAL briefly, so it retries. PostgreSQL keeps dead row versions until
    /// VACUUM and its WAL until recycled or archived (docs/anonymity.md says what that means).
    /// </summary>
    public static async Task AfterMixAsync(PoetDb db, ILogger log, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (await TruncateWalAsync(db, ct)) return;
            await Task.Delay(50 * (attempt + 1), ct);
        }
        log.LogWarning("Could not truncate the SQLite WAL after a mix: readers kept it busy; it will be tried after the next mix");
    }

    /// <summary>True when the checkpoint completed and the WAL was truncated to zero bytes.</summary>
    public static async Task<bool> TruncateWalAsync(PoetDb db, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        var wasOpen = connection.State == System.Data.ConnectionState.Open;
        if (!wasOpen) await connection.OpenAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) && reader.GetInt32(0) == 0;
        }
        finally
        {
            if (!wasOpen) await connection.CloseAsync();
        }
    }
}
