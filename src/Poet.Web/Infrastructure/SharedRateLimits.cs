using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Poet.Data;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Fixed windows counted in the database (<see cref="Data.Entities.RateCounter"/>), so that attempts made through
/// several instances behind a load balancer add up. One upsert per counted attempt; once a window is full this
/// instance remembers it in memory and refuses further attempts without touching the database, so a flood costs
/// at most limit + 1 writes per instance and window. A row's key is a keyed HMAC (<see cref="RateLimitKeys"/>)
/// of policy, subject (client address or email) and window, and its <c>Window</c> is the last minute it is needed:
/// rows are deleted once that minute has passed.
/// </summary>
public sealed class SharedRateLimits(IServiceScopeFactory scopes, TimeProvider clock, RateLimitKeys keys)
{
    private readonly ConcurrentDictionary<string, long> _full = new();
    private long _lastPurge;

    public RateLimitPartition<string> Partition(string policy, string client, int permitPerMinute) =>
        RateLimitPartition.Get(policy + "|" + client, _ => new WindowLimiter(this, policy, client, permitPerMinute));

    private long Minute => clock.GetUtcNow().ToUnixTimeSeconds() / 60;

    /// <summary>Seconds until the next one-minute window starts (1 to 60): what a refused client's Retry-After says.</summary>
    public static int SecondsLeftInWindow(TimeProvider clock) => 60 - (int)(clock.GetUtcNow().ToUnixTimeSeconds() % 60);

    private (long Start, long Last) WindowOf(int minutes)
    {
        var start = Minute / minutes * minutes;
        return (start, start + minutes - 1);
    }

    /// <summary>Counts one attempt; false when the window already held <paramref name="limit"/> (the attempt is refused).</summary>
    public async Task<bool> TryAcquireAsync(string policy, string subject, int limit, int windowMinutes, CancellationToken ct)
    {
        var (start, last) = WindowOf(windowMinutes);
        var memo = policy + "|" + subject;
        if (_full.TryGetValue(memo, out var fullUntil) && fullUntil >= last) return false;
        var count = await CountAsync(policy, subject, start, last, ct);
        if (count < limit) return true;
        _full[memo] = last;
        return count == limit;
    }

    /// <summary>True when the window already holds <paramref name="limit"/>; from memory when this instance saw it fill.</summary>
    public async Task<bool> IsFullAsync(string policy, string subject, int limit, int windowMinutes, CancellationToken ct)
    {
        var (_, last) = WindowOf(windowMinutes);
        if (_full.TryGetValue(policy + "|" + subject, out var fullUntil) && fullUntil >= last) return true;
        return await PeekAsync(policy, subject, windowMinutes, ct) >= limit;
    }

    /// <summary>The client's address as the rate limits see it: the socket's, or a trusted proxy's X-Forwarded-For.</summary>
    public static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Adds one to the window's count without a limit (e.g. a failed password), returning the new count.</summary>
    public Task<int> AddAsync(string policy, string subject, int windowMinutes, CancellationToken ct)
    {
        var (start, last) = WindowOf(windowMinutes);
        return CountAsync(policy, subject, start, last, ct);
    }

    /// <summary>The window's count so far, read without counting.</summary>
    public async Task<int> PeekAsync(string policy, string subject, int windowMinutes, CancellationToken ct)
    {
        var (start, _) = WindowOf(windowMinutes);
        var key = keys.Key(policy, subject, start);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
        return await db.RateCounters.Where(c => c.Key == key).Select(c => c.Count).SingleOrDefaultAsync(ct);
    }

    private async Task<int> CountAsync(string policy, string subject, long start, long last, CancellationToken ct)
    {
        var key = keys.Key(policy, subject, start);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
        // The same statement on SQLite (3.35+) and PostgreSQL: an atomic increment that creates the row if needed.
        var count = (await db.Database.SqlQuery<int>($"""
            INSERT INTO "RateCounters" ("Key", "Window", "Count") VALUES ({key}, {last}, 1)
            ON CONFLICT ("Key") DO UPDATE SET "Count" = "RateCounters"."Count" + 1
            RETURNING "Count" AS "Value"
            """).ToListAsync(ct)).Single();
        await PurgeAsync(db, ct);
        return count;
    }

    /// <summary>At most once a minute per instance: rows whose window has ended go, with this instance's memory of full windows.</summary>
    private async Task PurgeAsync(PoetDb db, CancellationToken ct)
    {
        var minute = Minute;
        var previous = Interlocked.Read(ref _lastPurge);
        if (previous == minute || Interlocked.CompareExchange(ref _lastPurge, minute, previous) != previous) return;
        await db.RateCounters.Where(c => c.Window < minute).ExecuteDeleteAsync(ct);
        foreach (var (memo, until) in _full) if (until < minute) _full.TryRemove(memo, out _);
    }

    private sealed class WindowLimiter(SharedRateLimits counters, string policy, string client, int permitPerMinute) : RateLimiter
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
            return await counters.TryAcquireAsync(policy, client, permitPerMinute, 1, cancellationToken) ? Lease.Acquired : Lease.Refused;
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

/// <summary>
/// Keys for <see cref="SharedRateLimits"/>: HMAC-SHA256 of policy, subject and window under a key that changes every
/// UTC day, derived from the server secret (<see cref="PoetSecrets"/>, never in the database or the data folder), so
/// instances holding the same secret share counters, and someone holding the database cannot test guesses of
/// addresses against the rows. Rows are deleted once their window has ended.
/// </summary>
public sealed class RateLimitKeys(PoetSecrets secrets, TimeProvider clock)
{
    private readonly byte[] _secret = secrets.Key("rate-limit");
    private (DateOnly Day, byte[] Key) _current;

    public string Key(string policy, string subject, long windowStart)
    {
        var dayKey = DayKey(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Convert.ToHexString(HMACSHA256.HashData(dayKey, Encoding.UTF8.GetBytes($"{policy}|{subject}|{windowStart}")));
    }

    private byte[] DayKey(DateOnly day)
    {
        var current = _current;
        if (current.Key is not null && current.Day == day) return current.Key;
        var key = HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes($"poet-rate-limit-day|{day:yyyy-MM-dd}"));
        _current = (day, key);
        return key;
    }
}
