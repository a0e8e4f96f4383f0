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
}
