using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Partnerships;

public class ProfileTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static List<KeyValuePair<string, string>> Form(string name, string stakeholderNotes = "Met the director", params string[] frames) =>
    [
        new("Name", name), new("Area", "Riverside"), new("ClientGroup", "Children with disabilities"), new("PartnershipType", "Integrated team"),
        new("Governance", "Pooled budget under a Section 75 agreement"), new("DepthBreadthNotes", "Deep and narrow"), new("StakeholderNotes", stakeholderNotes),
        .. frames.Select(f => new KeyValuePair<string, string>("SelectedFrames", f)),
    ];

    [Fact]
    public async Task Post_Valid_SavesProfileAndFrames()
    {
        var (pid, client, _) = await app.MemberAsync();
        var name = "Renamed " + Guid.NewGuid().ToString("N")[..6];

        var response = await client.PostFormAsync($"/partnerships/{pid}/profile", Form(name, "Met the director", "SocialChallenges", "HighPerformance"));

        response.AssertRedirect($"/partnerships/{pid}");
        var p = await app.WithDbAsync(db => db.Partnerships.SingleAsync(x => x.Id == pid));
        Assert.Equal((name, "Children with disabilities", "Integrated team", "Pooled budget under a Section 75 agreement"), (p.Name, p.ClientGroup, p.PartnershipType, p.Governance));
        Assert.Equal(Frames.SocialChallenges | Frames.HighPerformance, p.Frames);
        Assert.Equal(("Deep and narrow", "Met the director"), (p.DepthBreadthNotes, p.StakeholderNotes));
        Assert.Contains("partnership.profile-updated", await app.AuditActionsAsync(pid));
    }

    [Fact]
    public async Task Get_ShowsSavedFramesTicked()
    {
        var (pid, client, _) = await app.MemberAsync();
        await client.PostFormAsync($"/partnerships/{pid}/profile", Form("Ticked " + pid, "", "ThirdWay"));

        var doc = await (await client.GetAsync($"/partnerships/{pid}/profile")).HtmlAsync();

        Assert.Equal(["ThirdWay"], doc.QuerySelectorAll("input[name=SelectedFrames][checked]").Select(i => i.GetAttribute("value") ?? "").ToArray());
        Assert.Equal(4, doc.QuerySelectorAll("input[name=SelectedFrames]").Length);
    }

    [Fact]
    public async Task Post_EmptyNameAndArea_ShowsErrorsAndSavesNothing()
    {
        var (pid, client, _) = await app.MemberAsync();
        var form = Form("").Where(f => f.Key != "Area").Append(new("Area", "")).ToList();

        var response = await client.PostFormAsync($"/partnerships/{pid}/profile", form);

        // Page order, as GOV.UK asks: the name field comes before the area field.
        Assert.Equal(["Enter the name of the partnership", "Enter the area the partnership covers"], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal("Testshire", await app.WithDbAsync(db => db.Partnerships.Where(p => p.Id == pid).Select(p => p.Area).SingleAsync()));
    }

    [Fact]
    public async Task Post_StakeholderNotesTooLong_ShowsErrorAndKeepsText()
    {
        var (pid, client, _) = await app.MemberAsync();
        var notes = new string('n', 20001);

        var response = await client.PostFormAsync($"/partnerships/{pid}/profile", Form("Long notes " + pid, notes));

        var doc = await response.HtmlAsync();
        Assert.Equal(["Notes from stakeholder interviews must be 20,000 characters or fewer. You entered 20,001."], doc.ErrorSummary());
        Assert.Equal(notes, doc.QuerySelector("textarea#StakeholderNotes")?.TextContent);
        Assert.Equal("", await app.WithDbAsync(db => db.Partnerships.Where(p => p.Id == pid).Select(p => p.StakeholderNotes).SingleAsync()));
    }

    [Fact]
    public async Task Post_NotesAtLimit_AreSaved()
    {
        var (pid, client, _) = await app.MemberAsync();
        var notes = new string('n', 20000);

        var response = await client.PostFormAsync($"/partnerships/{pid}/profile", Form("At limit " + pid, notes));

        response.AssertRedirect($"/partnerships/{pid}");
        Assert.Equal(20000, await app.WithDbAsync(db => db.Partnerships.Where(p => p.Id == pid).Select(p => p.StakeholderNotes.Length).SingleAsync()));
    }
}
