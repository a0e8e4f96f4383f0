using Microsoft.AspNetCore.Mvc.Testing;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Security;

/// <summary>Issue 14, point 6: sessions end on the server; Secure cookies and HSTS over HTTPS; nothing personal is cached.</summary>
public class SessionTests(PoetApp app) : IClassFixture<PoetApp>
{
    /// <summary>Signs in and returns the poet-auth cookie as a browser would send it back.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInAsync(string email)
    {
        var client = app.NewClient();
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = PoetApp.Password });
        response.AssertRedirect("/partnerships");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("poet-auth="));
        return (client, cookie.Split(';')[0]);
    }

    private async Task<int> StatusWithCookieAsync(string cookie, string url = "/partnerships")
    {
        var raw = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return (int)(await raw.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task SignOut_TheOldCookieStopsWorking_AtOnce()
    {
        await app.CreateUserAsync("session-a@example.org");
        var (client, cookie) = await SignInAsync("session-a@example.org");
        Assert.Equal(200, await StatusWithCookieAsync(cookie));

        (await client.PostFormAsync("/account/sign-out", new())).AssertRedirect("/");

        Assert.Equal(302, await StatusWithCookieAsync(cookie));
    }

    [Fact]
    public async Task SignOutEverywhere_EndsTheOtherSessions_AtOnce()
    {
        await app.CreateUserAsync("session-b@example.org");
        var (laptop, _) = await SignInAsync("session-b@example.org");
        var (_, phone) = await SignInAsync("session-b@example.org");
        var (_, tablet) = await SignInAsync("session-b@example.org");

        (await laptop.PostFormAsync("/account/sign-out", new() { ["Everywhere"] = "true" })).AssertRedirect("/");

        Assert.Equal(302, await StatusWithCookieAsync(phone));
        Assert.Equal(302, await StatusWithCookieAsync(tablet));
    }

    [Fact]
    public async Task SignOut_OfOneSession_LeavesTheOthers()
    {
        await app.CreateUserAsync("session-c@example.org");
        var (laptop, _) = await SignInAsync("session-c@example.org");
        var (_, phone) = await SignInAsync("session-c@example.org");

        (await laptop.PostFormAsync("/account/sign-out", new())).AssertRedirect("/");

        Assert.Equal(200, await StatusWithCookieAsync(phone));
    }

    [Fact]
    public async Task PagesAndDownloads_AreNotStored_StaticFilesAre()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(Poet.Data.Entities.RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4));

        foreach (var url in new[] { s.Url(rid), s.Url(rid, "export.csv"), s.Url(rid, "report.docx"), $"/partnerships/{s.Pid}/rounds/{rid}/roster", "/account/sign-in", "/survey/code", "/no-such-page" })
        {
            var response = await s.Coordinator.GetAsync(url);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url} ({(int)response.StatusCode}): Cache-Control {response.Headers.CacheControl}");
        }
        var css = await app.NewClient().GetAsync("/css/poet.css");
        Assert.Equal(200, (int)css.StatusCode);
        Assert.NotEqual(true, css.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Https_GetsHstsAndSecureCookies_HttpDoesNot()
    {
        var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        var secure = await https.GetAsync("/account/sign-in");
        var plain = await http.GetAsync("/account/sign-in");

        Assert.Equal(SecurityHeaders.Hsts, secure.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Contains(secure.Headers.GetValues("Set-Cookie"), c => c.StartsWith("poet-af=") && c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain(plain.Headers.GetValues("Set-Cookie"), c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }
}
