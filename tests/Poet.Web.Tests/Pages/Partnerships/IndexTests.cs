using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Partnerships;

public class IndexTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Get_Member_SeesOnlyOwnPartnershipsWithRole()
    {
        var (_, client, _) = await app.MemberAsync(PartnershipRole.Facilitator, name: "Mine " + Guid.NewGuid().ToString("N")[..6]);
        var other = "Not mine " + Guid.NewGuid().ToString("N")[..6];
        await app.CreatePartnershipAsync(other);

        var doc = await (await client.GetAsync("/partnerships")).HtmlAsync();

        var rows = doc.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        var row = Assert.Single(rows);
        Assert.StartsWith("Mine ", row[0]);
        Assert.Equal("Facilitator", row[2]);
        Assert.Null(doc.QuerySelector("a[href='/partnerships/new']"));
    }

    [Fact]
    public async Task Get_HostAdmin_SeesAllPartnershipsAndCreateButton()
    {
        var name = "Any " + Guid.NewGuid().ToString("N")[..6];
        await app.CreatePartnershipAsync(name);
        var client = await app.HostAdminAsync();

        var doc = await (await client.GetAsync("/partnerships")).HtmlAsync();

        Assert.Equal("Create a partnership", doc.QuerySelector("a[href='/partnerships/new']")?.TextContent);
        var row = doc.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(name));
        Assert.Equal("Host administrator", row.QuerySelectorAll("td")[2].TextContent.Trim());
    }
}
