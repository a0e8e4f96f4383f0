using Poet.Analysis.Disclosure;
using Poet.Data.Entities;
using Poet.Web.Pages.Reports;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Pages.Rounds;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Reports;

/// <summary>
/// Issue 13's example on a live app: partners invited/usable Council 40/34, NHS Trust 7/2, Hospice 0/0, Voluntary 10/8.
/// Before, the report listed Hospice as a hidden zero and the dashboard left it out, so NHS Trust = 44 − 34 − 8 = 2.
/// Now both pages list the same rows in the same order and hide the same ones, and the export merges exactly those.
/// </summary>
public class ReleaseConsistencyTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(ReportSetup S, int Rid)> ArrangeAsync()
    {
        var s = await ReportSetup.CreateAsync(app, "Council", "NHS Trust", "Hospice", "Voluntary");
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed, invited: 0);
        await app.AddInvitationsAsync(rid, s.Partners[0], 40);
        await app.AddInvitationsAsync(rid, s.Partners[1], 7);
        await app.AddInvitationsAsync(rid, s.Partners[3], 10);
        await s.AddResponsesAsync(rid, items, 34, ReportSetup.All(4), partner: s.Partners[0]);
        await s.AddResponsesAsync(rid, items, 2, ReportSetup.All(4), partner: s.Partners[1]);
        await s.AddResponsesAsync(rid, items, 8, ReportSetup.All(4), partner: s.Partners[3]);
        return (s, rid);
    }

    private static Dictionary<string, string> Rows(IEnumerable<AngleSharp.Dom.IElement> rows) =>
        rows.ToDictionary(tr => tr.QuerySelector("th")!.TextContent.Trim(),
            tr => string.Join("|", tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim())));

    [Fact]
    public async Task IssueExample_DashboardAndReport_ListTheSameRowsAndHideTheSameOnes()
    {
        var (s, rid) = await ArrangeAsync();

        var dashboard = Rows((await (await s.Coordinator.GetAsync(RoundLinks.Dashboard(s.Pid, rid))).HtmlAsync()).QuerySelectorAll("#by-partner tbody tr"));
        var reportDoc = await (await s.Coordinator.GetAsync(s.Url(rid))).HtmlAsync();
        var table = reportDoc.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.Trim() == "Who responded, by employing partner");
        var report = Rows(table.QuerySelectorAll("tbody tr"));

        string[] order = ["Council", "NHS Trust", "Hospice", "Voluntary", "Unsure or other", "Not answered"];
        Assert.Equal(order, dashboard.Keys);
        Assert.Equal(order, report.Keys);
        const string notShown = "Not shown: too few people to keep answers anonymous";
        Assert.Equal(["40|34|85%", notShown, "0|0|–", notShown, "–|0|–", "–|0|–"], order.Select(n => dashboard[n]));
        Assert.Equal(["34|77%", Suppression.HiddenReason, "0|0%", Suppression.HiddenReason, "0|0%", "0|0%"], order.Select(n => report[n]));
        // Hidden: NHS Trust and Voluntary, 10 between them; 44 − 34 − 0 − 0 = 10 says nothing about NHS Trust alone.
    }

    [Fact]
    public async Task IssueExample_Export_MergesTheHiddenPartnersAndSaysSoInTheCodebook()
    {
        var (s, rid) = await ArrangeAsync();

        var csv = await (await s.Coordinator.GetAsync(s.Url(rid, "export.csv"))).Content.ReadAsStringAsync();
        var codebook = await (await s.Coordinator.GetAsync(s.Url(rid, "export-codebook.csv"))).Content.ReadAsStringAsync();

        var partners = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[2]).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["Council"] = 34, ["Other (merged)"] = 10 }, partners);
        Assert.Contains("Merged into \"\"Other (merged)\"\" so that every combination has at least 5 responses: NHS Trust; Voluntary.", codebook);
        Assert.Contains(ResponseExport.MethodNote.Replace("\"", "\"\""), codebook);
    }
}
