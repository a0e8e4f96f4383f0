using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Marks invitations as submitted in shuffled batches, in a transaction of their own, well after the submissions
/// themselves. Writing the flag inside the submission's transaction would give both rows the same transaction id
/// (PostgreSQL's xmin) and timing, and so link a person to their answers. Until the batch, the flag waits in
/// <see cref="PendingCompletion"/>, saved with the submission so that it survives a killed instance and any instance
/// can flush it; its invitation id is sealed (<see cref="CompletionSeal"/>), so that row links nothing for someone
/// holding only the database. Each flush also rewrites the rounds' submitted responses (<see cref="AnonymousRows"/>)
/// so their storage order and transaction ids stop reflecting the order of submission.
/// </summary>
public sealed class CompletionFlags(IServiceScopeFactory scopes, CompletionSeal seal, ILogger<CompletionFlags> log)
{
    /// <summary>Adds the pending flag to <paramref name="db"/>'s changes; it is stored when the caller saves.</summary>
    public void Stage(PoetDb db, int invitationId) =>
        db.PendingCompletions.Add(new PendingCompletion { Id = Guid.NewGuid(), Sealed = seal.Seal(invitationId) });

    public async Task AddAsync(int invitationId, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
        Stage(db, invitationId);
        await db.SaveChangesAsync(ct);
    }

    public async Task<int> PendingCountAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PoetDb>().PendingCompletions.CountAsync(ct);
    }

    /// <summary>Writes every pending flag this instance can unseal, whichever instance queued it.</summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Writing the flush row first locks it: flushes from several instances take turns here instead of
        // rewriting the same responses at once (on SQLite it also takes the write lock before anything is read).
        var now = DateTime.UtcNow;
        await db.JobLeases.Where(j => j.Name == JobLease.CompletionFlush).ExecuteUpdateAsync(s => s.SetProperty(j => j.ExpiresUtc, now), ct);
        var pending = await db.PendingCompletions.AsNoTracking().ToListAsync(ct);
        var opened = pending.Select(p => (p.Id, InvitationId: seal.Unseal(p.Sealed))).Where(p => p.InvitationId is not null).ToList();
        if (opened.Count < pending.Count)
            log.LogWarning("{Count} pending completion flags were sealed with another key; give every instance the same Poet:CompletionKey", pending.Count - opened.Count);
        if (opened.Count > 0)
        {
            var rows = opened.Select(p => p.Id).ToList();
            var batch = opened.Select(p => p.InvitationId!.Value).Distinct().ToArray();
            Random.Shared.Shuffle(batch);
            await db.PendingCompletions.Where(p => rows.Contains(p.Id)).ExecuteDeleteAsync(ct);
            await db.Invitations.Where(i => batch.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.HasSubmitted, true), ct);
            var rounds = await db.Invitations.Where(i => batch.Contains(i.Id)).Select(i => i.RoundId).Distinct().ToListAsync(ct);
            await AnonymousRows.RewriteSubmittedAsync(db, rounds, ct);
        }
        await transaction.CommitAsync(ct);
    }
}

public sealed class CompletionFlagWorker(CompletionFlags flags, IOptions<PoetOptions> options, ILogger<CompletionFlagWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CompletionFlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushQuietly(stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushQuietly(CancellationToken.None);
    }

    private async Task FlushQuietly(CancellationToken ct)
    {
        try
        {
            await flags.FlushAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not write completion flags; they will be retried");
        }
    }
}
