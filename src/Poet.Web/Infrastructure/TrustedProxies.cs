using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Poet.Web.Infrastructure;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies listed in <c>Poet:TrustedProxies</c>
/// (addresses or CIDR networks, comma-separated). The client address then feeds the rate limits and the scheme
/// decides Secure cookies and HSTS. With nothing listed the headers are ignored, even when
/// ASPNETCORE_FORWARDEDHEADERS_ENABLED=true (which on its own believes anyone who can reach POET).
/// </summary>
public static class TrustedProxies
{
    public static void AddPoetForwardedHeaders(this IServiceCollection services, IConfiguration config)
    {
        var entries = Parse(config["Poet:TrustedProxies"]);
        // PostConfigure runs after the FORWARDEDHEADERS_ENABLED setup, which clears both lists (and so trusts everyone).
        services.PostConfigure<ForwardedHeadersOptions>(o =>
        {
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var network in entries) o.KnownIPNetworks.Add(network);
            // Empty lists would mean "trust every sender", so no proxy configured means no forwarded headers at all.
            o.ForwardedHeaders = entries.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // A chain of trusted proxies is walked from the right; the first address not in the list is the client.
            o.ForwardLimit = null;
        });
    }

    public static IReadOnlyList<System.Net.IPNetwork> Parse(string? value)
    {
        var list = new List<System.Net.IPNetwork>();
        foreach (var entry in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network)) list.Add(network);
            else if (IPAddress.TryParse(entry, out var address)) list.Add(new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            else throw new InvalidOperationException($"Poet:TrustedProxies: \"{entry}\" is not an IP address or a CIDR network such as 10.0.0.0/8.");
            // The framework compares IPv4 peers as IPv4 and maps IPv4-mapped IPv6 back, so one entry per family is enough.
        }
        return list;
    }
}
