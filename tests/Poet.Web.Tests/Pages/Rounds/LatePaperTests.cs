using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Rounds.Paper;
using Poet.Web.Tests.Pages.Survey;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Rounds;

/// <summary>
/// ADR 0002, "Not covered" (closed since): a paper return keyed after the close changed a closed round's release at
/// once, so someone who downloaded before and after could take one form's answers from the difference. Now late
/// paper returns wait sealed in the mix and reach the release only 5 at a time (SubmissionMix.MinimumBatch).
/// </summary>
public class LatePaperTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(SurveySetup Setup, HttpClient Coordinator)> ClosedRoundAsync(int online)
    {
        var setup = await app.CreateRoundAsync(RoundStatus.Closed);
        await app.InviteAsync(setup, 40);
        await app.WithDbAsync(async db =>
        {
            for (var n = 0; n < online; n++)
                db.Responses.Add(new Response
                {
                    Id = Guid.NewGuid(), RoundId = setup.RoundId, Mode = ResponseMode.Online, IsSubmitted = true,
                    PartnerOrganisationId = setup.Partners[n % setup.Partners.Count].Id, ProfessionalGroupId = setup.Groups[0].Id,
                    Answers = setup.Items.Select(i => new Answer { RoundItemId = i.Id, Value = 4 }).ToList(),
                });
            return await db.SaveChangesAsync();
        });
        var email = $"coord{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(email, partnershipId: setup.PartnershipId);
        return (setup, await app.SignedInClientAsync(email));
    }

    private static string Index(SurveySetup s) => $"/partnerships/{s.PartnershipId}/rounds/{s.RoundId}/paper";

    /// <summary>Keys one whole paper questionnaire, as PaperTests does: Council, every statement "Strongly disagree".</summary>
    private static async Task KeyAsync(HttpClient client, SurveySetup setup)
    {
        var index = Index(setup);
        var basePath = (await client.PostFormAsync(index, new Dictionary<string, string>())).Location()![..^"/about".Length];
        (await client.PostFormAsync(basePath + "/about", new Dictionary<string, string> { ["Form.Employer"] = setup.Partners[0].Id.ToString() })).AssertRedirect(basePath + "/section/2");
        (await client.PostFormAsync(basePath + "/section/2", SurveyFixture.AnswerAll(setup.Section(2), 1))).AssertRedirect(basePath + "/section/3");
        (await client.PostFormAsync(basePath + "/section/3", SurveyFixture.AnswerAll(setup.Section(3), 1))).AssertRedirect(basePath + "/outcomes");
        (await client.PostFormAsync(basePath + "/outcomes", new Dictionary<string, string> { ["Button"] = "continue" })).AssertRedirect(basePath + "/check");
        (await client.PostFormAsync(basePath + "/check", new Dictionary<string, string>())).AssertRedirect(index);
    }

    /// <summary>
    /// What a reader downloads: the export's rows (without response_number, sorted: the export shuffles its rows on
    /// every download) and the report's usable count and its own text.
    /// </summary>
    private async Task<(string Csv, int Usable, string Summary)> DownloadAsync(HttpClient client, SurveySetup s)
    {
        var csv = await (await client.GetAsync($"/partnerships/{s.PartnershipId}/rounds/{s.RoundId}/export.csv")).Content.ReadAsStringAsync();
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l[(l.IndexOf(',') + 1)..].Trim()).Order(StringComparer.Ordinal);
        var report = await (await client.GetAsync($"/partnerships/{s.PartnershipId}/rounds/{s.RoundId}/report")).HtmlAsync();
        return (string.Join("\n", rows), int.Parse(Regex.Match(report.QuerySelector("#usable")!.TextContent, @"\d+").Value),
            report.QuerySelector("#returns")!.TextContent + report.QuerySelector("main")!.QuerySelectorAll("table").Select(t => t.TextContent).Aggregate("", string.Concat));
    }

    private static int Rows(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    [Fact]
    public async Task KeyAfterClose_OneToFour_ReleaseUnchanged_FifthAddsAllFive()
    {
        var (s, coordinator) = await ClosedRoundAsync(online: 20);
        var before = await DownloadAsync(coordinator, s);
        Assert.Equal((20, 20), (Rows(before.Csv), before.Usable));
        Assert.DoesNotContain(",1,1,1,1,1", before.Csv); // the online answers are all 4; the keyed forms' are all 1
        var rule = (await (await coordinator.GetAsync(Index(s))).HtmlAsync()).QuerySelector("#late")!.TextContent;
        Assert.Contains(PaperIndexModel.LateRule, rule);
        Assert.Contains("Questionnaires keyed in after the round closed are added to the report only once 5 are waiting", PaperIndexModel.LateRule);

        for (var n = 1; n <= 4; n++)
        {
            await KeyAsync(coordinator, s);
            var page = await (await coordinator.GetAsync(Index(s))).HtmlAsync();
            Assert.Equal(n == 1 ? "1 keyed questionnaire is waiting. They will be added to the report once 5 are waiting."
                : $"{n} keyed questionnaires are waiting. They will be added to the report once 5 are waiting.", page.QuerySelector("#waiting")!.TextContent.Trim());
            Assert.Equal(before, await DownloadAsync(coordinator, s)); // the attack: download, key one, download again
        }
        Assert.Equal(0, await app.WithDbAsync(db => db.Responses.CountAsync(r => r.RoundId == s.RoundId && r.Mode == ResponseMode.Paper)));

        await KeyAsync(coordinator, s);

        var after = await DownloadAsync(coordinator, s);
        Assert.Equal((25, 25), (Rows(after.Csv), after.Usable));
        Assert.Equal(5, after.Csv.Split('\n').Count(l => l.EndsWith(",1,1,1,1,1,1,1,1"))); // the 5 keyed forms, all at once
        Assert.Equal(5, await app.WithDbAsync(db => db.Responses.CountAsync(r => r.RoundId == s.RoundId && r.Mode == ResponseMode.Paper && r.IsSubmitted)));
        var done = await (await coordinator.GetAsync(Index(s))).HtmlAsync();
        Assert.Null(done.QuerySelector("#waiting"));
        Assert.Contains("5 paper questionnaires keyed in", done.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task KeyAfterClose_Fifth_NoticeSaysAllFiveWereAdded()
    {
        var (s, coordinator) = await ClosedRoundAsync(online: 20);
        for (var n = 0; n < 4; n++) await KeyAsync(coordinator, s);
        var fourth = await (await coordinator.GetAsync(Index(s))).HtmlAsync();
        Assert.Contains("The paper questionnaire has been keyed in. 4 keyed questionnaires are waiting. They will be added to the report once 5 are waiting.",
            fourth.QuerySelector("#notice")!.TextContent);

        var index = Index(s);
        var basePath = (await coordinator.PostFormAsync(index, new Dictionary<string, string>())).Location()![..^"/about".Length];
        (await coordinator.PostFormAsync(basePath + "/about", new Dictionary<string, string>())).AssertRedirect(basePath + "/section/2");
        (await coordinator.PostFormAsync(basePath + "/check", new Dictionary<string, string>())).AssertRedirect(index);
        var page = await (await coordinator.GetAsync(index)).HtmlAsync();

        Assert.Contains("The paper questionnaire has been keyed in. The 5 questionnaires that were waiting have now been added to the report",
            page.QuerySelector("#notice")!.TextContent);
    }

    [Fact]
    public async Task KeyWhileOpen_CountedAtOnce()
    {
        var (s, coordinator) = await ClosedRoundAsync(online: 0);
        await app.SetRoundAsync(s.RoundId, r => r.Status = RoundStatus.Open);

        await KeyAsync(coordinator, s);

        Assert.Equal(1, await app.WithDbAsync(db => db.Responses.CountAsync(r => r.RoundId == s.RoundId && r.Mode == ResponseMode.Paper && r.IsSubmitted)));
        Assert.Equal(0, await app.WithDbAsync(db => db.SealedSubmissions.CountAsync(x => x.RoundId == s.RoundId)));
        Assert.Null((await (await coordinator.GetAsync(Index(s))).HtmlAsync()).QuerySelector("#late"));
    }
}
