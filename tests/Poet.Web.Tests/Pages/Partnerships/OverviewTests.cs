using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Partnerships;

public class OverviewTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Get_Coordinator_ShowsProfileListsAndRoundsWithLinks()
    {
        var (pid, client, user) = await app.MemberAsync();
        await app.WithDbAsync(async db =>
        {
            var p = await db.Partnerships.FindAsync(pid);
            p!.Governance = "Pooled budget under a Section 75 agreement";
            p.Frames = Frames.Structural | Frames.ThirdWay;
            await db.SaveChangesAsync();
        });
        var rid = await app.AddRoundAsync(pid, "Spring staff survey");

        var doc = await (await client.GetAsync($"/partnerships/{pid}")).HtmlAsync();

        var text = doc.QuerySelector("main")!.TextContent;
        Assert.Contains("Pooled budget under a Section 75 agreement", text);
        Assert.Contains("Structural, Third Way", text);
        Assert.Contains("Health trust", text);
        Assert.Contains("Nursing", text);
        Assert.Contains($"({user.Email}): Coordinator", text);
        Assert.Equal("Spring staff survey", doc.QuerySelector($"a[href='/partnerships/{pid}/rounds/{rid}']")?.TextContent);
        Assert.Equal("Open", doc.QuerySelector("tbody .govuk-tag")?.TextContent);
        Assert.NotNull(doc.QuerySelector($"a[href='/partnerships/{pid}/rounds/new']"));
        Assert.Equal("Settings", doc.QuerySelector($"nav[aria-label=Partnership] a[href='/partnerships/{pid}/profile']")?.TextContent);
        var settings = await (await client.GetAsync($"/partnerships/{pid}/profile")).HtmlAsync();
        Assert.Equal(["Profile", "Partner organisations", "Professional groups", "People", "Audit log"],
            settings.QuerySelectorAll("nav[aria-label='Partnership settings'] a").Select(a => a.TextContent.Trim()).ToArray());
    }

    [Fact]
    public async Task Get_Facilitator_SeesNoCoordinatorLinks()
    {
        var (pid, client, _) = await app.MemberAsync(PartnershipRole.Facilitator, "Testshire partnership");

        var doc = await (await client.GetAsync($"/partnerships/{pid}")).HtmlAsync();

        Assert.Null(doc.QuerySelector($"a[href='/partnerships/{pid}/rounds/new']"));
        // The partnership's name, then the sections; every settings page is coordinators' only ([CoordinatorOnly]).
        Assert.Equal(["Testshire partnership", "Overview", "Staff survey", "Outcomes", "Users and carers", "Contribution", "Q studies", "Documents"],
            doc.QuerySelectorAll(".poet-partnership-nav a").Select(a => a.TextContent.Trim()).ToArray());
    }
}
