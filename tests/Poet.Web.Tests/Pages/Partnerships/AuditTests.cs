using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Partnerships;

public class AuditTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Get_Coordinator_SeesOnlyThisPartnershipsEntriesNewestFirst()
    {
        var (pid, client, _) = await app.MemberAsync();
        var (other, otherClient, _) = await app.MemberAsync();
        await client.PostFormAsync($"/partnerships/{pid}/partners?handler=add", new() { ["NewName"] = "First" }, $"/partnerships/{pid}/partners");
        await client.PostFormAsync($"/partnerships/{pid}/partners?handler=add", new() { ["NewName"] = "Second" }, $"/partnerships/{pid}/partners");
        await otherClient.PostFormAsync($"/partnerships/{other}/partners?handler=add", new() { ["NewName"] = "Elsewhere" }, $"/partnerships/{other}/partners");

        var doc = await (await client.GetAsync($"/partnerships/{pid}/audit")).HtmlAsync();

        var details = doc.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[3].TextContent).ToArray();
        Assert.Equal(["Second", "First"], details);
    }

    [Fact]
    public async Task Get_Facilitator_IsNotFound()
    {
        var (pid, client, _) = await app.MemberAsync(PartnershipRole.Facilitator);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/partnerships/{pid}/audit")).StatusCode);
    }
}
