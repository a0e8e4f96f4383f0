using System.Net;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Privacy;

/// <summary>A host that has filled in its data protection settings.</summary>
public sealed class DataProtectionApp : PoetApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataProtection:Controller"] = "Anytown Council",
        ["DataProtection:Contact"] = "dpo@anytown.example",
        ["DataProtection:LawfulBasis"] = "public-task",
    };
}

public class PrivacyTests(DataProtectionApp app) : IClassFixture<DataProtectionApp>
{
    [Fact]
    public async Task Notice_Staff_ListsTheRosterAndSaysAnswersCannotBeFound_WithTheHostsController()
    {
        var doc = await (await app.NewClient().GetAsync("/privacy/staff")).HtmlAsync();

        Assert.Equal("Staff invited to the survey", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Controller: Anytown Council", doc.Body!.TextContent);
        var rows = doc.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToArray();
        // Poet.Analysis/DataProtection/PersonalData.Items: the roster identifies, the submitted answers do not.
        Assert.Contains(rows, r => r[0] == "Name, work email address, employing partner and professional group on the round's roster" && r[4] == "Yes");
        Assert.Contains(rows, r => r[0].StartsWith("Your submitted answers") && r[4] == "No");
        Assert.Contains("Your submitted answers are not linked to you, so nobody can find, show, correct or delete them on request.", doc.Body!.TextContent);
    }

    [Fact]
    public async Task Index_LinksEveryNotice_AndEachOpensWithoutSigningIn()
    {
        var client = app.NewClient();
        var doc = await (await client.GetAsync("/privacy")).HtmlAsync();
        var links = doc.QuerySelectorAll("main a[href^='/privacy/']").Select(a => a.GetAttribute("href")!).ToArray();

        Assert.Equal(["/privacy/staff", "/privacy/families", "/privacy/workshop", "/privacy/q-sort", "/privacy/accounts"], links);
        foreach (var link in links) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Notice_UnknownAudience_IsNotFound() =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync("/privacy/everyone")).StatusCode);

    [Fact]
    public async Task Footer_OfASurveyCodePage_LinksThePrivacyNotices()
    {
        var doc = await (await app.NewClient().GetAsync("/survey/code")).HtmlAsync();
        Assert.NotNull(doc.QuerySelector("footer a[href='/privacy']"));
    }

    [Fact]
    public async Task Dpia_HostAdmin_SeesItFilledIn_AndDownloadsTheSameText()
    {
        var client = await app.HostAdminAsync();

        var doc = await (await client.GetAsync("/admin/data-protection")).HtmlAsync();
        var shown = doc.QuerySelector("pre")!.TextContent;
        var download = await client.GetAsync("/admin/data-protection?handler=download");

        Assert.Contains("- Controller: Anytown Council", shown);
        Assert.Contains("Chosen by the host: Public task (Article 6(1)(e))", shown);
        Assert.Equal("text/markdown", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("poet-dpia.md", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(shown.ReplaceLineEndings("\n").Trim(), (await download.Content.ReadAsStringAsync()).ReplaceLineEndings("\n").Trim());
    }

    [Fact]
    public async Task Dpia_Coordinator_IsDenied()
    {
        var (_, client, _) = await app.MemberAsync();
        (await client.GetAsync("/admin/data-protection")).AssertRedirect("http://localhost/account/access-denied");
    }
}
