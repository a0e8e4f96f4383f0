using Microsoft.EntityFrameworkCore;
using Poet.Web.Pages.Admin.National;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Pages.Rounds;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Admin;

/// <summary>Its own app, so that no other test has saved terms yet.</summary>
public class NationalDefaultTermsTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Get_NoTermsYet_ShowsTheDefaultAsVersionOne()
    {
        var doc = await (await (await app.HostAdminAsync()).GetAsync("/admin/national/terms")).HtmlAsync();

        Assert.Equal("Current version: 1.", doc.QuerySelector("#terms-current")?.TextContent);
        Assert.Equal(NationalModel.DefaultTerms, doc.QuerySelector("textarea#Text")?.TextContent.Trim());
    }
}

public class NationalTermsTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Post_NewText_SavesANewVersionKeepsTheOldAndAudits()
    {
        var admin = await app.HostAdminAsync();
        var before = await app.WithDbAsync(db => db.SharingTerms.Select(t => (int?)t.Version).MaxAsync()) ?? 1;

        var response = await admin.PostFormAsync("/admin/national/terms", new Dictionary<string, string> { ["Text"] = "Shared for research only.\nWithdraw at any time." });

        response.AssertRedirect("/admin/national/terms");
        var versions = await app.WithDbAsync(db => db.SharingTerms.OrderBy(t => t.Version).Select(t => new { t.Version, t.Text }).ToListAsync());
        Assert.Equal(before + 1, versions[^1].Version);
        Assert.Equal("Shared for research only.\nWithdraw at any time.", versions[^1].Text);
        Assert.Equal(NationalModel.DefaultTerms, versions[0].Text);
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "national.terms-changed" && a.Detail == $"Data-sharing terms version {before + 1}")));
        var doc = await (await admin.GetAsync("/admin/national/terms")).HtmlAsync();
        Assert.Equal($"Data-sharing terms version {before + 1} saved. Partnerships that share from now on agree to this version.", doc.QuerySelector("#notice")?.TextContent);
    }

    [Theory]
    [InlineData("   ", TermsModel.EnterTerms)]
    [InlineData(null, TermsModel.TooLong)]
    public async Task Post_EmptyOrTooLong_SaysWhatToDo(string? text, string message)
    {
        var doc = await (await (await app.HostAdminAsync()).PostFormAsync("/admin/national/terms",
            new Dictionary<string, string> { ["Text"] = text ?? new string('a', TermsModel.MaxLength + 1) })).HtmlAsync();

        Assert.Equal([message], doc.ErrorSummary());
    }

    [Fact]
    public async Task Post_SameText_SaysChangeIt()
    {
        var admin = await app.HostAdminAsync();
        var current = await app.WithDbAsync(db => db.SharingTerms.OrderByDescending(t => t.Version).Select(t => t.Text).FirstOrDefaultAsync()) ?? NationalModel.DefaultTerms;

        var doc = await (await admin.PostFormAsync("/admin/national/terms", new Dictionary<string, string> { ["Text"] = current })).HtmlAsync();

        Assert.Equal(["These terms are the same as the current version. Change the text to make a new version"], doc.ErrorSummary());
    }

    [Fact]
    public async Task Get_Coordinator_AccessDenied()
    {
        var s = await Reports.ReportSetup.CreateAsync(app);

        (await s.Coordinator.GetAsync("/admin/national/terms")).AssertRedirect("http://localhost/account/access-denied");
    }

    [Fact]
    public async Task Post_TermsChangedSincePageOpened_AsksToReadTheNewVersion()
    {
        var (s, rid) = await NationalOptInTests.ClosedRoundAsync(app);
        var admin = await app.HostAdminAsync();
        (await admin.PostFormAsync("/admin/national/terms", new Dictionary<string, string> { ["Text"] = "Version two of the terms " + Guid.NewGuid() })).AssertRedirect("/admin/national/terms");
        var version = await app.WithDbAsync(db => db.SharingTerms.MaxAsync(t => t.Version));

        var doc = await (await s.Coordinator.PostFormAsync(s.Url(rid, "national"), NationalOptInTests.Share(terms: version - 1))).HtmlAsync();

        Assert.Equal([$"The data-sharing terms changed while this page was open. Read version {version} below, and confirm that the board agreed to it"], doc.ErrorSummary());
        (await s.Coordinator.PostFormAsync(s.Url(rid, "national"), NationalOptInTests.Share(terms: version))).AssertRedirect(s.Url(rid, "national"));
        Assert.Equal(version, await app.WithDbAsync(db => db.NationalRounds.Where(n => n.RoundId == rid).Select(n => n.ConsentTermsVersion).SingleAsync()));
    }

}
