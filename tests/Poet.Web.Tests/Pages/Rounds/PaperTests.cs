using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Pages.Survey;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Rounds;

public class PaperTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(SurveySetup Setup, HttpClient Coordinator, string Index)> CoordinatorAsync()
    {
        var setup = await app.CreateRoundAsync();
        var email = $"coord{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(email, partnershipId: setup.PartnershipId);
        return (setup, await app.SignedInClientAsync(email), $"/partnerships/{setup.PartnershipId}/rounds/{setup.RoundId}/paper");
    }

    [Fact]
    public async Task KeyIn_WholeQuestionnaire_StoresAnonymousPaperResponseAndAudits()
    {
        var (setup, client, index) = await CoordinatorAsync();

        var started = await client.PostFormAsync(index, new Dictionary<string, string>());
        started.AssertRedirect(index + "/");
        var basePath = started.Location()![..^"/about".Length];
        (await client.PostFormAsync(basePath + "/about", new Dictionary<string, string> { ["Form.Employer"] = setup.Partners[0].Id.ToString() }))
            .AssertRedirect(basePath + "/section/2");
        (await client.PostFormAsync(basePath + "/section/2", SurveyFixture.AnswerAll(setup.Section(2), 2))).AssertRedirect(basePath + "/section/3");
        (await client.PostFormAsync(basePath + "/section/3", SurveyFixture.AnswerAll(setup.Section(3), 4))).AssertRedirect(basePath + "/outcomes");
        (await client.PostFormAsync(basePath + "/outcomes", new Dictionary<string, string> { ["Rows[0].Outcome"] = "Home visits", ["Button"] = "continue" }))
            .AssertRedirect(basePath + "/check");
        (await client.PostFormAsync(basePath + "/check", new Dictionary<string, string>())).AssertRedirect(index);

        var stored = await app.WithDbAsync(db => db.Responses.Include(r => r.Answers).Include(r => r.Outcomes).SingleAsync(r => r.RoundId == setup.RoundId));
        Assert.Equal(ResponseMode.Paper, stored.Mode);
        Assert.True(stored.IsSubmitted);
        Assert.Equal(setup.Items.Count, stored.Answers.Count);
        Assert.Equal("Home visits", Assert.Single(stored.Outcomes).Outcome);
        var audit = await app.WithDbAsync(db => db.Audit.SingleAsync(a => a.PartnershipId == setup.PartnershipId && a.Action == "paper.keyed"));
        Assert.DoesNotContain(stored.Id.ToString(), audit.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("1 paper questionnaire keyed in", (await (await client.GetAsync(index)).HtmlAsync()).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task KeyIn_AboutLeftBlank_StoredAndShownAsNotAnswered()
    {
        var (setup, client, index) = await CoordinatorAsync();
        var basePath = (await client.PostFormAsync(index, new Dictionary<string, string>())).Location()![..^"/about".Length];

        (await client.PostFormAsync(basePath + "/about", new Dictionary<string, string>())).AssertRedirect(basePath + "/section/2");

        var stored = await app.WithDbAsync(db => db.Responses.SingleAsync(r => r.RoundId == setup.RoundId));
        Assert.Equal((null, false, null, false), (stored.PartnerOrganisationId, stored.PartnerOther, stored.ProfessionalGroupId, stored.ProfessionOther));
        var check = (await (await client.GetAsync(basePath + "/check")).HtmlAsync()).QuerySelectorAll(".govuk-summary-list__row");
        Assert.Contains(check, r => r.TextContent.Contains("Employing organisation") && r.TextContent.Contains("Not answered"));
        Assert.Contains(check, r => r.TextContent.Contains("Professional group") && r.TextContent.Contains("Not answered"));
    }

    [Fact]
    public async Task Completed_PaperQuestionnaire_CannotBeChanged()
    {
        var (setup, client, index) = await CoordinatorAsync();
        var basePath = (await client.PostFormAsync(index, new Dictionary<string, string>())).Location()![..^"/about".Length];
        var token = await Http.AntiforgeryTokenAsync(client, basePath + "/section/2");
        await client.PostFormAsync(basePath + "/check", new Dictionary<string, string>());

        var late = await client.PostAsync(basePath + "/section/2", new FormUrlEncodedContent(
            SurveyFixture.AnswerAll(setup.Section(2), 1).Append(new("__RequestVerificationToken", token))));

        late.AssertRedirect(index);
        Assert.Equal(0, await app.WithDbAsync(db => db.Answers.CountAsync(a => db.Responses.Any(r => r.Id == a.ResponseId && r.RoundId == setup.RoundId))));
    }

    [Fact]
    public async Task Facilitator_CannotKeyIn()
    {
        var setup = await app.CreateRoundAsync();
        await app.CreateUserAsync("facilitator.paper@example.org", partnershipId: setup.PartnershipId, role: PartnershipRole.Facilitator);
        var client = await app.SignedInClientAsync("facilitator.paper@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/partnerships/{setup.PartnershipId}/rounds/{setup.RoundId}/paper")).StatusCode);
    }

    [Fact]
    public async Task OtherPartnershipsCoordinator_CannotOpenAPaperResponse()
    {
        var (_, client, index) = await CoordinatorAsync();
        var basePath = (await client.PostFormAsync(index, new Dictionary<string, string>())).Location()![..^"/about".Length];
        var (_, intruder, intruderIndex) = await CoordinatorAsync();
        var responseId = basePath[(basePath.LastIndexOf('/') + 1)..];

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(basePath + "/about")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"{intruderIndex}/{responseId}/about")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(basePath + "/about")).StatusCode);
    }

    [Fact]
    public async Task OnlineResponse_CannotBeOpenedAsPaper()
    {
        var (setup, client, index) = await CoordinatorAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        await app.StartAsync(invitee);
        var online = (await app.ResponseOfAsync(invitee.Token))!;
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{index}/{online.Id}/about")).StatusCode);
    }
}
