using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

public class FormsTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task PostPostal_Three_MakesThreeReferencedFormsAndAPdf()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);

        var res = await s.Coordinator.PostFormAsync(s.Url("/forms?handler=Postal"), new() { ["PostalCount"] = "3" }, s.Url("/forms"));

        Assert.Equal("application/pdf", res.Content.Headers.ContentType!.MediaType);
        var references = await app.WithDbAsync(db => db.UcForms.Where(f => f.QuestionnaireId == q.Id && f.Kind == UcFormKind.Postal).Select(f => f.Reference).ToListAsync());
        Assert.Equal(3, references.Distinct().Count());
        Assert.All(references, r => Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", r));
    }

    [Fact]
    public async Task PostCodes_NotANumber_ShowsErrorAndMakesNone()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);

        var res = await s.Coordinator.PostFormAsync(s.Url("/forms?handler=Codes"), new() { ["CodeCount"] = "lots" }, s.Url("/forms"));

        Assert.Equal(["Enter how many codes to print, a whole number from 1 to 200"], (await res.HtmlAsync()).ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.UcForms.AnyAsync(f => f.QuestionnaireId == q.Id)));
    }

    [Fact]
    public async Task PostCodes_Two_StoresOnlyHashes()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);

        var res = await s.Coordinator.PostFormAsync(s.Url("/forms?handler=Codes"), new() { ["CodeCount"] = "2" }, s.Url("/forms"));

        Assert.Equal("application/pdf", res.Content.Headers.ContentType!.MediaType);
        var lookups = await app.WithDbAsync(db => db.UcForms.Where(f => f.QuestionnaireId == q.Id && f.Kind == UcFormKind.Code).Select(f => f.CodeLookup).ToListAsync());
        Assert.Equal(2, lookups.Count);
        Assert.All(lookups, l => Assert.Equal(32, l!.Length));
    }
}
