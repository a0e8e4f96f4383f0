using System.Net;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Survey;

/// <summary>
/// Issue 15 item 2: a section in short pages (5 test statements: pages of 3 and 2), each saved into the sealed draft
/// and merged with the others, and "Save and come back later" on every page.
/// </summary>
public class SurveyPagesTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(SurveySetup Setup, Invitee Invitee, HttpClient Client)> StartedAsync()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        return (setup, invitee, await app.StartAsync(invitee));
    }

    private static Dictionary<string, string> Later(Dictionary<string, string> fields)
    {
        fields["Button"] = "later";
        return fields;
    }

    [Fact]
    public async Task PageByPage_EachSaveMergesAndNeverTouchesAnotherPagesAnswers()
    {
        var (setup, invitee, client) = await StartedAsync();
        var pages = SurveyFixture.Pages(invitee.Link, setup.Section(2), 2);
        Assert.Equal([invitee.Link + "/section/2", invitee.Link + "/section/2/page/2"], pages.Select(p => p.Path));
        (await client.PostFormAsync(pages[0].Path, SurveyFixture.AnswerAll(pages[0].Items, 4, "First page"))).AssertRedirect(pages[1].Path);
        (await client.PostFormAsync(pages[1].Path, SurveyFixture.AnswerAll(pages[1].Items, 2))).AssertRedirect(invitee.Link + "/section/3");
        (await client.PostFormAsync(invitee.Link + "/section/3", SurveyFixture.AnswerAll(setup.Section(3), 5))).AssertRedirect(invitee.Link + "/outcomes");

        // Page 1 again, one statement cleared and one changed: page 2 and section 3 keep theirs.
        var again = SurveyFixture.AnswerAll(pages[0].Items, 1);
        again.Remove("Answers[0].Value");
        (await client.PostFormAsync(pages[0].Path, again)).AssertRedirect(pages[1].Path);

        var stored = (await app.ResponseOfAsync(invitee.Token))!.Answers.ToDictionary(a => a.RoundItemId);
        Assert.False(stored.ContainsKey(pages[0].Items[0].Id));
        Assert.All(pages[0].Items.Skip(1), i => Assert.Equal((1, (string?)null), (stored[i.Id].Value, stored[i.Id].Comment)));
        Assert.All(pages[1].Items, i => Assert.Equal(2, stored[i.Id].Value));
        Assert.All(setup.Section(3), i => Assert.Equal(5, stored[i.Id].Value));
        Assert.Equal(setup.Section(2).Count - 1 + setup.Section(3).Count, stored.Count);
    }

    [Fact]
    public async Task PageTwo_ShowsItsStatementsNumberedInTheSection_ErrorsNameThatNumber()
    {
        var (setup, invitee, client) = await StartedAsync();
        var doc = await (await client.GetAsync(invitee.Link + "/section/2/page/2")).HtmlAsync();
        Assert.Equal("How the partnership feels to you (page 2 of 2) – POET", doc.Title);
        Assert.Equal("Section 2 of 4, page 2 of 2", doc.QuerySelector("#survey-progress-label")!.TextContent);
        Assert.Equal(["Statement 4 of 5", "Statement 5 of 5"], doc.QuerySelectorAll(".govuk-caption-s").Select(c => c.TextContent.Trim()));
        Assert.Equal(invitee.Link + "/section/2", doc.QuerySelector(".govuk-back-link")!.GetAttribute("href"));

        var fields = SurveyFixture.AnswerAll(setup.Section(2).Skip(3).ToList(), 4);
        fields["Answers[1].Value"] = "7";
        var response = await client.PostFormAsync(invitee.Link + "/section/2/page/2", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Select one of the five options for statement 5"], (await response.HtmlAsync()).ErrorSummary());
        Assert.Empty((await app.ResponseOfAsync(invitee.Token))!.Answers);
    }

    [Fact]
    public async Task BackLinks_GoToThePreviousPage()
    {
        var (_, invitee, client) = await StartedAsync();
        async Task<string?> Back(string page) => (await (await client.GetAsync(invitee.Link + page)).HtmlAsync()).QuerySelector(".govuk-back-link")?.GetAttribute("href");
        Assert.Equal(invitee.Link + "/about", await Back("/section/2"));
        Assert.Equal(invitee.Link + "/section/2", await Back("/section/2/page/2"));
        Assert.Equal(invitee.Link + "/section/2/page/2", await Back("/section/3"));
        Assert.Equal(invitee.Link + "/section/3", await Back("/outcomes"));
        Assert.Equal(invitee.Link + "/outcomes", await Back("/check"));
    }

    [Fact]
    public async Task SaveAndComeBackLater_KeepsAPartlyAnsweredPage_SaysHowToComeBack_ResumesThere()
    {
        var (setup, invitee, client) = await StartedAsync();
        var pages = SurveyFixture.Pages(invitee.Link, setup.Section(2), 2);
        (await client.PostFormAsync(pages[0].Path, SurveyFixture.AnswerAll(pages[0].Items, 3))).AssertRedirect(pages[1].Path);
        var partly = SurveyFixture.AnswerAll(pages[1].Items, 5);
        partly.Remove("Answers[1].Value");
        partly["Answers[1].Comment"] = "Not sure yet";

        var response = await client.PostFormAsync(pages[1].Path, Later(partly));

        response.AssertRedirect(invitee.Link + "/saved");
        var saved = await (await client.GetAsync(invitee.Link + "/saved")).HtmlAsync();
        Assert.Equal("Your answers have been saved", saved.QuerySelector("h1")!.TextContent);
        var text = saved.QuerySelector("main")!.TextContent;
        Assert.Contains("Use the same personal link from your invitation email, on this or another device.", text);
        Assert.Contains("enter your code at /survey/code", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));
        Assert.Contains("Your answers have not been submitted yet.", text);
        Assert.Contains("/survey/code", saved.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.Equal(pages[1].Path, saved.QuerySelector("main a.govuk-button")!.GetAttribute("href"));

        var stored = (await app.ResponseOfAsync(invitee.Token))!.Answers.ToDictionary(a => a.RoundItemId);
        Assert.All(pages[0].Items, i => Assert.Equal(3, stored[i.Id].Value));
        Assert.Equal(5, stored[pages[1].Items[0].Id].Value);
        Assert.Equal(((int?)null, "Not sure yet"), (stored[pages[1].Items[1].Id].Value, stored[pages[1].Items[1].Id].Comment));

        // Another device, same link: "Continue" goes to the page with the unanswered statement, answers and comment kept.
        var other = app.NewClient();
        (await other.PostFormAsync(invitee.Link, new Dictionary<string, string>())).AssertRedirect(pages[1].Path);
        var page = await (await other.GetAsync(pages[1].Path)).HtmlAsync();
        Assert.Equal("5", page.QuerySelector("input[name='Answers[0].Value'][checked]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("input[name='Answers[1].Value'][checked]"));
        Assert.Equal("Not sure yet", page.QuerySelector("#Answers_1__Comment")!.TextContent);
        Assert.NotNull(page.QuerySelector("#item-" + pages[1].Items[1].Id + " .poet-comment[open]"));

        // Or by the code from the letter, on a third device.
        var third = app.NewClient();
        (await third.PostFormAsync("/survey/code", new Dictionary<string, string> { ["Code"] = invitee.ShortCode })).AssertRedirect(invitee.Link);
        (await third.PostFormAsync(invitee.Link, new Dictionary<string, string>())).AssertRedirect(pages[1].Path);
    }

    [Fact]
    public async Task ChangeFromCheck_GoesToThatPage_SavingReturnsToCheck()
    {
        var (setup, invitee, client) = await StartedAsync();
        await client.AnswerSectionAsync(invitee, setup, 2, 4);
        var check = await (await client.GetAsync(invitee.Link + "/check")).HtmlAsync();
        var links = check.QuerySelectorAll(".govuk-summary-list__actions a").Select(a => a.GetAttribute("href")!).ToList();
        var change = links.Single(l => l.EndsWith("#item-" + setup.Section(2)[3].Id));
        Assert.Equal($"{invitee.Link}/section/2/page/2?return=check#item-{setup.Section(2)[3].Id}", change);
        var url = change.Split('#')[0];

        var page = await (await client.GetAsync(url)).HtmlAsync();
        Assert.Equal(invitee.Link + "/check", page.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
        (await client.PostFormAsync(url, SurveyFixture.AnswerAll(setup.Section(2).Skip(3).ToList(), 1))).AssertRedirect(invitee.Link + "/check");
        var stored = (await app.ResponseOfAsync(invitee.Token))!.Answers.ToDictionary(a => a.RoundItemId);
        Assert.Equal([4, 4, 4, 1, 1], setup.Section(2).Select(i => stored[i.Id].Value));
        (await client.PostFormAsync(url, Later(SurveyFixture.AnswerAll(setup.Section(2).Skip(3).ToList(), 2)))).AssertRedirect(invitee.Link + "/saved");

        Assert.Contains(invitee.Link + "/about?return=check", links);
        (await client.PostFormAsync(invitee.Link + "/about?return=check", new Dictionary<string, string> { ["Form.RoleTitle"] = "Nurse" })).AssertRedirect(invitee.Link + "/check");
        Assert.Contains(invitee.Link + "/outcomes?return=check", links);
        (await client.PostFormAsync(invitee.Link + "/outcomes?return=check", new Dictionary<string, string> { ["Rows[0].Outcome"] = "Fewer assessments", ["Button"] = "add" }))
            .AssertRedirect(invitee.Link + "/outcomes?return=check&blank=1#outcome-2");
        (await client.PostFormAsync(invitee.Link + "/outcomes?return=check", new Dictionary<string, string> { ["Rows[0].Outcome"] = "Fewer assessments", ["Button"] = "continue" }))
            .AssertRedirect(invitee.Link + "/check");
    }

    [Fact]
    public async Task SaveAndComeBackLater_OnAboutAndOutcomes_SavesWithoutBlocking_AllAnsweredResumesAtCheck()
    {
        var (setup, invitee, client) = await StartedAsync();
        (await client.PostFormAsync(invitee.Link + "/about", Later(new() { ["Form.RoleTitle"] = "Nurse" }))).AssertRedirect(invitee.Link + "/saved");
        Assert.Equal("Nurse", (await app.ResponseOfAsync(invitee.Token))!.RoleTitle);
        (await app.NewClient().PostFormAsync(invitee.Link, new Dictionary<string, string>())).AssertRedirect(invitee.Link + "/section/2");

        await client.AnswerSectionAsync(invitee, setup, 2, 4);
        await client.AnswerSectionAsync(invitee, setup, 3, 4);
        // An explanation whose outcome is not written yet: kept for later, where going on would ask for the outcome.
        var outcome = new Dictionary<string, string> { ["Rows[0].Rationale"] = "Because the teams share one record" };
        (await client.PostFormAsync(invitee.Link + "/outcomes", Later(outcome))).AssertRedirect(invitee.Link + "/saved");
        var kept = Assert.Single((await app.ResponseOfAsync(invitee.Token))!.Outcomes);
        Assert.Equal(("", "Because the teams share one record"), (kept.Outcome, kept.Rationale));
        (await app.NewClient().PostFormAsync(invitee.Link, new Dictionary<string, string>())).AssertRedirect(invitee.Link + "/outcomes");
        var outcomesPage = await (await client.GetAsync(invitee.Link + "/outcomes")).HtmlAsync();
        Assert.Equal("Because the teams share one record", outcomesPage.QuerySelector("#Rows_0__Rationale")!.TextContent);
        outcome["Button"] = "continue";
        Assert.Equal(["Enter outcome 1, or clear its explanation"], (await (await client.PostFormAsync(invitee.Link + "/outcomes", outcome)).HtmlAsync()).ErrorSummary());

        outcome["Rows[0].Outcome"] = "Families tell their story once";
        (await client.PostFormAsync(invitee.Link + "/outcomes", Later(outcome))).AssertRedirect(invitee.Link + "/saved");
        (await app.NewClient().PostFormAsync(invitee.Link, new Dictionary<string, string>())).AssertRedirect(invitee.Link + "/check");
    }

    [Fact]
    public async Task Submit_DropsAnExplanationSavedWithoutItsOutcome()
    {
        var (setup, invitee, client) = await StartedAsync();
        await client.AnswerSectionAsync(invitee, setup, 2, 4);
        (await client.PostFormAsync(invitee.Link + "/outcomes", Later(new() { ["Rows[0].Outcome"] = "Fewer assessments", ["Rows[1].Rationale"] = "Half written" }))).AssertRedirect(invitee.Link + "/saved");
        var check = await (await client.GetAsync(invitee.Link + "/check")).HtmlAsync();
        Assert.Contains("No outcome written yet: an explanation without its outcome is not submitted", check.Body!.TextContent);
        (await client.PostFormAsync(invitee.Link + "/check", new Dictionary<string, string>())).AssertRedirect(invitee.Link + "/done");
        await app.Get<Poet.Web.Infrastructure.SubmissionMix>().MixAsync(closing: setup.RoundId);
        var outcomes = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.OutcomeStatements.Where(o => db.Responses.Any(r => r.Id == o.ResponseId && r.RoundId == setup.RoundId))));
        Assert.Equal([("Fewer assessments", 1)], outcomes.Select(o => (o.Outcome, o.Order)));
    }

    [Theory]
    [InlineData("/section/2/page/0")]
    [InlineData("/section/2/page/3")]
    [InlineData("/section/2/page/-1")]
    [InlineData("/section/3/page/2")]
    public async Task PageNumberThatIsNotThere_GoesToTheSectionsFirstPage_PostSavesNothing(string page)
    {
        var (setup, invitee, client) = await StartedAsync();
        var section = page.Split('/')[2];
        (await client.GetAsync(invitee.Link + page)).AssertRedirect(invitee.Link + "/section/" + section);
        Assert.Equal(invitee.Link + "/section/" + section, (await client.GetAsync(invitee.Link + page)).Location());
        var token = await Http.AntiforgeryTokenAsync(client, invitee.Link + "/section/" + section);
        var fields = SurveyFixture.AnswerAll(setup.Section(int.Parse(section)), 4).Append(new("__RequestVerificationToken", token));
        Assert.Equal(invitee.Link + "/section/" + section, (await client.PostAsync(invitee.Link + page, new FormUrlEncodedContent(fields))).Location());
        Assert.Empty((await app.ResponseOfAsync(invitee.Token))!.Answers);
    }

    [Theory]
    [InlineData("/section/2/page/two")]
    [InlineData("/section/2/page/99999999999")]
    [InlineData("/section/7/page/2")]
    [InlineData("/section/1/page/1")]
    public async Task PageAddressThatCannotBe_IsPageNotFound(string page)
    {
        var (_, invitee, client) = await StartedAsync();
        var response = await client.GetAsync(invitee.Link + page);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.HtmlAsync()).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task EveryLinkOnEverySurveyPage_Works()
    {
        var (setup, invitee, client) = await StartedAsync();
        await client.AnswerSectionAsync(invitee, setup, 2, 4, "A comment");
        var pages = new[] { "", "/about", "/section/2", "/section/2/page/2", "/section/3", "/outcomes", "/check", "/saved" };
        var links = new HashSet<string>();
        foreach (var page in pages)
        {
            var response = await client.GetAsync(invitee.Link + page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} gave {(int)response.StatusCode}");
            foreach (var href in (await response.HtmlAsync()).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                if (href.StartsWith('/')) links.Add(href.Split('#')[0]);
        }
        Assert.Contains(invitee.Link + "/section/2/page/2", links);
        Assert.Contains("/survey/code", links);
        foreach (var link in links)
        {
            // Followed as a browser would, through any redirect (the layout's links may lead to sign-in).
            var (target, response) = (link, await client.GetAsync(link));
            for (var hops = 0; hops < 5 && response.Location() is { } next; hops++) response = await client.GetAsync(target = next);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} ({target}) gave {(int)response.StatusCode}");
        }
    }
}
