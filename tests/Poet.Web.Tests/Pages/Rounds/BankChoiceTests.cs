using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Rounds;

/// <summary>A coordinator picks an item bank when creating a round (issue 23); reports compare rounds only on matching items.</summary>
public class BankChoiceTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static Dictionary<string, string> Form(string? bank, string title = "Spring 2027") => new()
    {
        ["Form.Title"] = title, ["Form.Opens.Day"] = Today.Day.ToString(), ["Form.Opens.Month"] = Today.Month.ToString(), ["Form.Opens.Year"] = Today.Year.ToString(),
        ["Form.Closes.Day"] = Today.AddDays(21).Day.ToString(), ["Form.Closes.Month"] = Today.AddDays(21).Month.ToString(), ["Form.Closes.Year"] = Today.AddDays(21).Year.ToString(),
        ["Form.ThresholdKind"] = "Percent", ["Form.ThresholdValue"] = "30", ["Form.ReminderDays"] = "7,14", ["Bank"] = bank ?? "",
    };

    /// <summary>No bank sent (a form without the radios) is the standard bank, as the page preselects it.</summary>
    [Fact]
    public async Task Post_NoBank_IsTheStandardBank()
    {
        var s = await app.CoordinatorAsync();
        await s.Client.PostFormAsync(RoundLinks.New(s.Pid), Form(null));
        Assert.Equal("poet-staff-1.0", await app.WithDbAsync(db => db.Rounds.Where(r => r.PartnershipId == s.Pid).Select(r => r.InstrumentVersion).SingleAsync()));
    }

    [Fact]
    public async Task Get_OffersEveryBank_StandardChecked()
    {
        var s = await app.CoordinatorAsync();
        var doc = await (await s.Client.GetAsync(RoundLinks.New(s.Pid))).HtmlAsync();

        var radios = doc.QuerySelectorAll("input[name='Bank']").ToArray();
        Assert.Equal(["poet-staff-1.0", "poet-community-safety-1.0", "poet-safeguarding-adults-1.0", "poet-safeguarding-children-1.0", "poet-childrens-trust-1.0"],
            radios.Select(r => r.GetAttribute("value")));
        Assert.Equal("poet-staff-1.0", Assert.Single(radios, r => r.HasAttribute("checked")).GetAttribute("value"));
        Assert.Equal("Safeguarding adults boards", doc.QuerySelector("label[for='Bank-poet-safeguarding-adults-1.0']")!.TextContent.Trim());
        Assert.Equal("52 statements, 2 of them written for this setting. Preview the questions", doc.GetElementById("Bank-poet-safeguarding-adults-1.0-hint")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_SafeguardingAdults_CopiesThatBank_AndLeavesOtherRoundsAlone()
    {
        var s = await app.CoordinatorAsync();
        await s.Client.PostFormAsync(RoundLinks.New(s.Pid), Form("poet-staff-1.0", "Standard round"));
        var standardBefore = await app.WithDbAsync(db => db.RoundItems.CountAsync(i => db.Rounds.Any(r => r.Id == i.RoundId && r.PartnershipId == s.Pid)));

        await s.Client.PostFormAsync(RoundLinks.New(s.Pid), Form("poet-safeguarding-adults-1.0", "Board round"));

        var round = await app.WithDbAsync(db => db.Rounds.Include(r => r.Items).SingleAsync(r => r.PartnershipId == s.Pid && r.Title == "Board round"));
        Assert.Equal("poet-safeguarding-adults-1.0", round.InstrumentVersion);
        Assert.Equal(52, round.Items.Count);
        Assert.Contains(round.Items, i => i.ItemId == "SGA-LEARN-01" && i.Text == "Lessons from safeguarding adults reviews change how the partners work." && i.Section == 3);
        Assert.Contains(round.Items, i => i.ItemId == "ORG-ACCOUNT-01" && i.Text == "The board holds every partner to account for how well it keeps adults at risk safe.");
        var standard = await app.WithDbAsync(db => db.Rounds.Include(r => r.Items).SingleAsync(r => r.PartnershipId == s.Pid && r.Title == "Standard round"));
        Assert.Equal(("poet-staff-1.0", 50), (standard.InstrumentVersion, standard.Items.Count));
        Assert.Contains(standard.Items, i => i.ItemId == "ORG-ACCOUNT-01" && i.Text == "The partnership answers both to the NHS and to the local authority for what it does.");
        Assert.Equal(50, standardBefore);
    }

    [Theory]
    [InlineData("poet-staff-0.9")]
    [InlineData("<script>")]
    public async Task Post_UnknownBank_SaysWhatToDo_AndCreatesNothing(string bank)
    {
        var s = await app.CoordinatorAsync();
        var response = await s.Client.PostFormAsync(RoundLinks.New(s.Pid), Form(bank));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Choose which set of questions the round uses"], (await response.HtmlAsync()).ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.Rounds.AnyAsync(r => r.PartnershipId == s.Pid)));
    }

    [Fact]
    public async Task Preview_ShowsTheBankAsStaffSeeIt_WithItsMapping()
    {
        var s = await app.CoordinatorAsync();
        var doc = await (await s.Client.GetAsync("/question-banks/poet-safeguarding-adults-1.0")).HtmlAsync();

        Assert.Equal("POET staff survey for safeguarding adults boards", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Section 4: Outcomes for adults at risk and their carers", doc.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(52, doc.QuerySelectorAll(".poet-statement").Length);
        var mapping = doc.QuerySelectorAll(".govuk-summary-list__row").ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal("Written for this setting: compared only with rounds that used this set", mapping["Lessons from safeguarding adults reviews change how the partners work."]);
        Assert.Equal("Matches the standard statement \u201cThe partnership answers both to the NHS and to the local authority for what it does.\u201d, reworded for this setting",
            mapping["The board holds every partner to account for how well it keeps adults at risk safe."]);
        Assert.Equal("Same wording as the standard questions", mapping["I trust colleagues from the other partner organisations to do what they say they will do."]);
    }

    [Fact]
    public async Task Preview_UnknownBank_IsNotFound()
    {
        var s = await app.CoordinatorAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await s.Client.GetAsync("/question-banks/poet-staff-0.9")).StatusCode);
    }

    /// <summary>
    /// Done-when of issue 23: a safeguarding board's round is compared with the partnership's earlier standard round on the
    /// 50 statements that match; the 2 written for the board are left out and the report says why.
    /// </summary>
    [Fact]
    public async Task Report_SafeguardingRound_ComparesOnlyMatchingStatementsWithTheEarlierStandardRound()
    {
        var s = await ReportSetup.CreateAsync(app);
        await s.Coordinator.PostFormAsync(RoundLinks.New(s.Pid), Form("poet-staff-1.0", "Standard 2026"));
        await s.Coordinator.PostFormAsync(RoundLinks.New(s.Pid), Form("poet-safeguarding-adults-1.0", "Board 2027"));
        var (before, beforeItems) = await ClosedAsync(s, "Standard 2026", new DateOnly(2026, 3, 31));
        var (now, nowItems) = await ClosedAsync(s, "Board 2027", new DateOnly(2027, 3, 31));
        await s.AddResponsesAsync(before, beforeItems, 10, ReportSetup.All(2, 50));
        await s.AddResponsesAsync(now, nowItems, 10, ReportSetup.All(4, 52));

        var doc = await (await s.Coordinator.GetAsync(s.Url(now))).HtmlAsync();
        var rows = doc.QuerySelectorAll("#change-table tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToArray();

        Assert.Equal(50, rows.Length);
        Assert.DoesNotContain(rows, r => r.Contains("Lessons from safeguarding adults reviews") || r.Contains("I know how to raise a safeguarding concern"));
        Assert.Contains(rows, r => r.EndsWith("The board holds every partner to account for how well it keeps adults at risk safe."));
        Assert.Contains("2 statements of this round have no matching statement in \"Standard 2026\" (written for this round's setting, or new), so only the statements both rounds asked are compared.",
            doc.Body!.TextContent);
        Assert.Contains("Outcomes for adults at risk and their carers", (await (await s.Coordinator.GetAsync($"/question-banks/poet-safeguarding-adults-1.0")).HtmlAsync()).Body!.TextContent);
    }

    /// <summary>The national dataset pools a variant round's matching items with the standard bank's, never its own items.</summary>
    [Fact]
    public async Task National_SafeguardingRound_PoolsOnlyMatchingItems_UnderTheStandardBank()
    {
        var s = await ReportSetup.CreateAsync(app);
        await s.Coordinator.PostFormAsync(RoundLinks.New(s.Pid), Form("poet-safeguarding-adults-1.0", "Board 2027"));
        var (rid, items) = await ClosedAsync(s, "Board 2027", new DateOnly(2027, 3, 31));
        await s.AddResponsesAsync(rid, items, 10, ReportSetup.All(4, 52));

        await app.WithDbAsync(db => NationalAggregate.RefreshAsync(db, rid));

        Assert.Equal("poet-staff-1.0", await app.WithDbAsync(db => db.NationalRounds.Where(n => n.RoundId == rid).Select(n => n.InstrumentVersion).SingleAsync()));
        var pooled = await app.WithDbAsync(db => db.NationalItems.Where(i => i.RoundId == rid).Select(i => i.ItemId).ToListAsync());
        Assert.Equal(50, pooled.Count);
        Assert.DoesNotContain(pooled, id => id.StartsWith("SGA-"));
    }

    private Task<(int, int[])> ClosedAsync(ReportSetup s, string title, DateOnly closes) => app.WithDbAsync(async db =>
    {
        var round = await db.Rounds.Include(r => r.Items).SingleAsync(r => r.PartnershipId == s.Pid && r.Title == title);
        round.Status = RoundStatus.Closed;
        round.OpensOn = closes.AddDays(-28);
        round.ClosesOn = closes;
        await db.SaveChangesAsync();
        return (round.Id, round.Items.OrderBy(i => i.Order).Select(i => i.Id).ToArray());
    });
}
