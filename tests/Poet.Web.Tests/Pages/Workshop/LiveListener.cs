using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Poet.Web.Pages.Workshop;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Workshop;

/// <summary>
/// A browser's cookie jar on a real (Kestrel) POET, with a SignalR connection to the workshop hub that records every
/// "changed" it hears, as workshop-live.js would react to them.
/// </summary>
public sealed class LiveListener : IAsyncDisposable
{
    private readonly Channel<string> _heard = Channel.CreateUnbounded<string>();

    public LiveListener(Uri baseAddress, CookieContainer? cookies = null, string? origin = null, HttpTransportType transport = HttpTransportType.WebSockets)
    {
        Cookies = cookies ?? new CookieContainer();
        Browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies }) { BaseAddress = baseAddress };
        Connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, WorkshopHub.Path), transport, o =>
            {
                o.Cookies = Cookies;
                if (origin is not null) o.Headers["Origin"] = origin;
            })
            .Build();
        Connection.On<string>(WorkshopHub.Changed, kind => _heard.Writer.TryWrite(kind));
    }

    public CookieContainer Cookies { get; }
    public HttpClient Browser { get; }
    public HubConnection Connection { get; }

    public static async Task<LiveListener> SignedInAsync(Uri baseAddress, string email)
    {
        var listener = new LiveListener(baseAddress);
        var response = await listener.Browser.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = PoetApp.Password });
        if ((int)response.StatusCode != 302) throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        return listener;
    }

    public async Task<LiveListener> JoinAsync(string code, int group = 1)
    {
        (await Browser.PostFormAsync($"/workshop/{code}", new() { ["Group"] = group.ToString() })).AssertRedirect($"/workshop/{code}/session");
        return this;
    }

    public async Task<bool> JoinRoomAsync(string code)
    {
        if (Connection.State == HubConnectionState.Disconnected) await Connection.StartAsync();
        return await Connection.InvokeAsync<bool>("JoinRoom", code);
    }

    public async Task<bool> WatchRoundAsync(int pid, int rid)
    {
        if (Connection.State == HubConnectionState.Disconnected) await Connection.StartAsync();
        return await Connection.InvokeAsync<bool>("WatchRound", pid, rid);
    }

    /// <summary>The next kind of change heard, or null if none comes within the time.</summary>
    public async Task<string?> NextAsync(double seconds = 5)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await _heard.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Everything heard so far, without waiting.</summary>
    public List<string> Drain()
    {
        var all = new List<string>();
        while (_heard.Reader.TryRead(out var kind)) all.Add(kind);
        return all;
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        Browser.Dispose();
    }
}
