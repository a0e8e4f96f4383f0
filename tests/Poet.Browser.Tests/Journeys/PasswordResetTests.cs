using System.Text.RegularExpressions;
using MimeKit;
using OpenQA.Selenium;
using Poet.Browser.Tests.Support;
using Poet.Web.Infrastructure;

namespace Poet.Browser.Tests.Journeys;

/// <summary>Issue 15: a coordinator who has forgotten their password resets it by the emailed link, keyboard only.</summary>
public partial class PasswordResetTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Coordinator_ForgetsPassword_ResetsItByEmailAndSignsInWithTheNewOne()
    {
        const string email = "forgetful.coordinator@example.org", newPassword = "seven quiet herons at dawn";
        var pid = await app.CreatePartnershipAsync("Testshire Carers Partnership");
        await app.CreateUserAsync(email, partnershipId: pid);

        app.Go("/account/sign-in");
        app.PressEnterAndWait(app.Driver.FindElement(By.Id("forgot-password")));
        app.AssertAccessible();
        app.Driver.FindElement(By.Id("Email")).SendKeys(email);
        app.PressEnterAndWait(app.Driver.FindElement(By.Id("Email")));
        Assert.Equal("Check your email", app.Driver.FindElement(By.TagName("h1")).Text);
        app.AssertAccessible();

        await app.Get<Outbox>().SendPendingAsync();
        var mail = Directory.GetFiles(app.OutboxFolder, "*.eml").Select(f => MimeMessage.Load(f))
            .Single(m => m.To.Mailboxes.Any(b => b.Address == email));
        Assert.Equal("Reset your POET password", mail.Subject);
        app.Go(ResetLink().Match(mail.TextBody!).Groups[1].Value);
        Assert.Equal("Choose a new password", app.Driver.FindElement(By.TagName("h1")).Text);
        app.AssertAccessible();
        app.Driver.FindElement(By.Id("Password")).SendKeys(newPassword);
        app.Driver.FindElement(By.Id("ConfirmPassword")).SendKeys(newPassword);
        app.PressEnterAndWait(app.Driver.FindElement(By.Id("ConfirmPassword")));
        Assert.Equal("Your password has been reset. Every other device and browser has been signed out.", app.Driver.FindElement(By.Id("notice")).Text);
        app.AssertAccessible();

        app.Driver.Manage().Cookies.DeleteAllCookies();
        app.SignIn(email, newPassword);
        Assert.EndsWith("/partnerships", new Uri(app.Driver.Url).AbsolutePath);
        Assert.Contains("Testshire Carers Partnership", app.Driver.FindElement(By.TagName("main")).Text);
    }

    [GeneratedRegex(@"https?://[^/\s]+(/account/reset-password\?\S+)")]
    private static partial Regex ResetLink();
}
