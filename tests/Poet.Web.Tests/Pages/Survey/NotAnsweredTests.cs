using Poet.Web.Pages.Reports;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Survey;

/// <summary>
/// Issue 15, item 1: an "About you" page submitted blank is stored as not answered, not as "Unsure or other", and the
/// check-answers page and, once the round closes, the report say "Not answered".
/// </summary>
public class NotAnsweredTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static Dictionary<string, string> Summary(AngleSharp.Dom.IDocument doc) => doc.QuerySelectorAll(".govuk-summary-list__row")
        .Where(r => r.QuerySelector(".govuk-summary-list__key") is not null)
        .GroupBy(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim())
        .ToDictionary(g => g.Key, g => g.First().QuerySelector(".govuk-summary-list__value")!.TextContent.Trim());

    private static Dictionary<string, string> Table(AngleSharp.Dom.IDocument doc, string caption) => doc.QuerySelectorAll("table")
        .Single(t => t.QuerySelector("caption")?.TextContent.Trim() == caption).QuerySelectorAll("tbody tr")
        .ToDictionary(tr => tr.QuerySelector("th")!.TextContent.Trim(), tr => string.Join("|", tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim())));

    [Fact]
    public async Task AboutSubmittedBlank_CheckSaysNotAnswered_ReportHasNotAnsweredRows()
    {
        var setup = await app.CreateRoundAsync();
        var invitees = await app.InviteAsync(setup, 5);
        for (var n = 0; n < invitees.Count; n++)
        {
            var invitee = invitees[n];
            var client = await app.StartAsync(invitee);
            (await client.PostFormAsync(invitee.Link + "/about", new Dictionary<string, string>())).AssertRedirect(invitee.Link + "/section/2");
            (await client.AnswerSectionAsync(invitee, setup, 2, 4)).AssertRedirect(invitee.Link + "/section/3");
            (await client.AnswerSectionAsync(invitee, setup, 3, 2)).AssertRedirect(invitee.Link + "/outcomes");
            if (n == 0)
            {
                var check = Summary(await (await client.GetAsync(invitee.Link + "/check")).HtmlAsync());
                Assert.Equal("Not answered", check["Role title"]);
                Assert.Equal("Not answered", check["Employing organisation"]);
                Assert.Equal("Not answered", check["Professional group"]);
                // Back on the page, nothing is chosen for them.
                var about = await (await client.GetAsync(invitee.Link + "/about")).HtmlAsync();
                Assert.Empty(about.QuerySelectorAll("input[type=radio][checked]"));
            }
            (await client.PostFormAsync(invitee.Link + "/check", new Dictionary<string, string>())).AssertRedirect(invitee.Link + "/done");
        }
        const string coordinator = "not-answered-coordinator@example.org";
        await app.CreateUserAsync(coordinator, partnershipId: setup.PartnershipId);
        var staff = await app.SignedInClientAsync(coordinator);
        (await staff.PostFormAsync(RoundLinks.Close(setup.PartnershipId, setup.RoundId), [])).AssertRedirect(RoundLinks.Dashboard(setup.PartnershipId, setup.RoundId));

        var report = await (await staff.GetAsync($"/partnerships/{setup.PartnershipId}/rounds/{setup.RoundId}/report")).HtmlAsync();

        var byPartner = Table(report, "Who responded, by employing partner");
        Assert.Equal("5|100%", byPartner["Not answered"]);
        Assert.Equal("0|0%", byPartner["Unsure or other"]);
        Assert.Equal(["Not answered", "Unsure or other"], byPartner.Keys.Skip(setup.Partners.Count).Order());
        var byProfession = Table(report, "Who responded, by professional group");
        Assert.Equal("5|100%", byProfession["Not answered"]);
        Assert.Equal("0|0%", byProfession["None or other"]);
        Assert.Contains("\"Not answered\", for people who skipped the question", report.Body!.TextContent);

        // The dashboard, the data download and its codebook say the same.
        var dashboard = await (await staff.GetAsync(RoundLinks.Dashboard(setup.PartnershipId, setup.RoundId))).HtmlAsync();
        var participation = dashboard.QuerySelectorAll("#by-partner tbody tr")
            .ToDictionary(tr => tr.QuerySelector("th")!.TextContent.Trim(), tr => string.Join("|", tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim())));
        Assert.Equal("–|5|–", participation["Not answered"]);
        Assert.Equal("–|0|–", participation["Unsure or other"]);
        var csv = await (await staff.GetAsync($"/partnerships/{setup.PartnershipId}/rounds/{setup.RoundId}/export.csv")).Content.ReadAsStringAsync();
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(5, rows.Length);
        Assert.All(rows, r => Assert.Equal(("Not answered", "Not answered"), (r[2], r[3])));
        var codebook = await (await staff.GetAsync($"/partnerships/{setup.PartnershipId}/rounds/{setup.RoundId}/export-codebook.csv")).Content.ReadAsStringAsync();
        Assert.Contains("Employing partner, as the respondent chose it; \"\"Not answered\"\" when the question was skipped.", codebook);
    }
}
