using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Partnerships;

public class PeopleTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static string Page(int pid) => $"/partnerships/{pid}/people";

    private Task<List<(string Email, PartnershipRole Role)>> MembersAsync(int pid) => app.WithDbAsync(async db =>
        (await db.Members.Where(m => m.PartnershipId == pid).Select(m => new { m.User!.Email, m.Role }).ToListAsync())
        .Select(m => (m.Email!, m.Role)).OrderBy(m => m.Item1).ToList());

    [Fact]
    public async Task Invite_NewPerson_CreatesAccountWithoutPasswordAndQueuesEmail()
    {
        var (pid, client, _) = await app.MemberAsync();
        var email = Scenario.NewEmail("new");

        var response = await client.PostFormAsync(Page(pid), new() { ["Email"] = email, ["FullName"] = "Nia New", ["Role"] = "Facilitator" });

        response.AssertRedirect(Page(pid));
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Null(user.PasswordHash);
        Assert.Equal("Nia New", user.DisplayName);
        Assert.Contains((email, PartnershipRole.Facilitator), await MembersAsync(pid));
        var message = await app.WithDbAsync(db => db.Emails.SingleAsync(m => m.To == email));
        Assert.Equal((EmailKind.Plain, EmailStatus.Pending), (message.Kind, message.Status));
        Assert.Contains($"http://localhost/account/accept-invite?user={Uri.EscapeDataString(user.Id)}&token=", message.Body);
        Assert.Contains("role.granted", await app.AuditActionsAsync(pid));
        Assert.Contains($"{email} is now a facilitator", (await (await client.GetAsync(Page(pid))).HtmlAsync()).QuerySelector(".govuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task Invite_ExistingUser_AddsRoleWithoutEmail()
    {
        var (pid, client, _) = await app.MemberAsync();
        var existing = await app.CreateUserAsync(Scenario.NewEmail("existing"));

        var response = await client.PostFormAsync(Page(pid), new() { ["Email"] = existing.Email!, ["Role"] = "Coordinator" });

        response.AssertRedirect(Page(pid));
        Assert.Contains((existing.Email!, PartnershipRole.Coordinator), await MembersAsync(pid));
        Assert.False(await app.WithDbAsync(db => db.Emails.AnyAsync(m => m.To == existing.Email)));
    }

    [Fact]
    public async Task Invite_BadEmailAndNoRole_ShowsBothErrors()
    {
        var (pid, client, _) = await app.MemberAsync();
        var response = await client.PostFormAsync(Page(pid), new() { ["Email"] = "not-an-email", ["Role"] = "Owner" });
        Assert.Equal([PeopleModel.BadEmail, PeopleModel.NoRole], (await response.HtmlAsync()).ErrorSummary());
        Assert.Single(await MembersAsync(pid));
    }

    [Fact]
    public async Task Invite_SameRoleTwice_ShowsError()
    {
        var (pid, client, user) = await app.MemberAsync();
        var response = await client.PostFormAsync(Page(pid), new() { ["Email"] = user.Email!, ["Role"] = "Coordinator" });
        Assert.Equal([$"{user.Email} is already a coordinator in this partnership"], (await response.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Remove_LastCoordinator_IsRefused()
    {
        var (pid, client, user) = await app.MemberAsync();
        var memberId = await app.WithDbAsync(db => db.Members.Where(m => m.PartnershipId == pid).Select(m => m.Id).SingleAsync());

        var response = await client.PostFormAsync(Page(pid) + "?handler=remove", new() { ["memberId"] = memberId.ToString() }, Page(pid));

        Assert.Equal([PeopleModel.LastCoordinator], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal([(user.Email!, PartnershipRole.Coordinator)], await MembersAsync(pid));
    }

    [Fact]
    public async Task Remove_OneOfTwoCoordinators_RemovesAndAudits()
    {
        var (pid, client, user) = await app.MemberAsync();
        var second = await app.CreateUserAsync(Scenario.NewEmail("second"), partnershipId: pid);
        var memberId = await app.WithDbAsync(db => db.Members.Where(m => m.PartnershipId == pid && m.UserId == second.Id).Select(m => m.Id).SingleAsync());

        var response = await client.PostFormAsync(Page(pid) + "?handler=remove", new() { ["memberId"] = memberId.ToString() }, Page(pid));

        response.AssertRedirect(Page(pid));
        Assert.Equal([(user.Email!, PartnershipRole.Coordinator)], await MembersAsync(pid));
        var entry = await app.WithDbAsync(db => db.Audit.SingleAsync(a => a.PartnershipId == pid && a.Action == "role.removed"));
        Assert.Equal($"{second.Email} as Coordinator", entry.Detail);
    }

    [Fact]
    public async Task Resend_PendingInvitation_QueuesAnotherEmail()
    {
        var (pid, client, _) = await app.MemberAsync();
        var email = Scenario.NewEmail("pending");
        await client.PostFormAsync(Page(pid), new() { ["Email"] = email, ["Role"] = "Facilitator" });
        var memberId = await app.WithDbAsync(db => db.Members.Where(m => m.PartnershipId == pid && m.User!.Email == email).Select(m => m.Id).SingleAsync());

        var response = await client.PostFormAsync(Page(pid) + "?handler=resend", new() { ["memberId"] = memberId.ToString() }, Page(pid));

        response.AssertRedirect(Page(pid));
        Assert.Equal(2, await app.WithDbAsync(db => db.Emails.CountAsync(m => m.To == email)));
    }

    [Fact]
    public async Task Get_Facilitator_IsNotFound()
    {
        var (pid, client, _) = await app.MemberAsync(PartnershipRole.Facilitator);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(Page(pid))).StatusCode);
    }
}
