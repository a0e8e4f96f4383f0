using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Poet.Data;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Marks invitations as submitted in shuffled batches, in a transaction of their own, well after the submissions
/// themselves. Writing the flag inside the submission's transaction would give both rows the same transaction id
/// (PostgreSQL's xmin) and timing, and so link a person to their answers. If the process dies before a flush,
/// the flag is set again the next time the person opens their link; the response itself is already safe.
/// Each flush also rewrites the rounds' submitted responses (<see cref="AnonymousRows"/>) so their storage order and
/// transaction ids stop reflecting the order of submission.
/// </summary>
public sealed class CompletionFlags(IServiceScopeFactory scopes)
{
    private readonly List<int> _pending = [];
    private readonly Lock _gate = new();

    public void Add(int invitationId)
    {
        lock (_gate) _pending.Add(invitationId);
    }

    public int PendingCount
    {
        get { lock (_gate) return _pending.Count; }
    }

    public async Task FlushAsync(CancellationToken ct = default)
    {
        int[] batch;
        lock (_gate)
        {
            batch = [.. _pending];
            _pending.Clear();
        }
        if (batch.Length == 0) return;
        Random.Shared.Shuffle(batch);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
            await db.Invitations.Where(i => batch.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.HasSubmitted, true), ct);
            var rounds = await db.Invitations.Where(i => batch.Contains(i.Id)).Select(i => i.RoundId).Distinct().ToListAsync(ct);
            await AnonymousRows.RewriteSubmittedAsync(db, rounds, ct);
        }
        catch
        {
            lock (_gate) _pending.AddRange(batch);
            throw;
        }
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
