using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Security;

/// <summary>A test server has no client address; this sets it from X-Test-Peer, as Kestrel would from the socket.</summary>
public sealed class PeerAddressFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers["X-Test-Peer"] is [{ } peer]) context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            return nextMiddleware(context);
        });
        next(app);
    };
}

public abstract class PeerApp : PoetApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerAddressFilter>());
    }

    /// <summary>Sign-in POSTs from <paramref name="peer"/>, each claiming the X-Forwarded-For that <paramref name="forwardedFor"/> gives.</summary>
    public async Task<List<int>> SignInAttemptsAsync(string peer, int count, Func<int, string> forwardedFor)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Add("X-Test-Peer", peer);
        var token = await Http.AntiforgeryTokenAsync(client, "/account/sign-in");
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "nobody@example.org", ["Password"] = "guess " + i, ["__RequestVerificationToken"] = token }),
            };
            request.Headers.Add("X-Forwarded-For", forwardedFor(i));
            statuses.Add((int)(await client.SendAsync(request)).StatusCode);
        }
        return statuses;
    }
}

/// <summary>No trusted proxy configured, even with ASPNETCORE_FORWARDEDHEADERS_ENABLED=true: X-Forwarded-For is ignored.</summary>
public class UntrustedForwardedHeadersTests(UntrustedForwardedHeadersTests.App app) : IClassFixture<UntrustedForwardedHeadersTests.App>
{
    public sealed class App : PeerApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        { ["Poet:AttemptsPerMinute"] = "3", ["FORWARDEDHEADERS_ENABLED"] = "true" };
    }

    [Fact]
    public async Task RandomForwardedFor_FromAnUnlistedPeer_StillHitsTheLimit()
    {
        var statuses = await app.SignInAttemptsAsync("203.0.113.7", 8, i => $"198.51.100.{i + 1}");

        Assert.Equal([200, 200, 200, 429, 429, 429, 429, 429], statuses);
    }

    [Fact]
    public async Task RejectedAttempts_DoNotEachWriteACounterRow()
    {
        await app.SignInAttemptsAsync("203.0.113.8", 20, _ => "198.51.100.1");

        // Three allowed and counted; the third filled the window, so the other 17 were refused from memory.
        var keys = app.Get<Poet.Web.Infrastructure.RateLimitKeys>();
        var minute = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60;
        var mine = new[] { minute - 1, minute }.Select(m => keys.Key("sign-in", "203.0.113.8", m)).ToArray();
        var counts = await app.WithDbAsync(db => db.RateCounters.Where(c => mine.Contains(c.Key)).Select(c => c.Count).ToListAsync());
        // Two windows only if a minute ended during the loop.
        Assert.All(counts, c => Assert.True(c <= 3));
        Assert.InRange(counts.Sum(), 3, 6);
    }

    [Fact]
    public async Task CounterKeys_AreNotUnsaltedHashesOfTheAddress()
    {
        await app.SignInAttemptsAsync("203.0.113.9", 1, _ => "198.51.100.1");

        var keys = await app.WithDbAsync(db => db.RateCounters.Select(c => c.Key).ToListAsync());
        var minute = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60;
        // The issue-12 attack: hash every guess of policy, address and minute and look for it among the rows.
        var guesses = Enumerable.Range(-2, 5).Select(d => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"poet-rate|sign-in|203.0.113.9|{minute + d}"))));
        Assert.NotEmpty(keys);
        Assert.Empty(keys.Intersect(guesses));
        Assert.All(keys, k => Assert.Matches("^[0-9A-F]{64}$", k));
    }
}

/// <summary>A configured proxy: its X-Forwarded-For names the client, so clients behind it get a bucket each.</summary>
public class TrustedForwardedHeadersTests(TrustedForwardedHeadersTests.App app) : IClassFixture<TrustedForwardedHeadersTests.App>
{
    public sealed class App : PeerApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        { ["Poet:AttemptsPerMinute"] = "3", ["Poet:TrustedProxies"] = "10.0.0.0/24, 192.0.2.1" };
    }

    [Fact]
    public async Task ClientsBehindTheProxy_AreCountedApart()
    {
        var statuses = await app.SignInAttemptsAsync("10.0.0.5", 8, i => $"198.51.100.{i + 1}");

        Assert.All(statuses, s => Assert.Equal(200, s));
    }

    [Fact]
    public async Task OneClientBehindTheProxy_HitsTheLimit()
    {
        var statuses = await app.SignInAttemptsAsync("192.0.2.1", 5, _ => "198.51.100.200");

        Assert.Equal([200, 200, 200, 429, 429], statuses);
    }

    [Fact]
    public async Task ForwardedFor_FromAPeerNotListed_IsIgnored()
    {
        var statuses = await app.SignInAttemptsAsync("203.0.113.50", 5, i => $"198.51.100.{100 + i}");

        Assert.Equal([200, 200, 200, 429, 429], statuses);
    }

    [Fact]
    public async Task ForwardedProto_FromTheProxy_MakesCookiesSecure()
    {
        var client = app.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Add("X-Test-Peer", "10.0.0.9");
        request.Headers.Add("X-Forwarded-For", "198.51.100.77");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("poet-af=") && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public void TrustedProxies_BadEntry_SaysWhatIsWrong()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Poet.Web.Infrastructure.TrustedProxies.Parse("10.0.0.1, proxy.local"));
        Assert.Equal("Poet:TrustedProxies: \"proxy.local\" is not an IP address or a CIDR network such as 10.0.0.0/8.", e.Message);
    }
}
