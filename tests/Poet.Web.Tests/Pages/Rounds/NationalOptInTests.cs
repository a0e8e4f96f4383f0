using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Rounds;

public class NationalOptInTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static readonly string[] BankIds = ItemBank.Current.Items
        .Where(i => ItemBank.Current.Section(i.Section).Kind == SectionKinds.Likert).Take(4).Select(i => i.Id).ToArray();

    private const string Comment = "Jo Bloggs in the Northfield team never answers email";
    private const string Statement = "Fewer delayed discharges from Northfield ward";

    private async Task<(ReportSetup Setup, int Rid)> ClosedRoundAsync(RoundStatus status = RoundStatus.Closed, string[]? itemIds = null)
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(status, itemIds: itemIds ?? BankIds);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4), comment: (n, i) => n == 0 && i == 0 ? Comment : null,
            outcomes: _ => [(Statement, "Because beds are blocked")]);
        return (s, rid);
    }

    [Fact]
    public async Task Post_ClosedRound_StoresCountsOptsInAndAudits()
    {
        var (s, rid) = await ClosedRoundAsync();

        var response = await s.Coordinator.PostFormAsync(s.Url(rid, "national"), []);

        response.AssertRedirect(s.Url(rid, "national"));
        var stored = await app.WithDbAsync(db => db.NationalRounds.Include(n => n.Items).SingleAsync(n => n.RoundId == rid));
        Assert.True(stored.OptedIn);
        Assert.Equal((10, 6), (stored.Invited, stored.Usable));
        Assert.Equal(BankIds.Order(), stored.Items.Select(i => i.ItemId).Order());
        Assert.All(stored.Items, i => Assert.Equal((0, 0, 0, 6, 0), (i.C1, i.C2, i.C3, i.C4, i.C5)));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "national.opted-in")));
    }

    [Fact]
    public async Task Get_ClosedRound_ShowsWhatIsSharedAndNoFreeText()
    {
        var (s, rid) = await ClosedRoundAsync();

        var html = await (await s.Coordinator.GetAsync(s.Url(rid, "national"))).Content.ReadAsStringAsync();

        Assert.Contains(ItemBank.Current.Items.Single(i => i.Id == BankIds[0]).Text, html);
        Assert.DoesNotContain("Jo Bloggs", html);
        Assert.DoesNotContain("Northfield", html);
        await s.Coordinator.PostFormAsync(s.Url(rid, "national"), []);
        var pooledText = await app.WithDbAsync(db => db.NationalOutcomes.Where(o => o.RoundId == rid).Select(o => o.Wording).ToListAsync());
        Assert.DoesNotContain(pooledText, w => w.Contains("Northfield") || w.Contains("Bloggs"));
    }

    [Fact]
    public async Task Post_Twice_SaysItIsAlreadyShared()
    {
        var (s, rid) = await ClosedRoundAsync();
        await s.Coordinator.PostFormAsync(s.Url(rid, "national"), []);

        var doc = await (await s.Coordinator.PostFormAsync(s.Url(rid, "national"), [], formUrl: s.Url(rid, "national"))).HtmlAsync();

        Assert.Equal([NationalModel.AlreadyIn], doc.ErrorSummary());
        Assert.Equal(1, await app.WithDbAsync(db => db.Audit.CountAsync(a => a.PartnershipId == s.Pid && a.Action == "national.opted-in")));
    }

    /// <summary>A blocked page has no form; any page's antiforgery token serves, as it would for a stale tab.</summary>
    private static string FormUrl(ReportSetup s) => $"/partnerships/{s.Pid}/profile";

    [Fact]
    public async Task Post_OpenRound_SaysCloseItFirst()
    {
        var (s, rid) = await ClosedRoundAsync(RoundStatus.Open);

        var doc = await (await s.Coordinator.PostFormAsync(s.Url(rid, "national"), [], formUrl: FormUrl(s))).HtmlAsync();

        Assert.Equal([NationalModel.NotClosed], doc.ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.NationalRounds.AnyAsync(n => n.RoundId == rid)));
    }

    [Fact]
    public async Task Post_NoStandardItems_SaysNothingToPool()
    {
        var (s, rid) = await ClosedRoundAsync(itemIds: ["LOCAL-1", "LOCAL-2", "LOCAL-3", "LOCAL-4"]);

        var doc = await (await s.Coordinator.PostFormAsync(s.Url(rid, "national"), [], formUrl: FormUrl(s))).HtmlAsync();

        Assert.Equal([NationalModel.NoStandardItems("poet-staff-1.0")], doc.ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.NationalRounds.AnyAsync(n => n.RoundId == rid && n.OptedIn)));
    }

    [Fact]
    public async Task PostWithdraw_OptedIn_WithdrawsAndAudits()
    {
        var (s, rid) = await ClosedRoundAsync();
        await s.Coordinator.PostFormAsync(s.Url(rid, "national"), []);

        var response = await s.Coordinator.PostFormAsync(s.Url(rid, "national") + "?handler=Withdraw", [], formUrl: s.Url(rid, "national"));

        response.AssertRedirect(s.Url(rid, "national"));
        Assert.False(await app.WithDbAsync(db => db.NationalRounds.Where(n => n.RoundId == rid).Select(n => n.OptedIn).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "national.opted-out")));
    }

    [Fact]
    public async Task Get_Facilitator_NotFound()
    {
        var (s, rid) = await ClosedRoundAsync();

        var response = await s.Facilitator.GetAsync(s.Url(rid, "national"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostClose_OpenRound_AggregatesWithoutOptingIn()
    {
        var (s, rid) = await ClosedRoundAsync(RoundStatus.Open);

        (await s.Coordinator.PostFormAsync(s.Url(rid, "close"), [])).AssertRedirect($"/partnerships/{s.Pid}/rounds/{rid}");

        var stored = await app.WithDbAsync(db => db.NationalRounds.Include(n => n.Items).SingleAsync(n => n.RoundId == rid));
        Assert.False(stored.OptedIn);
        Assert.Equal(6, stored.Items.Single(i => i.ItemId == BankIds[0]).C4);
    }
}
