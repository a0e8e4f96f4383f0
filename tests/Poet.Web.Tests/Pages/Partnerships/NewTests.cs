using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Partnerships;

public class NewTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Post_Valid_CreatesPartnershipAndLandsOnOverview()
    {
        var client = await app.HostAdminAsync();
        var name = "Riverside " + Guid.NewGuid().ToString("N")[..6];

        var response = await client.PostFormAsync("/partnerships/new", new() { ["Name"] = name, ["Area"] = "Riverside" });

        var pid = await app.WithDbAsync(db => db.Partnerships.Where(p => p.Name == name && p.Area == "Riverside").Select(p => p.Id).SingleAsync());
        response.AssertRedirect($"/partnerships/{pid}");
        Assert.Contains("partnership.created", await app.AuditActionsAsync(pid));
        var overview = await (await client.GetAsync($"/partnerships/{pid}")).HtmlAsync();
        Assert.Equal(name, overview.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Post_Empty_ShowsBothErrors()
    {
        var client = await app.HostAdminAsync();
        var response = await client.PostFormAsync("/partnerships/new", new() { ["Name"] = " ", ["Area"] = "" });
        // Page order, as GOV.UK asks: the name field comes before the area field.
        Assert.Equal(["Enter the name of the partnership", "Enter the area the partnership covers"], (await response.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Post_DuplicateName_ShowsError()
    {
        var name = "Twin " + Guid.NewGuid().ToString("N")[..6];
        await app.CreatePartnershipAsync(name);
        var client = await app.HostAdminAsync();

        var response = await client.PostFormAsync("/partnerships/new", new() { ["Name"] = name, ["Area"] = "Elsewhere" });

        Assert.Equal([$"A partnership called {name} already exists. Enter a different name."], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(1, await app.WithDbAsync(db => db.Partnerships.CountAsync(p => p.Name == name)));
    }

    [Fact]
    public async Task Get_Coordinator_IsDenied()
    {
        var (_, client, _) = await app.MemberAsync();
        var response = await client.GetAsync("/partnerships/new");
        response.AssertRedirect("http://localhost/account/access-denied");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
