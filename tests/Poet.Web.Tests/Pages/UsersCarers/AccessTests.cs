using System.Net;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

public class AccessTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Theory]
    [InlineData("")]
    [InlineData("/report")]
    [InlineData("/postal")]
    [InlineData("/interviews")]
    public async Task Get_OtherPartnershipsCoordinator_NotFound(string path)
    {
        var a = await UcSetup.CreateAsync(app);
        await a.QuestionnaireAsync(UcStatus.Open);
        var b = await UcSetup.CreateAsync(app);

        Assert.Equal(HttpStatusCode.NotFound, (await b.Coordinator.GetAsync(a.Url(path))).StatusCode);
    }

    [Fact]
    public async Task GetCompare_FormOfAnotherPartnership_NotFound()
    {
        var a = await UcSetup.CreateAsync(app);
        var qa = await a.QuestionnaireAsync(UcStatus.Open);
        var form = await a.PostalFormAsync(qa.Id, "AAAA-1111");
        var b = await UcSetup.CreateAsync(app);
        await b.QuestionnaireAsync(UcStatus.Open);

        Assert.Equal(HttpStatusCode.NotFound, (await b.Coordinator.GetAsync(b.Url($"/postal/{form}"))).StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);

        var res = await app.NewClient().PostAsync($"/uc/{q.LinkKey}", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, res.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.UcResponses, r => r.QuestionnaireId == q.Id)));
    }
}
