using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Poet.Data.Entities;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Admin;

public class IndexTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Get_HostAdmin_ListsPartnershipsWithCountsAndUsers()
    {
        var (pid, _, coordinator) = await app.MemberAsync(name: "Counted " + Guid.NewGuid().ToString("N")[..6]);
        await app.CreateUserAsync(Scenario.NewEmail("fac"), partnershipId: pid, role: PartnershipRole.Facilitator);
        await app.AddRoundAsync(pid);
        await app.AddRoundAsync(pid, "Autumn");
        var client = await app.HostAdminAsync();

        var doc = await (await client.GetAsync("/admin")).HtmlAsync();

        var row = doc.QuerySelectorAll("tbody tr").First(r => r.QuerySelector($"a[href='/partnerships/{pid}']") is not null);
        Assert.Equal(["2", "2"], row.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent.Trim()).ToArray());
        var userRow = doc.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(coordinator.Email!));
        Assert.Equal(["No", "Active"], userRow.QuerySelectorAll("td").Skip(2).Select(td => td.TextContent.Trim()).ToArray());
    }

    [Fact]
    public async Task Unlock_LockedUser_CanSignInAgain()
    {
        var locked = await app.CreateUserAsync(Scenario.NewEmail("locked"));
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PoetUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(locked.Id))!, DateTimeOffset.UtcNow.AddMinutes(15));
        }
        var client = await app.HostAdminAsync();
        var page = await (await client.GetAsync("/admin")).HtmlAsync();
        Assert.Contains("Locked until", page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(locked.Email!)).TextContent);

        var response = await client.PostFormAsync("/admin?handler=unlock", new() { ["id"] = locked.Id }, "/admin");

        response.AssertRedirect("/admin");
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == locked.Id && u.LockoutEnd == null)));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "user.unlocked" && a.Detail == locked.Email)));
        (await app.SignedInClientAsync(locked.Email!)).Dispose();
    }

    [Fact]
    public async Task Get_Coordinator_IsDenied()
    {
        var (_, client, _) = await app.MemberAsync();
        var response = await client.GetAsync("/admin");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        response.AssertRedirect("http://localhost/account/access-denied");
    }
}
