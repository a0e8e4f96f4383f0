using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Poet.Data;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Fixed one-minute windows counted in the database (<see cref="Data.Entities.RateCounter"/>), so that attempts
/// made through several instances behind a load balancer add up. One upsert per attempt, and only sign-in and
/// code POSTs pay it; the client's address is stored only inside a hash.
/// </summary>
public sealed class SharedRateLimits(IServiceScopeFactory scopes, TimeProvider clock)
{
    public RateLimitPartition<string> Partition(string policy, string client, int permitPerMinute) =>
        RateLimitPartition.Get(policy + "|" + client, key => new WindowLimiter(this, key, permitPerMinute));

    /// <summary>Counts one attempt and returns how many the window now holds.</summary>
    public async Task<int> CountAsync(string partition, CancellationToken ct)
    {
        var window = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"poet-rate|{partition}|{window}")));
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
        // The same statement on SQLite (3.35+) and PostgreSQL: an atomic increment that creates the row if needed.
        var count = (await db.Database.SqlQuery<int>($"""
            INSERT INTO "RateCounters" ("Key", "Window", "Count") VALUES ({key}, {window}, 1)
            ON CONFLICT ("Key") DO UPDATE SET "Count" = "RateCounters"."Count" + 1
            RETURNING "Count" AS "Value"
            """).ToListAsync(ct)).Single();
        if (count == 1 && Random.Shared.Next(20) == 0) await db.RateCounters.Where(c => c.Window < window - 1).ExecuteDeleteAsync(ct);
        return count;
    }

    private sealed class WindowLimiter(SharedRateLimits counters, string partition, int permitPerMinute) : RateLimiter
    {
        private long _lastUsed = Environment.TickCount64;

        public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsed));

        public override RateLimiterStatistics? GetStatistics() => null;

        // The middleware tries AttemptAcquire first and awaits AcquireAsync only when that is refused. Refusing here,
        // without the database, counts each attempt once and never blocks a thread-pool thread on a database round trip
        // (60 people joining a workshop at once starved the pool and timed out waiting for connections).
        protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Refused;

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
            return await counters.CountAsync(partition, cancellationToken) <= permitPerMinute ? Lease.Acquired : Lease.Refused;
        }
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true), Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
