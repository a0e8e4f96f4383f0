using Microsoft.EntityFrameworkCore;
using Poet.Web.Pages.Account;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Account;

/// <summary>Issue 15, item 3: the account page changes the password (current one required) and lists and ends sessions.</summary>
public class AccountTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string NewPassword = "marble kettle harbour fern";
    private const string PasswordHandler = AccountModel.Path + "?handler=password";
    private const string OthersHandler = AccountModel.Path + "?handler=SignOutOthers";

    private async Task<(string Email, HttpClient Client)> SignedInAsync(string who)
    {
        var email = Scenario.NewEmail(who);
        await app.CreateUserAsync(email);
        return (email, await app.SignedInClientAsync(email));
    }

    private async Task<int> SignInStatusAsync(string email, string password) =>
        (int)(await app.NewClient().PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = password })).StatusCode;

    [Fact]
    public async Task Get_SignedOut_GoesToSignIn()
    {
        Assert.StartsWith("http://localhost/account/sign-in?", (await app.NewClient().GetAsync(AccountModel.Path)).Location());
    }

    [Fact]
    public async Task Header_LinksToTheAccountPage()
    {
        var (_, client) = await SignedInAsync("header");
        var doc = await (await client.GetAsync("/partnerships")).HtmlAsync();
        Assert.Equal("Your account", doc.QuerySelector("nav[aria-label=Account] a[href='/account']")?.TextContent);
    }

    [Fact]
    public async Task ChangePassword_Works_KeepsThisBrowser_AndEndsTheOthers()
    {
        var (email, client) = await SignedInAsync("changer");
        var other = await app.SignedInClientAsync(email);

        var response = await client.PostFormAsync(PasswordHandler, new() { ["CurrentPassword"] = PoetApp.Password, ["NewPassword"] = NewPassword }, formUrl: AccountModel.Path);

        response.AssertRedirect(AccountModel.Path);
        var page = await client.GetAsync(AccountModel.Path);
        Assert.Equal(200, (int)page.StatusCode);
        Assert.Equal("Your password has been changed. Every other device and browser has been signed out.", (await page.HtmlAsync()).QuerySelector("#notice")?.TextContent);
        Assert.StartsWith("http://localhost/account/sign-in?", (await other.GetAsync(AccountModel.Path)).Location());
        Assert.Equal(302, await SignInStatusAsync(email, NewPassword));
        Assert.Equal(200, await SignInStatusAsync(email, PoetApp.Password));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "password.changed" && a.Detail == email)));
        var notice = Assert.Single(await ForgotPasswordTests.MailToAsync(app, email));
        Assert.Equal("Your POET password has been changed", notice.Subject);
        Assert.Contains("If you did not, reset your password now at http://localhost/account/forgot-password", notice.TextBody);
        // This browser's cookie was issued again with the new security stamp and the same session.
        Assert.Equal(200, (int)(await client.GetAsync("/partnerships")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_IsRefusedWithALiteralMessage()
    {
        var (email, client) = await SignedInAsync("wrong-current");
        var hash = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync());

        var doc = await (await client.PostFormAsync(PasswordHandler, new() { ["CurrentPassword"] = "not my password at all", ["NewPassword"] = NewPassword }, formUrl: AccountModel.Path)).HtmlAsync();

        Assert.Equal(["The current password is not right. Enter the password you use to sign in now."], doc.ErrorSummary());
        Assert.Equal("#CurrentPassword", doc.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.Equal("Error: Your account – POET", doc.Title);
        Assert.Equal(hash, await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync()));
        Assert.Equal(302, await SignInStatusAsync(email, PoetApp.Password));
        Assert.False(await app.WithDbAsync(db => db.Emails.AnyAsync(m => m.To == email)));
    }

    [Fact]
    public async Task ChangePassword_EmptyFields_AndACommonNewPassword_SayWhatToDo()
    {
        var (_, client) = await SignedInAsync("empty");
        var empty = await (await client.PostFormAsync(PasswordHandler, new() { ["CurrentPassword"] = "", ["NewPassword"] = "" }, formUrl: AccountModel.Path)).HtmlAsync();
        Assert.Equal(["Enter your current password", "Enter a new password"], empty.ErrorSummary());
        var common = await (await client.PostFormAsync(PasswordHandler, new() { ["CurrentPassword"] = PoetApp.Password, ["NewPassword"] = "password1234" }, formUrl: AccountModel.Path)).HtmlAsync();
        Assert.Equal(["This password is too easy to guess: it is a common password, a simple pattern or your email address. Try three or four random words instead"], common.ErrorSummary());
    }

    [Fact]
    public async Task Sessions_AreListedWithTheirStartTime_AndTheOthersCanBeSignedOut()
    {
        var (email, client) = await SignedInAsync("sessions");
        var other = await app.SignedInClientAsync(email);

        var doc = await (await client.GetAsync(AccountModel.Path)).HtmlAsync();
        var rows = doc.QuerySelectorAll("#session-table tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Matches(@"^\d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}:\d{2}(am|pm) \(UTC\)$", r.QuerySelector("td")!.TextContent));
        Assert.Equal(["This browser"], doc.QuerySelectorAll("#session-table .govuk-tag").Select(t => t.TextContent));

        var response = await client.PostFormAsync(OthersHandler, [], formUrl: AccountModel.Path);

        response.AssertRedirect(AccountModel.Path);
        var after = await (await client.GetAsync(AccountModel.Path)).HtmlAsync();
        Assert.Equal("You have been signed out of every other session.", after.QuerySelector("#notice")?.TextContent);
        Assert.Single(after.QuerySelectorAll("#session-table tbody tr"));
        Assert.Null(after.QuerySelector("button.govuk-button--secondary"));
        Assert.StartsWith("http://localhost/account/sign-in?", (await other.GetAsync(AccountModel.Path)).Location());
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "sessions.others-ended" && a.Detail == email)));
    }

    [Fact]
    public void When_SaysDateAndTimeInUtc()
    {
        Assert.Equal("26 November 2026 at 2:05pm (UTC)", AccountModel.When(new DateTime(2026, 11, 26, 14, 5, 0, DateTimeKind.Utc)));
    }
}
