using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

public class QuestionnaireTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static Dictionary<string, string> Definition(string outcomes, string statements = "One\nTwo\nThree") => new()
    {
        ["Outcomes"] = outcomes, ["Services"] = "A keyworker", ["Barriers"] = "Parking", ["Statements"] = statements, ["CoveringLetter"] = "Dear family",
    };

    [Fact]
    public async Task PostOpen_NoAgreedOutcomes_ShowsErrorAndStaysDraft()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Draft, outcomes: []);

        var res = await s.Coordinator.PostFormAsync(s.Url("/questionnaire?handler=Open"), Definition(" \n "), formUrl: s.Url("/questionnaire"));

        Assert.Equal(["Enter the agreed outcomes, one per line, before opening the questionnaire"], (await res.HtmlAsync()).ErrorSummary());
        Assert.Equal(UcStatus.Draft, await app.WithDbAsync(db => db.UcQuestionnaires.Where(x => x.Id == q.Id).Select(x => x.Status).SingleAsync()));
    }

    [Fact]
    public async Task PostOpen_PastedOutcomes_OpensWithThemInOrder()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Draft, outcomes: []);

        var res = await s.Coordinator.PostFormAsync(s.Url("/questionnaire?handler=Open"), Definition("Easy access by telephone\r\n\r\n  A welcoming building  \n"), formUrl: s.Url("/questionnaire"));

        res.AssertRedirect(s.Url());
        Assert.Equal(UcStatus.Open, await app.WithDbAsync(db => db.UcQuestionnaires.Where(x => x.Id == q.Id).Select(x => x.Status).SingleAsync()));
        Assert.Equal(["Easy access by telephone", "A welcoming building"], await app.WithDbAsync(db =>
            db.UcItems.Where(i => i.QuestionnaireId == q.Id && i.Kind == UcItemKind.Outcome).OrderBy(i => i.Order).Select(i => i.Text).ToListAsync()));
    }

    [Fact]
    public async Task Post_SixStatementsAndADuplicate_ShowsBothErrors()
    {
        var s = await UcSetup.CreateAsync(app);
        await s.QuestionnaireAsync(UcStatus.Draft);

        var res = await s.Coordinator.PostFormAsync(s.Url("/questionnaire"), Definition("Kindness\nkindness", "1\n2\n3\n4\n5\n6"));

        Assert.Equal(["\"Kindness\" is listed twice; remove one", "Enter at most 5 statements; there are 6"], (await res.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Post_Open_QuestionsAreFrozen()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);

        var token = await Http.AntiforgeryTokenAsync(s.Coordinator, s.Url("/questionnaire"));
        var res = await s.Coordinator.PostAsync(s.Url("/questionnaire"),
            new FormUrlEncodedContent(Definition("Something new").Append(new("__RequestVerificationToken", token))));

        Assert.Equal(["The questionnaire is open, so its questions can no longer change"], (await res.HtmlAsync()).ErrorSummary());
        Assert.Equal(3, await app.WithDbAsync(db => db.UcItems.CountAsync(i => i.QuestionnaireId == q.Id && i.Kind == UcItemKind.Outcome)));
    }

    [Fact]
    public async Task Get_Facilitator_NotFound()
    {
        var s = await UcSetup.CreateAsync(app);
        await s.QuestionnaireAsync(UcStatus.Draft);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await s.Facilitator.GetAsync(s.Url("/questionnaire"))).StatusCode);
    }
}
