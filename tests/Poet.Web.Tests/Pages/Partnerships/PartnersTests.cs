using Microsoft.EntityFrameworkCore;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Partnerships;

public class PartnersTests(PoetApp app) : IClassFixture<PoetApp>
{
    private Task<List<string>> NamesAsync(int pid) =>
        app.WithDbAsync(db => db.PartnerOrganisations.Where(o => o.PartnershipId == pid).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync());

    [Fact]
    public async Task Add_NewName_IsListedAndAudited()
    {
        var (pid, client, _) = await app.MemberAsync();

        var response = await client.PostFormAsync($"/partnerships/{pid}/partners?handler=add", new() { ["NewName"] = "  Voluntary sector forum " }, $"/partnerships/{pid}/partners");

        response.AssertRedirect($"/partnerships/{pid}/partners");
        Assert.Equal(["Council", "Health trust", "Voluntary sector forum"], await NamesAsync(pid));
        Assert.Contains("partner.added", await app.AuditActionsAsync(pid));
    }

    [Fact]
    public async Task Add_Duplicate_ShowsErrorAndAddsNothing()
    {
        var (pid, client, _) = await app.MemberAsync();

        var response = await client.PostFormAsync($"/partnerships/{pid}/partners?handler=add", new() { ["NewName"] = "health TRUST" }, $"/partnerships/{pid}/partners");

        Assert.Equal(["health TRUST is already on the list. Enter a different name."], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(["Council", "Health trust"], await NamesAsync(pid));
    }

    [Fact]
    public async Task Add_Empty_ShowsError()
    {
        var (pid, client, _) = await app.MemberAsync();
        var response = await client.PostFormAsync($"/partnerships/{pid}/partners?handler=add", new() { ["NewName"] = "" }, $"/partnerships/{pid}/partners");
        Assert.Equal(["Enter the name of the partner organisation"], (await response.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Rename_Valid_RenamesAndAudits()
    {
        var (pid, client, _) = await app.MemberAsync();
        var id = await app.PartnerIdAsync(pid, "Council");
        var form = $"/partnerships/{pid}/partners?rename={id}";
        Assert.Equal("Council", (await (await client.GetAsync(form)).HtmlAsync()).QuerySelector("input#Name")?.GetAttribute("value"));

        var response = await client.PostFormAsync($"/partnerships/{pid}/partners?handler=rename", new() { ["id"] = id.ToString(), ["Name"] = "City council" }, form);

        response.AssertRedirect($"/partnerships/{pid}/partners");
        Assert.Equal(["City council", "Health trust"], await NamesAsync(pid));
        Assert.Contains("partner.renamed", await app.AuditActionsAsync(pid));
    }

    [Fact]
    public async Task Rename_ToAnotherPartnersName_ShowsError()
    {
        var (pid, client, _) = await app.MemberAsync();
        var id = await app.PartnerIdAsync(pid, "Council");

        var response = await client.PostFormAsync($"/partnerships/{pid}/partners?handler=rename", new() { ["id"] = id.ToString(), ["Name"] = "Health trust" }, $"/partnerships/{pid}/partners");

        var doc = await response.HtmlAsync();
        Assert.Equal(["Health trust is already on the list. Enter a different name."], doc.ErrorSummary());
        Assert.Equal("Rename Council", doc.QuerySelector("h2.govuk-heading-m")?.TextContent);
        Assert.Equal(["Council", "Health trust"], await NamesAsync(pid));
    }

    [Fact]
    public async Task Remove_Unused_Removes()
    {
        var (pid, client, _) = await app.MemberAsync();
        var id = await app.PartnerIdAsync(pid, "Council");

        var response = await client.PostFormAsync($"/partnerships/{pid}/partners?handler=remove", new() { ["id"] = id.ToString() }, $"/partnerships/{pid}/partners");

        response.AssertRedirect($"/partnerships/{pid}/partners");
        Assert.Equal(["Health trust"], await NamesAsync(pid));
        Assert.Contains("partner.removed", await app.AuditActionsAsync(pid));
    }

    [Fact]
    public async Task Remove_ReferredToByInvitation_IsRefusedWithReason()
    {
        var (pid, client, _) = await app.MemberAsync();
        var id = await app.PartnerIdAsync(pid, "Council");
        await app.AddInvitationAsync(await app.AddRoundAsync(pid), id);

        var response = await client.PostFormAsync($"/partnerships/{pid}/partners?handler=remove", new() { ["id"] = id.ToString() }, $"/partnerships/{pid}/partners");

        Assert.Equal(["You cannot remove Council because survey invitations or responses refer to it. You can rename it instead."], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(["Council", "Health trust"], await NamesAsync(pid));
    }

    [Fact]
    public async Task Remove_ReferredToByResponse_IsRefused()
    {
        var (pid, client, _) = await app.MemberAsync();
        var id = await app.PartnerIdAsync(pid, "Health trust");
        await app.AddResponseAsync(await app.AddRoundAsync(pid), id, null);

        var response = await client.PostFormAsync($"/partnerships/{pid}/partners?handler=remove", new() { ["id"] = id.ToString() }, $"/partnerships/{pid}/partners");

        Assert.Single((await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(["Council", "Health trust"], await NamesAsync(pid));
    }
}
