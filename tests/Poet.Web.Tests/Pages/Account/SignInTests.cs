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

    [Fact]
    public async Task Post_WrongPassword_FiveTimes_LocksAccount()
    {
        await app.CreateUserAsync("lock@example.org");
        var client = app.NewClient();
        for (var i = 0; i < 5; i++)
        {
            var failed = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = "lock@example.org", ["Password"] = "wrong password " + i });
            // The fifth failure itself locks the account, so it may already say so.
            Assert.Contains(Assert.Single((await failed.HtmlAsync()).ErrorSummary()), new[] { SignInModel.Failed, SignInModel.LockedOut });
        }
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = "lock@example.org", ["Password"] = PoetApp.Password });
        Assert.Equal([SignInModel.LockedOut], (await response.HtmlAsync()).ErrorSummary());
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
}
