using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Account;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Account;

public class SignInTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Post_Empty_ShowsBothErrors()
    {
        var response = await app.NewClient().PostFormAsync("/account/sign-in", new() { ["Email"] = "", ["Password"] = "" });
        Assert.Equal(["Enter your email address", "Enter your password"], (await response.HtmlAsync()).ErrorSummary());
    }

    private static async Task<IReadOnlyList<string>> AttemptAsync(HttpClient client, string email, string password) =>
        (await (await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = password })).HtmlAsync()).ErrorSummary();

    [Fact]
    public async Task UnknownAddress_AndWrongPassword_GetTheSameMessage_AtEveryStep()
    {
        await app.CreateUserAsync("known@example.org");
        var stranger = app.NewClient();
        for (var i = 0; i < 7; i++)
        {
            var known = await AttemptAsync(stranger, "known@example.org", "wrong password " + i);
            var unknown = await AttemptAsync(stranger, "unknown@example.org", "wrong password " + i);
            // Five failures each, then one attempt a minute (the sixth), then both addresses are slowed down alike:
            // nothing tells an account apart.
            Assert.Equal([i <= SignInThrottle.FailuresBeforeSlowdown ? SignInModel.Failed : SignInModel.SlowDown], known);
            Assert.Equal(known, unknown);
        }
    }

    [Fact]
    public async Task StrangerGuessing_DoesNotLockOutTheOwner_OnABrowserTheyUsedBefore()
    {
        await app.CreateUserAsync("owner@example.org");
        var owner = await app.SignedInClientAsync("owner@example.org");
        (await owner.PostFormAsync("/account/sign-out", new())).AssertRedirect("/");

        var stranger = app.NewClient();
        for (var i = 0; i < 10; i++) await AttemptAsync(stranger, "owner@example.org", "guess " + i);
        Assert.Equal([SignInModel.SlowDown], await AttemptAsync(stranger, "owner@example.org", PoetApp.Password));

        var response = await owner.PostFormAsync("/account/sign-in", new() { ["Email"] = "owner@example.org", ["Password"] = PoetApp.Password });
        response.AssertRedirect("/partnerships");
    }

    [Fact]
    public async Task ManyFailures_NeverLockTheAccount()
    {
        var user = await app.CreateUserAsync("never-locked@example.org");
        var stranger = app.NewClient();
        for (var i = 0; i < 8; i++) await AttemptAsync(stranger, "never-locked@example.org", "guess " + i);

        var stored = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == user.Id));
        Assert.Null(stored.LockoutEnd);
        Assert.Equal(0, stored.AccessFailedCount);
    }

    [Fact]
    public async Task Post_RightPassword_RedirectsToPartnerships()
    {
        await app.CreateUserAsync("ok@example.org");
        var response = await app.NewClient().PostFormAsync("/account/sign-in", new() { ["Email"] = "ok@example.org", ["Password"] = PoetApp.Password });
        response.AssertRedirect("/partnerships");
    }
}

public class SignInRateLimitTests(SignInRateLimitTests.LowLimitApp app) : IClassFixture<SignInRateLimitTests.LowLimitApp>
{
    public sealed class LowLimitApp : PoetApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Poet:AttemptsPerMinute"] = "3" };
    }

    [Fact]
    public async Task ManyAttempts_AreRateLimited()
    {
        var client = app.NewClient();
        var token = await Http.AntiforgeryTokenAsync(client, "/account/sign-in");
        var statuses = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["Email"] = "x@example.org", ["Password"] = "guess" + i, ["__RequestVerificationToken"] = token }));
            statuses.Add((int)response.StatusCode);
        }
        Assert.Contains(429, statuses);
    }

    [Fact]
    public async Task ForgotPassword_ManyRequests_AreRateLimitedPerClient_AndSendNothingMore()
    {
        var client = app.NewClient();
        var token = await Http.AntiforgeryTokenAsync(client, "/account/forgot-password");
        var statuses = new List<int>();
        // 8 > 2 × 3, so at least one window sees a fourth request even if a minute boundary falls inside the loop.
        for (var i = 0; i < 8; i++)
        {
            var response = await client.PostAsync("/account/forgot-password", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["Email"] = $"guess{i}@example.org", ["__RequestVerificationToken"] = token }));
            statuses.Add((int)response.StatusCode);
        }
        Assert.Contains(429, statuses);
        Assert.All(statuses, s => Assert.True(s is 302 or 429, $"status {s}"));
    }

    [Fact]
    public async Task Refused_ShowsTheTooManyAttemptsPageWithRetryAfter()
    {
        var client = app.NewClient();
        HttpResponseMessage response;
        var attempts = 0;
        do
        {
            response = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = "y@example.org", ["Password"] = "guess" + attempts }, "/account/sign-in");
        } while (response.StatusCode != HttpStatusCode.TooManyRequests && ++attempts < 10);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retry = response.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.InRange(retry ?? 0, 1, 60);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var doc = await response.HtmlAsync();
        Assert.Equal("Too many attempts", doc.QuerySelector("h1")?.TextContent);
        Assert.Equal("Wait a minute, then try again.", doc.QuerySelector("main p")?.TextContent);
        Assert.StartsWith("Too many attempts", doc.Title);
        Assert.NotNull(doc.QuerySelector("link[rel=stylesheet]"));
    }
}
