using Microsoft.EntityFrameworkCore;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Partnerships;

public class ProfessionsTests(PoetApp app) : IClassFixture<PoetApp>
{
    private Task<List<string>> NamesAsync(int pid) =>
        app.WithDbAsync(db => db.ProfessionalGroups.Where(g => g.PartnershipId == pid).OrderBy(g => g.Name).Select(g => g.Name).ToListAsync());

    private static string Page(int pid) => $"/partnerships/{pid}/professions";

    [Fact]
    public async Task Add_NewName_IsListed()
    {
        var (pid, client, _) = await app.MemberAsync();
        var response = await client.PostFormAsync(Page(pid) + "?handler=add", new() { ["NewName"] = "Psychology" }, Page(pid));
        response.AssertRedirect(Page(pid));
        Assert.Equal(["Administration", "Nursing", "Psychology", "Social work"], await NamesAsync(pid));
        Assert.Contains("Psychology", (await (await client.GetAsync(Page(pid))).HtmlAsync()).QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task Add_Duplicate_ShowsError()
    {
        var (pid, client, _) = await app.MemberAsync();
        var response = await client.PostFormAsync(Page(pid) + "?handler=add", new() { ["NewName"] = "Nursing" }, Page(pid));
        Assert.Equal(["Nursing is already on the list. Enter a different name."], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(3, (await NamesAsync(pid)).Count);
    }

    [Fact]
    public async Task Add_TooLong_ShowsError()
    {
        var (pid, client, _) = await app.MemberAsync();
        var response = await client.PostFormAsync(Page(pid) + "?handler=add", new() { ["NewName"] = new string('x', 201) }, Page(pid));
        Assert.Equal(["The name of the professional group must be 200 characters or fewer"], (await response.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Rename_Empty_ShowsError()
    {
        var (pid, client, _) = await app.MemberAsync();
        var id = await app.GroupIdAsync(pid, "Nursing");
        var response = await client.PostFormAsync(Page(pid) + "?handler=rename", new() { ["id"] = id.ToString(), ["Name"] = " " }, Page(pid));
        Assert.Equal(["Enter the name of the professional group"], (await response.HtmlAsync()).ErrorSummary());
        Assert.Contains("Nursing", await NamesAsync(pid));
    }

    [Fact]
    public async Task Rename_Valid_Renames()
    {
        var (pid, client, _) = await app.MemberAsync();
        var id = await app.GroupIdAsync(pid, "Nursing");
        var response = await client.PostFormAsync(Page(pid) + "?handler=rename", new() { ["id"] = id.ToString(), ["Name"] = "Nursing and midwifery" }, Page(pid));
        response.AssertRedirect(Page(pid));
        Assert.Equal(["Administration", "Nursing and midwifery", "Social work"], await NamesAsync(pid));
    }

    [Fact]
    public async Task Remove_ReferredToByResponse_IsRefusedWithReason()
    {
        var (pid, client, _) = await app.MemberAsync();
        var id = await app.GroupIdAsync(pid, "Nursing");
        await app.AddResponseAsync(await app.AddRoundAsync(pid), null, id);

        var response = await client.PostFormAsync(Page(pid) + "?handler=remove", new() { ["id"] = id.ToString() }, Page(pid));

        Assert.Equal(["You cannot remove Nursing because survey invitations or responses refer to it. You can rename it instead."], (await response.HtmlAsync()).ErrorSummary());
        Assert.Contains("Nursing", await NamesAsync(pid));
    }

    [Fact]
    public async Task Remove_Unused_Removes()
    {
        var (pid, client, _) = await app.MemberAsync();
        var id = await app.GroupIdAsync(pid, "Administration");
        var response = await client.PostFormAsync(Page(pid) + "?handler=remove", new() { ["id"] = id.ToString() }, Page(pid));
        response.AssertRedirect(Page(pid));
        Assert.Equal(["Nursing", "Social work"], await NamesAsync(pid));
    }
}
