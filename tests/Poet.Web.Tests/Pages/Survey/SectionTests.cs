using System.Net;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Survey;

public class SectionTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(SurveySetup Setup, Invitee Invitee, HttpClient Client)> StartedAsync()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        return (setup, invitee, await app.StartAsync(invitee));
    }

    [Fact]
    public async Task Get_ShowsEachStatementAsFieldsetWithFiveOptionsInOrder()
    {
        var (setup, invitee, client) = await StartedAsync();
        var doc = await (await client.GetAsync(invitee.Link + "/section/2")).HtmlAsync();
        var fieldsets = doc.QuerySelectorAll("fieldset");
        // The first page of the section's two (SurveyPages): statements 1 to 3 of 5.
        Assert.Equal(3, fieldsets.Length);
        Assert.Equal("Statement 3 of 5", fieldsets[2].QuerySelector(".govuk-caption-s")!.TextContent.Trim());
        Assert.EndsWith(setup.Section(2)[0].Text, fieldsets[0].QuerySelector("legend")!.TextContent.Trim());
        var radios = fieldsets[0].QuerySelectorAll("input[type=radio]");
        Assert.Equal(["1", "2", "3", "4", "5"], radios.Select(r => r.GetAttribute("value")));
        Assert.Equal(["Strongly disagree", "Disagree", "Don't know", "Agree", "Strongly agree"],
            fieldsets[0].QuerySelectorAll("label").Select(l => l.TextContent.Trim()));
        Assert.Contains("only if you really cannot say", doc.QuerySelector(".govuk-inset-text")!.TextContent);
        Assert.Equal("Help with this question", doc.QuerySelector("details summary")!.TextContent.Trim());
        Assert.Contains(setup.Section(2)[0].Help, doc.QuerySelector("details .govuk-details__text")!.TextContent);
        Assert.Equal("Section 2 of 4, page 1 of 2", doc.QuerySelector("#survey-progress-label")!.TextContent);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(doc.Body!.TextContent, "Section 2 of 4"));
        Assert.NotNull(doc.QuerySelector("progress[max='4'][value='1']"));
        Assert.NotNull(doc.QuerySelector("label[for=Answers_0__Comment]"));
        Assert.Equal("Add a comment on statement 1 (optional)", doc.QuerySelector(".poet-comment summary")!.TextContent.Trim());
        Assert.Null(doc.QuerySelector(".poet-comment[open]"));
        Assert.Equal(["Save and continue", "Save and come back later"], doc.QuerySelectorAll("form button").Select(b => b.TextContent.Trim()));
    }

    [Fact]
    public async Task Post_AnswersWithOneSkipped_SavesAndGoesToNextPageThenSection3()
    {
        var (setup, invitee, client) = await StartedAsync();
        var pages = SurveyFixture.Pages(invitee.Link, setup.Section(2), 2);
        var fields = SurveyFixture.AnswerAll(pages[0].Items, 4);
        fields.Remove("Answers[1].Value");
        fields["Answers[0].Comment"] = "  Much better since we share a building. ";
        var response = await client.PostFormAsync(invitee.Link + "/section/2", fields);
        response.AssertRedirect(invitee.Link + "/section/2/page/2");
        (await client.PostFormAsync(pages[1].Path, SurveyFixture.AnswerAll(pages[1].Items, 4))).AssertRedirect(invitee.Link + "/section/3");
        var stored = (await app.ResponseOfAsync(invitee.Token))!;
        Assert.Equal(setup.Section(2).Count - 1, stored.Answers.Count);
        Assert.DoesNotContain(stored.Answers, a => a.RoundItemId == setup.Section(2)[1].Id);
        Assert.Equal("Much better since we share a building.", stored.Answers.Single(a => a.RoundItemId == setup.Section(2)[0].Id).Comment);
        Assert.Equal(2, stored.LastSectionSaved);
    }

    [Fact]
    public async Task Post_AgainWithChangedAnswers_UpdatesRatherThanDuplicates()
    {
        var (setup, invitee, client) = await StartedAsync();
        await client.AnswerSectionAsync(invitee, setup, 2, 4);
        await client.AnswerSectionAsync(invitee, setup, 2, 1);
        var stored = (await app.ResponseOfAsync(invitee.Token))!;
        Assert.Equal(setup.Section(2).Count, stored.Answers.Count);
        Assert.All(stored.Answers, a => Assert.Equal(1, a.Value));
        var doc = await (await client.GetAsync(invitee.Link + "/section/2")).HtmlAsync();
        Assert.Equal("1", doc.QuerySelector("input[name='Answers[0].Value'][checked]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_OverlongComment_ShowsErrorKeepsTextAndSavesNothing()
    {
        var (setup, invitee, client) = await StartedAsync();
        var fields = SurveyFixture.AnswerAll(setup.Section(3), 5);
        fields["Answers[1].Comment"] = new string('y', 2001);
        var response = await client.PostFormAsync(invitee.Link + "/section/3", fields);
        var doc = await response.HtmlAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Your comment on statement 2 must be 2,000 characters or fewer (it has 2,001)"], doc.ErrorSummary());
        Assert.Equal("#Answers_1__Comment", doc.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(2001, doc.QuerySelector("#Answers_1__Comment")!.TextContent.Length);
        // The folded comment box is open, so the error summary's link reaches it.
        Assert.NotNull(doc.QuerySelector("#item-" + setup.Section(3)[1].Id + " .poet-comment[open]"));
        Assert.Equal("5", doc.QuerySelector("input[name='Answers[0].Value'][checked]")!.GetAttribute("value"));
        Assert.Empty((await app.ResponseOfAsync(invitee.Token))!.Answers);
    }

    [Fact]
    public async Task Post_ValueOutsideScale_ShowsError()
    {
        var (setup, invitee, client) = await StartedAsync();
        var fields = SurveyFixture.AnswerAll(setup.Section(2), 4);
        fields["Answers[2].Value"] = "9";
        var response = await client.PostFormAsync(invitee.Link + "/section/2", fields);
        Assert.Equal(["Select one of the five options for statement 3"], (await response.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Post_ItemOfAnotherSection_IsIgnored()
    {
        var (setup, invitee, client) = await StartedAsync();
        var fields = SurveyFixture.AnswerAll(setup.Section(2), 4);
        fields["Answers[0].RoundItemId"] = setup.Section(3)[0].Id.ToString();
        await client.PostFormAsync(invitee.Link + "/section/2", fields);
        Assert.DoesNotContain((await app.ResponseOfAsync(invitee.Token))!.Answers, a => a.RoundItemId == setup.Section(3)[0].Id);
    }

    [Fact]
    public async Task Get_SectionThatIsNotAScaleSection_IsNotFound()
    {
        var (_, invitee, client) = await StartedAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(invitee.Link + "/section/7")).StatusCode);
    }

    [Fact]
    public async Task Get_BeforeStarting_GoesToStartPage()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        (await app.NewClient().GetAsync(invitee.Link + "/section/2")).AssertRedirect(invitee.Link);
    }
}
