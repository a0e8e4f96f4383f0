using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Sorting;
using Poet.Web.Tests.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Sorting;

public class StartTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Post_ReturningWithCookie_ResumesAfterLastSavedStep()
    {
        var setup = await app.CreateStudyAsync();
        var client = await app.StartAsync(setup);
        await client.AboutAsync(setup);
        await client.PilesAsync(setup);

        var page = await (await client.GetAsync($"/q/{setup.Key}")).HtmlAsync();
        var again = await client.PostFormAsync($"/q/{setup.Key}", QSortFlow.Consent());

        Assert.Contains("You have already started", page.QuerySelector("main")!.TextContent);
        again.AssertRedirect($"/q/{setup.Key}/grid");
        Assert.Equal(1, await app.WithDbAsync(db => db.QSorts.CountAsync(s => s.StudyId == setup.Sid)));
    }

    [Fact]
    public async Task Post_NewDevice_StartsAnotherSort()
    {
        var setup = await app.CreateStudyAsync();
        await app.StartAsync(setup);
        await app.StartAsync(setup);

        Assert.Equal(2, await app.WithDbAsync(db => db.QSorts.CountAsync(s => s.StudyId == setup.Sid)));
    }

    [Fact]
    public async Task Get_DraftStudy_SaysNotOpen()
    {
        var setup = await app.CreateStudyAsync(QStudyStatus.Draft);
        var doc = await (await app.NewClient().GetAsync($"/q/{setup.Key}")).HtmlAsync();
        Assert.Equal("This Q study is not open yet", doc.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_UnknownKey_Is404WithMessage()
    {
        var response = await app.NewClient().GetAsync("/q/no-such-study");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("This link is not recognised", (await response.HtmlAsync()).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Code_PrintedCode_ResumesTheSameSortOnAnotherDevice()
    {
        var setup = await app.CreateStudyAsync();
        var codesPage = await (await setup.Facilitator.PostFormAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/codes", new Dictionary<string, string> { ["Count"] = "2" })).HtmlAsync();
        var code = codesPage.QuerySelectorAll("strong.poet-code").First().TextContent;

        var phone = app.NewClient();
        (await phone.PostFormAsync("/q/code", new Dictionary<string, string> { ["Code"] = code.ToLowerInvariant() })).AssertRedirect($"/q/{setup.Key}");
        (await phone.PostFormAsync($"/q/{setup.Key}", QSortFlow.Consent())).AssertRedirect($"/q/{setup.Key}/about");
        await phone.AboutAsync(setup);
        var laptop = app.NewClient();
        await laptop.PostFormAsync("/q/code", new Dictionary<string, string> { ["Code"] = code });
        var resumed = await laptop.PostFormAsync($"/q/{setup.Key}", QSortFlow.Consent());

        resumed.AssertRedirect($"/q/{setup.Key}/piles");
        Assert.Equal(1, await app.WithDbAsync(db => db.QSorts.CountAsync(s => s.StudyId == setup.Sid)));
        var wrong = await (await app.NewClient().PostFormAsync("/q/code", new Dictionary<string, string> { ["Code"] = "ABCD-EFGH-JKMN" })).HtmlAsync();
        Assert.Equal([CodeModel.NotRecognised], wrong.ErrorSummary());
    }
}
