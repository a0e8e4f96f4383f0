using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Pages.Sorting;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

/// <summary>
/// Issue 19: the researcher's own questions, a text one before the sort and a single choice after it; participants
/// answer on "About you" and with their reasons, the researcher reads the answers by study code and downloads them.
/// </summary>
public class QuestionsTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string Years = "How long have you worked in the partnership?";
    private const string Setting = "Where do you mostly work?";

    private static string Url(QSetup setup, string page) => $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/{page}";

    /// <summary>A draft study given q_1 (text, before) and q_2 (choice, after) through the questions page, then opened.</summary>
    private async Task<QSetup> StudyWithQuestionsAsync()
    {
        var setup = await app.CreateStudyAsync(QStudyStatus.Draft);
        (await setup.Facilitator.PostFormAsync(Url(setup, "questions"), new() { ["Stage"] = "BeforeSort", ["Text"] = Years, ["Kind"] = "Text" }))
            .AssertRedirect(Url(setup, "questions"));
        (await setup.Facilitator.PostFormAsync(Url(setup, "questions"), new() { ["Stage"] = "AfterSort", ["Text"] = Setting, ["Kind"] = "Choice", ["Options"] = "Hospital\nCommunity\nHome visits" }))
            .AssertRedirect(Url(setup, "questions"));
        (await setup.Facilitator.PostFormAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}?handler=open", [])).AssertRedirect($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}");
        return setup;
    }

    [Fact]
    public async Task Questions_Added_ListedWithTheirIds()
    {
        var setup = await StudyWithQuestionsAsync();

        var doc = await (await setup.Facilitator.GetAsync(Url(setup, "questions"))).HtmlAsync();

        Assert.Equal(["q_1", Years + "Text"], doc.QuerySelectorAll("#questions-before .govuk-summary-list__row > *").Select(e => e.TextContent.Trim()).ToArray()[..2]);
        Assert.Equal(["q_2", Setting + "Single choice: Hospital, Community, Home visits"], doc.QuerySelectorAll("#questions-after .govuk-summary-list__row > *").Select(e => e.TextContent.Trim()).ToArray()[..2]);
        Assert.Contains("The study is open, so its questions are fixed, like its statements.", doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Add_ChoiceWithOneOptionAndNoStage_ShowsErrorsAndAddsNothing()
    {
        var setup = await app.CreateStudyAsync(QStudyStatus.Draft);

        var doc = await (await setup.Facilitator.PostFormAsync(Url(setup, "questions"), new() { ["Text"] = Setting, ["Kind"] = "Choice", ["Options"] = "Hospital" })).HtmlAsync();

        Assert.Equal(["Select when to ask the question", "Enter at least 2 options, one on each line"], doc.ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.QQuestions.AnyAsync(q => q.StudyId == setup.Sid)));
    }

    [Fact]
    public async Task Add_StudyOpen_Refused()
    {
        var setup = await app.CreateStudyAsync();

        // The page has no form once the study is open: the token comes from the study's page, as a stale tab's would.
        var doc = await (await setup.Facilitator.PostFormAsync(Url(setup, "questions"), new() { ["Stage"] = "BeforeSort", ["Text"] = Years, ["Kind"] = "Text" },
            $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}")).HtmlAsync();

        Assert.Equal(["This Q study is open, so its questions can no longer change."], doc.ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.QQuestions.AnyAsync(q => q.StudyId == setup.Sid)));
    }

    [Fact]
    public async Task Participant_AnswersBeforeAndAfter_ResearcherReadsThemByCodeAndInAnswersCsv()
    {
        var setup = await StudyWithQuestionsAsync();
        var client = await app.StartAsync(setup);
        var about = await (await client.GetAsync($"/q/{setup.Key}/about")).HtmlAsync();
        Assert.Equal(Years, about.QuerySelector("label[for=Answers_1_]")!.TextContent.Trim());

        var code = await app.SortAsync(setup, before: new() { ["Answers[1]"] = "About 6 years" }, after: new() { ["Answers[2]"] = "community" });

        var answers = await (await setup.Facilitator.GetAsync(Url(setup, "answers"))).HtmlAsync();
        Assert.Equal([code, "About 6 years"], answers.QuerySelectorAll("#q_1 + p + table tbody td").Select(td => td.TextContent.Trim()));
        Assert.Equal([code, "Community"], answers.QuerySelectorAll("#q_2 + p + table tbody td").Select(td => td.TextContent.Trim()));
        var csv = (await (await setup.Facilitator.GetAsync(Url(setup, "files/answers.csv?bom=no"))).Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["study_code,q_1,q_2", $"{code},About 6 years,Community"], csv.Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public async Task Check_AnswersListedWithChangeLinks()
    {
        var setup = await StudyWithQuestionsAsync();
        var client = await app.StartAsync(setup);
        (await client.PostFormAsync($"/q/{setup.Key}/about", new() { ["Role"] = "Staff", ["Answers[1]"] = "About 6 years" })).AssertRedirect($"/q/{setup.Key}/piles");
        await client.PilesAsync(setup);
        await client.GridAsync(setup, QSortFlow.Distribution(QStudyFixture.LipsetCounts));
        await client.WhyAsync(setup);

        var check = await (await client.GetAsync($"/q/{setup.Key}/check")).HtmlAsync();

        var rows = check.QuerySelectorAll(".govuk-summary-list__row").Select(r => (r.QuerySelector("dt")!.TextContent.Trim(), r.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim())).ToArray();
        Assert.Equal([("You are", "Staff"), (Years, "About 6 years"), (Setting, "Not answered")], rows);
    }

    [Fact]
    public async Task About_ChoiceNotAnOption_ShowsErrorAndKeepsNothing()
    {
        var setup = await StudyWithQuestionsAsync();
        var client = await app.StartAsync(setup);
        (await client.PostFormAsync($"/q/{setup.Key}/about", new() { ["Role"] = "Staff" })).AssertRedirect($"/q/{setup.Key}/piles");
        await client.PilesAsync(setup);
        await client.GridAsync(setup, QSortFlow.Distribution(QStudyFixture.LipsetCounts));

        var doc = await (await client.PostFormAsync($"/q/{setup.Key}/why", new() { ["Answers[2]"] = "Prison" })).HtmlAsync();

        Assert.Equal(["Choose one of the options for \u201cWhere do you mostly work?\u201d, or leave it blank"], doc.ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.QAnswers.AnyAsync(a => db.QSorts.Any(s => s.Id == a.SortId && s.StudyId == setup.Sid))));
    }

    [Fact]
    public async Task Import_WithAnswersFile_AnswersStoredAndShownOnTheSort()
    {
        var setup = await StudyWithQuestionsAsync();
        var sorts = File.ReadAllText(QStudyFixture.FixturePath("qsorts.csv"));

        var response = await ImportAsync(setup, sorts, "study_code,q_1,q_2\nUS1,20 years,Hospital\nFR9,,home visits\n");

        Assert.Contains("9 Q-sorts imported, 2 with answers to the study's questions", (await response.HtmlAsync()).QuerySelector("#notice")!.TextContent);
        var id = await app.WithDbAsync(db => db.QSorts.Where(s => s.StudyId == setup.Sid && s.Name == "FR9").Select(s => s.Id).SingleAsync());
        var sort = await (await setup.Facilitator.GetAsync(Url(setup, $"sorts/{id}"))).HtmlAsync();
        var rows = sort.QuerySelectorAll(".govuk-summary-list__row").Select(r => (r.QuerySelector("dt")!.TextContent.Trim(), r.QuerySelector("dd")!.TextContent.Trim())).ToArray();
        Assert.Contains(($"q_1. {Years}", "Not answered"), rows);
        Assert.Contains(($"q_2. {Setting}", "Home visits"), rows);
    }

    [Fact]
    public async Task Import_AnswersFileWithUnknownQuestion_NamesItAndStoresNoSort()
    {
        var setup = await StudyWithQuestionsAsync();
        var sorts = File.ReadAllText(QStudyFixture.FixturePath("qsorts.csv"));

        var response = await ImportAsync(setup, sorts, "study_code,q_9\nUS1,x\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["The answers file has a column 'q_9', but the study's questions are q_1, q_2."], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(0, await app.WithDbAsync(db => db.QSorts.CountAsync(s => s.StudyId == setup.Sid)));
    }

    [Fact]
    public async Task NewPages_EveryLinkInTheirContent_Answers200()
    {
        var setup = await StudyWithQuestionsAsync();
        var code = await app.SortAsync(setup, reason: "Not our job", before: new() { ["Answers[1]"] = "About 6 years" });
        await app.SortAsync(setup);
        var id = await app.WithDbAsync(db => db.QSorts.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());
        await setup.Facilitator.PostFormAsync(Url(setup, $"sorts/{id}"), new() { ["statement"] = "1", ["note"] = "Talked about budgets" });
        var broken = new List<string>();

        foreach (var page in new[] { "", "questions", "answers", "sorts", $"sorts/{id}", "analysis?factors=1" })
        {
            var doc = await (await setup.Facilitator.GetAsync(Url(setup, page).TrimEnd('/'))).HtmlAsync();
            foreach (var href in doc.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/')).Distinct())
            {
                var status = (await setup.Facilitator.GetAsync(href.Split('#')[0])).StatusCode;
                if (status != HttpStatusCode.OK) broken.Add($"{page}: {href} {(int)status}");
            }
        }

        Assert.Empty(broken);
    }

    private static async Task<HttpResponseMessage> ImportAsync(QSetup setup, string sorts, string answers)
    {
        var url = Url(setup, "import");
        var token = await Http.AntiforgeryTokenAsync(setup.Facilitator, url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(sorts)), "SortsFile", "qsorts.csv" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(answers)), "AnswersFile", "answers.csv" },
        };
        return await setup.Facilitator.PostAsync(url, form);
    }
}
