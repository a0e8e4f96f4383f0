using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

public class OnlineTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(HttpClient Client, string Base, UcQuestionnaire Q)> StartedAsync(UcSetup s, string[]? outcomes = null)
    {
        var q = await s.QuestionnaireAsync(UcStatus.Open, outcomes);
        var client = app.NewClient();
        var start = await client.PostFormAsync($"/uc/{q.LinkKey}", []);
        start.AssertRedirect($"/uc/{q.LinkKey}/who");
        return (client, $"/uc/{q.LinkKey}", q);
    }

    [Fact]
    public async Task Journey_LinkToSubmit_StoresAnAnonymousReturn()
    {
        var s = await UcSetup.CreateAsync(app);
        var (client, path, q) = await StartedAsync(s);
        var outcomes = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);

        (await client.PostFormAsync($"{path}/who", new() { ["RespondentType"] = "CarerOrFamily" })).AssertRedirect($"{path}/support");
        (await client.PostFormAsync($"{path}/outcome/1", new() { ["Importance"] = "4", ["Happens"] = "2" })).AssertRedirect($"{path}/outcome/2");
        (await client.PostFormAsync($"{path}/top-three", [new("Chosen", outcomes[0].ToString())])).AssertRedirect($"{path}/missing");
        (await client.PostFormAsync($"{path}/missing", new() { ["Text"] = "  Help for brothers and sisters  " })).AssertRedirect($"{path}/barriers");
        (await client.PostFormAsync($"{path}/check", [])).AssertRedirect($"{path}/done");

        var response = await app.WithDbAsync(db => db.UcResponses.Include(r => r.Answers).SingleAsync(r => r.QuestionnaireId == q.Id));
        Assert.True(response.IsSubmitted);
        Assert.Equal(UcMethod.Link, response.Method);
        Assert.Equal(UcRespondentType.CarerOrFamily, response.RespondentType);
        var first = response.Answers.Single(a => a.ItemId == outcomes[0]);
        Assert.Equal((4, 2, true), (first.Importance, first.Happens, first.Chosen));
        Assert.Equal("Help for brothers and sisters", response.MissingOutcomes);
    }

    [Fact]
    public async Task PostTopThree_FourChosen_ShowsErrorAndSavesNothing()
    {
        var s = await UcSetup.CreateAsync(app);
        var (client, path, q) = await StartedAsync(s, ["A", "B", "C", "D"]);
        var outcomes = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);

        var res = await client.PostFormAsync($"{path}/top-three", outcomes.Select(id => new KeyValuePair<string, string>("Chosen", id.ToString())));

        Assert.Equal(["Select no more than 3 things that matter most to you"], (await res.HtmlAsync()).ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.UcAnswers.AnyAsync(a => outcomes.Contains(a.ItemId) && a.Chosen)));
    }

    [Fact]
    public async Task Start_TwoDevices_GetTwoResponses()
    {
        var s = await UcSetup.CreateAsync(app);
        var (_, path, q) = await StartedAsync(s);

        await app.NewClient().PostFormAsync(path, []);

        Assert.Equal(2, await app.WithDbAsync(db => db.UcResponses.CountAsync(r => r.QuestionnaireId == q.Id)));
    }

    [Fact]
    public async Task Get_AfterSubmit_SaysAlreadySent()
    {
        var s = await UcSetup.CreateAsync(app);
        var (client, path, _) = await StartedAsync(s);
        await client.PostFormAsync($"{path}/check", []);

        var who = await client.GetAsync($"{path}/who");

        who.AssertRedirect(path);
        Assert.Equal("You have already sent your answers. Thank you.", (await (await client.GetAsync(path)).HtmlAsync()).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Get_DraftQuestionnaire_NotFound()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Draft);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.NewClient().GetAsync($"/uc/{q.LinkKey}")).StatusCode);
    }

    [Fact]
    public async Task PostCode_PrintedCode_StartsACodeResponse()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);
        var code = AccessCodes.NewShortCode();
        await app.WithDbAsync(async db =>
        {
            db.UcForms.Add(new UcForm { QuestionnaireId = q.Id, Kind = UcFormKind.Code, Reference = "C1", CodeLookup = AccessCodes.DeriveShortCode(AccessCodes.NormaliseShortCode(code)!, q.CodeSalt).Lookup });
            await db.SaveChangesAsync();
        });

        var res = await app.NewClient().PostFormAsync("/uc/code", new() { ["Code"] = code.ToLowerInvariant() });

        res.AssertRedirect($"/uc/{q.LinkKey}/who");
        Assert.Equal(UcMethod.Code, await app.WithDbAsync(db => db.UcResponses.Where(r => r.QuestionnaireId == q.Id).Select(r => r.Method).SingleAsync()));
    }

    [Fact]
    public async Task PostCode_Unknown_ShowsError()
    {
        var res = await app.NewClient().PostFormAsync("/uc/code", new() { ["Code"] = "ABCD-EFGH-JKMN" });

        Assert.Equal(["That code is not recognised. Check it and try again"], (await res.HtmlAsync()).ErrorSummary());
    }
}
