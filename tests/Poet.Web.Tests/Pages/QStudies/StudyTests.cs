using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

public class StudyTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Open_FreezesStatementsAndGrid()
    {
        var setup = await app.CreateStudyAsync(QStudyStatus.Draft);
        var study = $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}";

        (await setup.Facilitator.PostFormAsync(study + "?handler=open", [], study)).AssertRedirect(study);
        var edit = await setup.Facilitator.GetAsync(study + "/edit");
        var page = await (await setup.Facilitator.GetAsync(study)).HtmlAsync();

        Assert.Equal(QStudyStatus.Open, await app.WithDbAsync(db => db.QStudies.Where(s => s.Id == setup.Sid).Select(s => s.Status).SingleAsync()));
        edit.AssertRedirect(study);
        Assert.Contains($"/q/{setup.Key}", page.QuerySelector("#study-link")!.TextContent);
    }

    [Fact]
    public async Task Edit_Draft_ReplacesStatements()
    {
        var setup = await app.CreateStudyAsync(QStudyStatus.Draft);
        var url = $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/edit";

        var response = await setup.Facilitator.PostFormAsync(url, new Dictionary<string, string>
        { ["Title"] = "Renamed", ["Instruction"] = "Sort", ["Statements"] = string.Join("\n", QStudyFixture.Numbered(21)), ["GridLowest"] = "-1", ["GridCounts"] = "5,11,5" });

        response.AssertRedirect($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}");
        Assert.Equal(21, await app.WithDbAsync(db => db.QStatements.CountAsync(s => s.StudyId == setup.Sid)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/analysis?factors=2")]
    [InlineData("/report")]
    [InlineData("/files/loa.csv")]
    [InlineData("/files/sorts.csv")]
    [InlineData("/codes")]
    [InlineData("/import")]
    [InlineData("/edit")]
    public async Task Get_OtherPartnershipsStudy_Is404(string page)
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        var other = await app.CreateStudyAsync();

        var viaOwnPid = await other.Facilitator.GetAsync($"/partnerships/{other.Pid}/q-studies/{setup.Sid}{page}");
        var viaTheirPid = await other.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}{page}");

        Assert.Equal(HttpStatusCode.NotFound, viaOwnPid.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaTheirPid.StatusCode);
    }
}
