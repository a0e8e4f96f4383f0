using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Rounds;

public class NationalOptInTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static readonly string[] BankIds = ItemBank.Current.Items
        .Where(i => ItemBank.Current.Section(i.Section).Kind == SectionKinds.Likert).Take(4).Select(i => i.Id).ToArray();

    private const string Comment = "Jo Bloggs in the Northfield team never answers email";
    private const string Statement = "Fewer delayed discharges from Northfield ward";

    private Task<(ReportSetup Setup, int Rid)> ClosedRoundAsync(RoundStatus status = RoundStatus.Closed, string[]? itemIds = null) =>
        ClosedRoundAsync(app, status, itemIds);

    /// <summary>A partnership with one round of 6 usable responses to 4 bank statements (10 invited).</summary>
    public static async Task<(ReportSetup Setup, int Rid)> ClosedRoundAsync(PoetApp app, RoundStatus status = RoundStatus.Closed, string[]? itemIds = null)
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(status, itemIds: itemIds ?? BankIds);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4), comment: (n, i) => n == 0 && i == 0 ? Comment : null,
            outcomes: _ => [(Statement, "Because beds are blocked")]);
        return (s, rid);
    }

    /// <summary>The share form as a coordinator fills it in: every code, the board's consent, the terms ticked.</summary>
    public static Dictionary<string, string> Share(int terms = 1, string by = "Sam Patel, chair of the partnership board", string day = "14", string month = "11",
        string year = "2026", bool agreed = true, Dictionary<string, string>? codes = null)
    {
        var form = new Dictionary<string, string>(codes ?? new Dictionary<string, string>
        {
            ["Codes[0]"] = "integrated-service", ["Codes[1]"] = "older-people", ["Codes[2]"] = "pooled-budget",
            ["Codes[3]"] = "london", ["Codes[4]"] = "formal", ["Codes[5]"] = "medium",
        })
        {
            ["Consent.By"] = by, ["Consent.Date.Day"] = day, ["Consent.Date.Month"] = month, ["Consent.Date.Year"] = year,
            ["Consent.TermsVersion"] = terms.ToString(),
        };
        if (agreed) form["Consent.Terms"] = terms.ToString();
        return form;
    }

    [Fact]
    public async Task Post_ClosedRound_StoresCountsOptsInAndAudits()
    {
        var (s, rid) = await ClosedRoundAsync();

        var response = await s.Coordinator.PostFormAsync(s.Url(rid, "national"), Share());

        response.AssertRedirect(s.Url(rid, "national"));
        var stored = await app.WithDbAsync(db => db.NationalRounds.Include(n => n.Items).SingleAsync(n => n.RoundId == rid));
        Assert.True(stored.OptedIn);
        Assert.Equal((10, 6), (stored.Invited, stored.Usable));
        Assert.Equal(BankIds.Order(), stored.Items.Select(i => i.ItemId).Order());
        Assert.All(stored.Items, i => Assert.Equal((0, 0, 0, 6, 0), (i.C1, i.C2, i.C3, i.C4, i.C5)));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "national.opted-in")));
    }

    [Fact]
    public async Task Post_WithConsent_RecordsWhoWhenAndTermsInTheRoundTheAuditAndThePreview()
    {
        var (s, rid) = await ClosedRoundAsync();

        await s.Coordinator.PostFormAsync(s.Url(rid, "national"), Share());

        var stored = await app.WithDbAsync(db => db.NationalRounds.SingleAsync(n => n.RoundId == rid));
        Assert.Equal(("Sam Patel, chair of the partnership board", new DateTime(2026, 11, 14), 1), (stored.ConsentBy, stored.ConsentAgreedOn, stored.ConsentTermsVersion));
        Assert.StartsWith("coord-", stored.ConsentRecordedBy);
        // The codes the coordinator confirmed are what is pooled, and they become the profile's.
        Assert.Equal(("integrated-service", "london", "medium"), (stored.TypeCode, stored.RegionCode, stored.BreadthCode));
        Assert.Equal("older-people", await app.WithDbAsync(db => db.Partnerships.Where(p => p.Id == s.Pid).Select(p => p.ClientGroupCode).SingleAsync()));
        const string consent = "Agreed for the partnership's board by Sam Patel, chair of the partnership board on 14 November 2026, under the data-sharing terms version 1";
        var audit = await app.WithDbAsync(db => db.Audit.Where(a => a.PartnershipId == s.Pid && a.Action == "national.opted-in").Select(a => a.Detail).SingleAsync());
        Assert.EndsWith(consent + ".", audit);
        var doc = await (await s.Coordinator.GetAsync(s.Url(rid, "national"))).HtmlAsync();
        Assert.Equal(consent, doc.QuerySelector("#shared-consent")?.TextContent);
        Assert.Equal(1, await app.WithDbAsync(db => db.SharingTerms.CountAsync(t => t.Version == 1)));
    }

    [Fact]
    public async Task Post_NoConsentNoCodes_SaysWhatToDoAndSharesNothing()
    {
        var (s, rid) = await ClosedRoundAsync();

        var doc = await (await s.Coordinator.PostFormAsync(s.Url(rid, "national"), Share(by: " ", day: "", month: "", year: "", agreed: false, codes: []))).HtmlAsync();

        Assert.Equal([
            "Select the type of partnership (national pooling needs it)", "Select the client group (national pooling needs it)",
            "Select the governance arrangement (national pooling needs it)", "Select the region (national pooling needs it)",
            "Select the depth (national pooling needs it)", "Select the breadth (national pooling needs it)",
            "Enter the name and role of the person who agreed for the partnership's board", "Enter the date the board agreed",
            "Confirm that the board agreed to share under the data-sharing terms (version 1)"], doc.ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.NationalRounds.AnyAsync(n => n.RoundId == rid && n.OptedIn)));
    }

    [Fact]
    public async Task Post_BadDateOrUnknownCode_SaysWhatIsWrong()
    {
        var (s, rid) = await ClosedRoundAsync();
        var codes = new Dictionary<string, string>
        {
            ["Codes[0]"] = "integrated-service", ["Codes[1]"] = "martians", ["Codes[2]"] = "pooled-budget",
            ["Codes[3]"] = "london", ["Codes[4]"] = "formal", ["Codes[5]"] = "medium",
        };

        var future = await (await s.Coordinator.PostFormAsync(s.Url(rid, "national"), Share(year: (DateTime.UtcNow.Year + 1).ToString(), codes: codes))).HtmlAsync();
        var unreal = await (await s.Coordinator.PostFormAsync(s.Url(rid, "national"), Share(day: "31", month: "2"))).HtmlAsync();

        Assert.Equal(["Select the client group (national pooling needs it)", "The date the board agreed must be today or in the past"], future.ErrorSummary());
        Assert.Equal(["Date the board agreed must be a real date"], unreal.ErrorSummary());
    }

    [Fact]
    public async Task Get_ProfileWithTextButNoCodes_SuggestsCodesFromTheText()
    {
        var (s, rid) = await ClosedRoundAsync();
        await app.WithDbAsync(async db =>
        {
            var p = await db.Partnerships.SingleAsync(x => x.Id == s.Pid);
            (p.TypeCode, p.RegionCode, p.ClientGroupCode) = (null, null, null);
            (p.PartnershipType, p.Area, p.ClientGroup) = ("Joint commissioning of community services", "Leeds and Bradford", "Frail older people at home");
            await db.SaveChangesAsync();
        });

        var doc = await (await s.Coordinator.GetAsync(s.Url(rid, "national"))).HtmlAsync();

        string? Selected(int field) => doc.QuerySelector($"#Codes_{field}_ option[selected]")?.GetAttribute("value");
        Assert.Equal(("joint-commissioning", "yorkshire-humber", "older-people"), (Selected(0), Selected(3), Selected(1)));
        Assert.Equal("Suggested from the profile: \"Leeds and Bradford\". Check it before you share.", doc.QuerySelector("#Codes_3_-hint")?.TextContent);
    }

    [Fact]
    public async Task Get_ClosedRound_ShowsWhatIsSharedAndNoFreeText()
    {
        var (s, rid) = await ClosedRoundAsync();

        var html = await (await s.Coordinator.GetAsync(s.Url(rid, "national"))).Content.ReadAsStringAsync();

        Assert.Contains(ItemBank.Current.Items.Single(i => i.Id == BankIds[0]).Text, html);
        Assert.DoesNotContain("Jo Bloggs", html);
        Assert.DoesNotContain("Northfield", html);
        await s.Coordinator.PostFormAsync(s.Url(rid, "national"), Share());
        var pooledText = await app.WithDbAsync(db => db.NationalOutcomes.Where(o => o.RoundId == rid).Select(o => o.Wording).ToListAsync());
        Assert.DoesNotContain(pooledText, w => w.Contains("Northfield") || w.Contains("Bloggs"));
    }

    [Fact]
    public async Task Post_Twice_SaysItIsAlreadyShared()
    {
        var (s, rid) = await ClosedRoundAsync();
        await s.Coordinator.PostFormAsync(s.Url(rid, "national"), Share());

        var doc = await (await s.Coordinator.PostFormAsync(s.Url(rid, "national"), Share(), formUrl: s.Url(rid, "national"))).HtmlAsync();

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
        await s.Coordinator.PostFormAsync(s.Url(rid, "national"), Share());

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
