using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Infrastructure;

public class FoundationTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Health_DatabaseReachable_Returns200()
    {
        var response = await app.NewClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Database_IsTheConfiguredProvider()
    {
        var provider = await app.WithDbAsync(db => Task.FromResult(db.Database.ProviderName));
        Assert.Contains(PoetApp.IsPostgres ? "Npgsql" : "Sqlite", provider);
    }

    [Fact]
    public async Task AnyPage_HasContentSecurityPolicyWithoutInlineScript()
    {
        var response = await app.NewClient().GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task UnknownPage_ShowsFriendlyNotFound()
    {
        var response = await app.NewClient().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.HtmlAsync()).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var response = await app.NewClient().PostAsync("/account/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@b.org", ["Password"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Protected_Page_RedirectsAnonymousToSignIn()
    {
        var response = await app.NewClient().GetAsync("/partnerships");
        response.AssertRedirect("http://localhost/account/sign-in");
    }
}

public class HealthWhenDatabaseBrokenTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Health_TableMissing_Returns503ThenRecovers()
    {
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Partnerships\" RENAME TO \"PartnershipsGone\""));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.NewClient().GetAsync("/health")).StatusCode);

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"PartnershipsGone\" RENAME TO \"Partnerships\""));
        Assert.Equal(HttpStatusCode.OK, (await app.NewClient().GetAsync("/health")).StatusCode);
    }
}

public class FirstRunSetupTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Setup_WithPrintedToken_CreatesHostAdminOnce()
    {
        var token = app.Get<FirstRunSetup>().Token!;
        var client = app.NewClient();
        var response = await client.PostFormAsync($"/setup/{token}", new() { ["DisplayName"] = "Hana Host", ["Email"] = "host@example.org", ["Password"] = PoetApp.Password });
        response.AssertRedirect("/partnerships");
        var next = await (await client.GetAsync("/partnerships")).HtmlAsync();
        Assert.Equal("Your host administrator account has been created. You are signed in.", next.QuerySelector(".govuk-notification-banner--success #notice")?.TextContent);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "host@example.org" && u.IsHostAdmin)));
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync($"/setup/{token}")).StatusCode);
    }

    [Fact]
    public async Task Setup_WrongToken_IsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync("/setup/0123456789abcdef")).StatusCode);
    }
}

public class FirstRunSetupFormTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Setup_EmptyForm_NamesEachFieldInPageOrderWithoutBrowserValidation()
    {   // issue 15 item 8: an empty email got "in the correct format", and the form lacked novalidate
        var token = app.Get<FirstRunSetup>().Token!;
        var client = app.NewClient();
        var form = await (await client.GetAsync($"/setup/{token}")).HtmlAsync();
        Assert.True(form.QuerySelector("main form")!.HasAttribute("novalidate"));

        var response = await client.PostFormAsync($"/setup/{token}", new() { ["DisplayName"] = "", ["Email"] = "", ["Password"] = "" });

        var doc = await response.HtmlAsync();
        Assert.Equal(["Enter your full name", "Enter an email address", "Create a password"], doc.ErrorSummary());
        Assert.Equal(["DisplayName", "Email", "Password"], doc.QuerySelectorAll("main form input:not([type=hidden])").Select(i => i.Id ?? "").ToArray());
    }
}
