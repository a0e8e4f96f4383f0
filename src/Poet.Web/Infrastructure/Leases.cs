using Microsoft.EntityFrameworkCore;
using Poet.Data;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Scheduled work runs on one instance at a time: an instance claims a job's row with one conditional UPDATE (the
/// lease is free, expired or already its own), which the database makes atomic on SQLite and PostgreSQL alike. The
/// holder keeps renewing while it lives, so it stays the one that runs the job; another instance takes over only
/// after a lease has run out.
/// </summary>
public sealed class Leases(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>This instance, in the lease table; unique even for two instances in one process.</summary>
    public string Holder { get; } = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<bool> TryClaimAsync(string job, TimeSpan length, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + length;
        var holder = Holder;
        return await db.JobLeases.Where(j => j.Name == job && (j.ExpiresUtc < now || j.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Holder, holder).SetProperty(j => j.ExpiresUtc, until), ct) == 1;
    }

    /// <summary>
    /// On a graceful stop (<see cref="LeaseRelease"/>): this instance's leases expire now, so another instance takes the
    /// jobs at its next poll instead of waiting out the lease (5 minutes by default) after every restart.
    /// </summary>
    public async Task<int> ReleaseAllAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
        var holder = Holder;
        var past = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return await db.JobLeases.Where(j => j.Holder == holder).ExecuteUpdateAsync(s => s.SetProperty(j => j.ExpiresUtc, past), ct);
    }
}

/// <summary>
/// Registered before the workers, so the host stops it after them (hosted services stop in reverse order): by then no
/// worker of this instance can claim a lease again.
/// </summary>
public sealed class LeaseRelease(Leases leases, ILogger<LeaseRelease> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await leases.ReleaseAllAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not fatal: the leases then run out on their own.
            log.LogWarning("Could not release job leases on shutdown: {Error}", e.Message);
        }
    }
}
