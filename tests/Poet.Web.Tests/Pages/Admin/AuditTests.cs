using Poet.Data.Entities;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Admin;

public class AuditTests(PoetApp app) : IClassFixture<PoetApp>
{
    private Task AddEntriesAsync(int pid, int count, string action) => app.WithDbAsync(async db =>
    {
        for (var i = 1; i <= count; i++)
            db.Audit.Add(new AuditEntry { AtUtc = DateTime.UtcNow, UserName = "tester", PartnershipId = pid, Action = action, Detail = i.ToString() });
        await db.SaveChangesAsync();
    });

    private static string[] Details(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[3].TextContent).ToArray();

    [Fact]
    public async Task Get_FilteredByPartnership_PagesHundredNewestFirst()
    {
        var pid = await app.CreatePartnershipAsync("Busy " + Guid.NewGuid().ToString("N")[..6]);
        var other = await app.CreatePartnershipAsync("Quiet " + Guid.NewGuid().ToString("N")[..6]);
        await AddEntriesAsync(pid, 150, "test.busy");
        await AddEntriesAsync(other, 3, "test.quiet");
        var client = await app.HostAdminAsync();

        var first = await (await client.GetAsync($"/admin/audit?partnership={pid}")).HtmlAsync();
        var second = await (await client.GetAsync($"/admin/audit?partnership={pid}&page=2")).HtmlAsync();

        Assert.Equal(Enumerable.Range(51, 100).Reverse().Select(i => i.ToString()), Details(first));
        Assert.Equal(Enumerable.Range(1, 50).Reverse().Select(i => i.ToString()), Details(second));
        Assert.Equal($"/admin/audit?partnership={pid}&page=2", first.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(pid.ToString(), first.QuerySelector("select#Partnership option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_Unfiltered_ShowsEveryPartnershipsEntries()
    {
        var pid = await app.CreatePartnershipAsync("Mixed " + Guid.NewGuid().ToString("N")[..6]);
        await AddEntriesAsync(pid, 1, "test.mixed");
        var client = await app.HostAdminAsync();

        var doc = await (await client.GetAsync("/admin/audit")).HtmlAsync();

        Assert.Contains("test.mixed", doc.QuerySelector("tbody")!.TextContent);
    }
}
