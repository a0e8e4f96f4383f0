using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Account;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Account;

/// <summary>Issue 15, item 3: "Forgotten your password?" by an emailed, single-use, expiring link, with no account enumeration.</summary>
public partial class ForgotPasswordTests(PoetApp app) : IClassFixture<PoetApp>
{
    public const string SentMessage = "If an account uses that address, we have sent a link to reset its password. The link works once, for 1 hour.";
    private const string NewPassword = "lantern orchard pebble violin";

    [GeneratedRegex(@"http://localhost(/account/reset-password\?\S+)")]
    private static partial Regex ResetLink();

    internal static async Task<IReadOnlyList<MimeMessage>> MailToAsync(PoetApp app, string address)
    {
        await app.Get<Outbox>().SendPendingAsync();
        if (!Directory.Exists(app.OutboxFolder)) return [];
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(app.OutboxFolder, "*.eml")) messages.Add(await MimeMessage.LoadAsync(file));
        return messages.Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();
    }

    /// <summary>Asks for a reset link for <paramref name="email"/> and returns the path of the link in the email that arrived.</summary>
    internal static async Task<string> RequestLinkAsync(PoetApp app, string email)
    {
        (await app.NewClient().PostFormAsync("/account/forgot-password", new() { ["Email"] = email })).AssertRedirect(ForgotPasswordModel.SentPath);
        var mail = Assert.Single(await MailToAsync(app, email));
        return ResetLink().Match(mail.TextBody!).Groups[1].Value;
    }

    private Task<string?> PasswordHashAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync());

    [Fact]
    public async Task SignIn_LinksToForgottenPassword()
    {
        var doc = await (await app.NewClient().GetAsync("/account/sign-in")).HtmlAsync();
        var link = doc.QuerySelector("a#forgot-password")!;
        Assert.Equal("Forgotten your password?", link.TextContent);
        Assert.Equal("/account/forgot-password", link.GetAttribute("href"));
        Assert.Equal("Reset your password", (await (await app.NewClient().GetAsync("/account/forgot-password")).HtmlAsync()).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Reset_EmailArrivesWithALinkThatWorksOnce()
    {
        var email = Scenario.NewEmail("forgetful");
        await app.CreateUserAsync(email);
        var client = app.NewClient();

        var response = await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = email });

        response.AssertRedirect(ForgotPasswordModel.SentPath);
        var sent = await (await client.GetAsync(ForgotPasswordModel.SentPath)).HtmlAsync();
        Assert.Equal("Check your email", sent.QuerySelector("h1")?.TextContent);
        Assert.Equal(SentMessage, sent.QuerySelector("#reset-sent")?.TextContent);
        var mail = Assert.Single(await MailToAsync(app, email));
        Assert.Equal("Reset your POET password", mail.Subject);
        Assert.Contains("The link works once, for 1 hour.", mail.TextBody);
        var link = ResetLink().Match(mail.TextBody!).Groups[1].Value;

        var form = await (await client.GetAsync(link)).HtmlAsync();
        Assert.Equal("Choose a new password", form.QuerySelector("h1")?.TextContent);
        var reset = await client.PostFormAsync(link, new() { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        reset.AssertRedirect(AccountModel.Path);
        var account = await (await client.GetAsync(AccountModel.Path)).HtmlAsync();
        Assert.Equal(ResetPasswordModel.DoneNotice, account.QuerySelector("#notice")?.TextContent);
        Assert.Equal("Your password has been reset. Every other device and browser has been signed out.", ResetPasswordModel.DoneNotice);
        Assert.Equal(email, account.QuerySelector("#account-email")?.TextContent);
        var signIn = await app.NewClient().PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = NewPassword });
        signIn.AssertRedirect("/partnerships");
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "password.reset" && a.Detail == email)));
        Assert.Equal(["Reset your POET password", "Your POET password has been changed"], (await MailToAsync(app, email)).Select(m => m.Subject).Order());

        // Used once: the same link now explains itself and offers a new one, and changes nothing.
        var hash = await PasswordHashAsync(email);
        var again = await (await app.NewClient().GetAsync(link)).HtmlAsync();
        Assert.Equal("This link does not work", again.QuerySelector("h1")?.TextContent);
        Assert.Equal("This link has expired or has already been used. Reset links work once, for a limited time.", again.QuerySelector("#link-problem")?.TextContent);
        Assert.NotNull(again.QuerySelector("a[href='/account/forgot-password']"));
        var replay = await (await app.NewClient().PostFormAsync(link, new() { ["Password"] = "another good passphrase", ["ConfirmPassword"] = "another good passphrase" }, formUrl: "/account/forgot-password")).HtmlAsync();
        Assert.Equal("This link does not work", replay.QuerySelector("h1")?.TextContent);
        Assert.Equal(hash, await PasswordHashAsync(email));
    }

    [Fact]
    public async Task UnknownAddress_GetsTheIdenticalPage_AndNoEmail()
    {
        var known = Scenario.NewEmail("known");
        await app.CreateUserAsync(known);
        var unknown = Scenario.NewEmail("nobody");
        var (knownClient, unknownClient) = (app.NewClient(), app.NewClient());

        var forKnown = await knownClient.PostFormAsync("/account/forgot-password", new() { ["Email"] = known });
        var forUnknown = await unknownClient.PostFormAsync("/account/forgot-password", new() { ["Email"] = unknown });

        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal(forKnown.Location(), forUnknown.Location());
        var knownPage = await (await knownClient.GetAsync(forKnown.Location())).Content.ReadAsStringAsync();
        var unknownPage = await (await unknownClient.GetAsync(forUnknown.Location())).Content.ReadAsStringAsync();
        Assert.Equal(knownPage, unknownPage);
        Assert.Contains(SentMessage, unknownPage);
        Assert.Empty(await MailToAsync(app, unknown));
        Assert.False(await app.WithDbAsync(db => db.Emails.AnyAsync(m => m.To == unknown)));
        Assert.False(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Detail == unknown)));
        Assert.Single(await MailToAsync(app, known));
    }

    [Fact]
    public async Task Request_EmptyOrMalformedAddress_SaysWhatToDo()
    {
        var empty = await (await app.NewClient().PostFormAsync("/account/forgot-password", new() { ["Email"] = " " })).HtmlAsync();
        Assert.Equal(["Enter your email address"], empty.ErrorSummary());
        var malformed = await (await app.NewClient().PostFormAsync("/account/forgot-password", new() { ["Email"] = "not-an-address" })).HtmlAsync();
        Assert.Equal(["Enter an email address in the correct format, like name@example.org"], malformed.ErrorSummary());
    }

    [Fact]
    public async Task Request_FourTimesInAnHour_SendsThreeEmails_AndAnswersTheSame()
    {
        var email = Scenario.NewEmail("impatient");
        await app.CreateUserAsync(email);
        for (var i = 0; i < ForgotPasswordModel.EmailsPerHour + 1; i++)
            (await app.NewClient().PostFormAsync("/account/forgot-password", new() { ["Email"] = email })).AssertRedirect(ForgotPasswordModel.SentPath);
        Assert.Equal(ForgotPasswordModel.EmailsPerHour, await app.WithDbAsync(db => db.Emails.CountAsync(m => m.To == email)));
    }

    [Fact]
    public async Task Reset_EndsEverySessionOfTheAccount_AndOldLinks()
    {
        var email = Scenario.NewEmail("many-devices");
        await app.CreateUserAsync(email);
        var otherDevice = await app.SignedInClientAsync(email);
        Assert.Equal(200, (int)(await otherDevice.GetAsync(AccountModel.Path)).StatusCode);
        var older = await RequestLinkAsync(app, email);
        Directory.Delete(app.OutboxFolder, recursive: true);
        var newer = await RequestLinkAsync(app, email);

        (await app.NewClient().PostFormAsync(newer, new() { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword })).AssertRedirect(AccountModel.Path);

        Assert.StartsWith("http://localhost/account/sign-in?", (await otherDevice.GetAsync(AccountModel.Path)).Location());
        Assert.Equal("This link does not work", (await (await app.NewClient().GetAsync(older)).HtmlAsync()).QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("short", "Password must be 12 characters or more")]
    [InlineData("password1234", "This password is too easy to guess: it is a common password, a simple pattern or your email address. Try three or four random words instead")]
    public async Task Reset_PasswordBreakingTheRules_IsRefusedInPlainWords(string password, string message)
    {
        var email = Scenario.NewEmail("weak");
        await app.CreateUserAsync(email);
        var link = await RequestLinkAsync(app, email);
        var hash = await PasswordHashAsync(email);

        var doc = await (await app.NewClient().PostFormAsync(link, new() { ["Password"] = password, ["ConfirmPassword"] = password })).HtmlAsync();

        Assert.Equal([message], doc.ErrorSummary());
        Assert.Equal(hash, await PasswordHashAsync(email));
        // The link still works after a refused password: nothing was used up.
        Assert.Equal("Choose a new password", (await (await app.NewClient().GetAsync(link)).HtmlAsync()).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Reset_PasswordsDiffer_OrEmpty_SayWhatToDo()
    {
        var email = Scenario.NewEmail("typo");
        await app.CreateUserAsync(email);
        var link = await RequestLinkAsync(app, email);
        var differ = await (await app.NewClient().PostFormAsync(link, new() { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword + "x" })).HtmlAsync();
        Assert.Equal(["The passwords do not match. Enter the same password twice."], differ.ErrorSummary());
        var empty = await (await app.NewClient().PostFormAsync(link, new() { ["Password"] = "", ["ConfirmPassword"] = "" })).HtmlAsync();
        Assert.Equal(["Enter a new password"], empty.ErrorSummary());
    }

    [Fact]
    public async Task ResetLink_IsNotAnInvitationLink()
    {
        var email = Scenario.NewEmail("crossed");
        await app.CreateUserAsync(email);
        var link = await RequestLinkAsync(app, email);
        var asInvitation = link.Replace("/account/reset-password", "/account/accept-invite");
        Assert.Equal("This invitation link does not work", (await (await app.NewClient().GetAsync(asInvitation)).HtmlAsync()).QuerySelector("h1")?.TextContent);
    }
}

/// <summary>A host whose reset links last no time at all, so every link has expired by the time it is opened.</summary>
public class ExpiredResetLinkTests(ExpiredResetLinkTests.InstantExpiryApp app) : IClassFixture<ExpiredResetLinkTests.InstantExpiryApp>
{
    public class InstantExpiryApp : PoetApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Poet:ResetLinkLifetime"] = "00:00:00" };
    }

    [Fact]
    public async Task ExpiredLink_ShowsAClearMessage_AndChangesNothing()
    {
        var email = Scenario.NewEmail("late");
        await app.CreateUserAsync(email);
        var link = await ForgotPasswordTests.RequestLinkAsync(app, email);
        var hash = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync());

        var page = await (await app.NewClient().GetAsync(link)).HtmlAsync();
        var post = await (await app.NewClient().PostFormAsync(link, new() { ["Password"] = "lantern orchard pebble violin", ["ConfirmPassword"] = "lantern orchard pebble violin" }, formUrl: "/account/forgot-password")).HtmlAsync();

        Assert.Equal("This link does not work", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(ResetPasswordModel.InvalidLink, page.QuerySelector("#link-problem")?.TextContent);
        Assert.Null(page.QuerySelector("input[name=Password]"));
        Assert.Equal("This link does not work", post.QuerySelector("h1")?.TextContent);
        Assert.Equal(hash, await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync()));
    }
}
