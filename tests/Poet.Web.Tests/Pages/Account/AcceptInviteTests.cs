using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Poet.Web.Pages.Account;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Account;

public partial class AcceptInviteTests(PoetApp app) : IClassFixture<PoetApp>
{
    [GeneratedRegex(@"http://localhost(/account/accept-invite\?\S+)")]
    private static partial Regex InviteLink();

    /// <summary>Invites a new person through the People page and returns the link from the queued email row.</summary>
    private async Task<(int Pid, string Email, string Link)> InviteAsync()
    {
        var (pid, coordinator, _) = await app.MemberAsync();
        var email = Scenario.NewEmail("invitee");
        await coordinator.PostFormAsync($"/partnerships/{pid}/people", new() { ["Email"] = email, ["Role"] = "Facilitator" });
        var body = await app.WithDbAsync(db => db.Emails.Where(m => m.To == email).Select(m => m.Body).SingleAsync());
        return (pid, email, InviteLink().Match(body).Groups[1].Value);
    }

    [Fact]
    public async Task Accept_ValidLink_SetsPasswordSignsInAndShowsPartnership()
    {
        var (pid, email, link) = await InviteAsync();
        var client = app.NewClient();

        var response = await client.PostFormAsync(link, new() { ["Password"] = PoetApp.Password, ["ConfirmPassword"] = PoetApp.Password });

        response.AssertRedirect("/partnerships");
        var list = await (await client.GetAsync("/partnerships")).HtmlAsync();
        Assert.NotNull(list.QuerySelector($"a[href='/partnerships/{pid}']"));
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email && u.PasswordHash != null && u.EmailConfirmed)));
        (await app.SignedInClientAsync(email)).Dispose();
    }

    [Fact]
    public async Task Accept_LinkUsedTwice_ShowsExpiredMessage()
    {
        var (_, _, link) = await InviteAsync();
        await app.NewClient().PostFormAsync(link, new() { ["Password"] = PoetApp.Password, ["ConfirmPassword"] = PoetApp.Password });

        var again = await (await app.NewClient().GetAsync(link)).HtmlAsync();

        Assert.Equal("This invitation link does not work", again.QuerySelector("h1")?.TextContent);
        Assert.Contains(AcceptInviteModel.InvalidLink, again.QuerySelector("main")!.TextContent);
        Assert.Null(again.QuerySelector("input[name=Password]"));
    }

    [Fact]
    public async Task Get_TamperedToken_ShowsExpiredMessage()
    {
        var (_, _, link) = await InviteAsync();
        var response = await app.NewClient().GetAsync(link[..^6] + "AAAAAA");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("This invitation link does not work", (await response.HtmlAsync()).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Accept_ShortPassword_ShowsIdentityRuleInPlainWords()
    {
        var (_, email, link) = await InviteAsync();

        var response = await app.NewClient().PostFormAsync(link, new() { ["Password"] = "short", ["ConfirmPassword"] = "short" });

        Assert.Equal(["Password must be 12 characters or more"], (await response.HtmlAsync()).ErrorSummary());
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email && u.PasswordHash == null)));
    }

    [Theory]
    [InlineData("123456789012")]
    [InlineData("password1234")]
    [InlineData("Pass Word 1234!")]
    [InlineData("qwertyuiopas")]
    [InlineData("abcdefabcdef")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("baseball2024!!")]
    public async Task Accept_CommonPassword_IsRefusedWithAClearMessage(string password)
    {
        var (_, email, link) = await InviteAsync();

        var response = await app.NewClient().PostFormAsync(link, new() { ["Password"] = password, ["ConfirmPassword"] = password });

        Assert.Equal(["This password is too easy to guess: it is a common password, a simple pattern or your email address. Try three or four random words instead"],
            (await response.HtmlAsync()).ErrorSummary());
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email && u.PasswordHash == null)));
    }

    [Fact]
    public async Task Accept_PasswordsDiffer_ShowsError()
    {
        var (_, _, link) = await InviteAsync();
        var response = await app.NewClient().PostFormAsync(link, new() { ["Password"] = PoetApp.Password, ["ConfirmPassword"] = PoetApp.Password + "x" });
        Assert.Equal([AcceptInviteModel.Mismatch], (await response.HtmlAsync()).ErrorSummary());
    }
}
