using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.National;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Support;
using NationalPage = Poet.Web.Pages.Admin.National.IndexModel;

namespace Poet.Web.Tests.Pages.Admin;

/// <summary>Each test seeds opted-in rounds of its own closing year, so the selections of different tests never overlap.</summary>
public class NationalTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static readonly BankItem Item = ItemBank.Current.Items.First(i => ItemBank.Current.Section(i.Section).Kind == SectionKinds.Likert);

    /// <summary>Opted-in rounds of <paramref name="count"/> new partnerships, each with 10 usable responses that all agree with every item.</summary>
    private Task SeedAsync(int count, int year, string region, string type = "integrated-service", int usable = 10) => app.WithDbAsync(async db =>
    {
        for (var n = 0; n < count; n++)
        {
            var p = new Partnership { Name = $"Seeded {Guid.NewGuid():N}", Area = "Secretshire", CreatedUtc = DateTime.UtcNow };
            var round = new SurveyRound
            {
                Partnership = p, Title = "Seeded", Status = RoundStatus.Closed, InstrumentVersion = ItemBank.CurrentVersion,
                OpensOn = new DateOnly(year, 1, 1), ClosesOn = new DateOnly(year, 2, 1), CodeSalt = [1]
            };
            db.Rounds.Add(round);
            await db.SaveChangesAsync();
            var national = new NationalRound
            {
                RoundId = round.Id, PartnershipId = p.Id, InstrumentVersion = ItemBank.CurrentVersion, Year = year,
                Invited = 12, Usable = usable, OptedIn = true, RegionCode = region, TypeCode = type, AggregatedUtc = DateTime.UtcNow
            };
            national.Items.AddRange(ItemBank.Current.Items.Where(i => ItemBank.Current.Section(i.Section).Kind == SectionKinds.Likert)
                .Select(i => new NationalItem { ItemId = i.Id, Section = i.Section, C4 = 10 }));
            db.NationalRounds.Add(national);
            await db.SaveChangesAsync();
        }
    });

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> DashboardAsync(string query) =>
        await (await (await app.HostAdminAsync()).GetAsync("/admin/national?" + query)).HtmlAsync();

    [Fact]
    public async Task Get_FourPartnerships_ShowsNothing()
    {
        await SeedAsync(4, 2001, "wales");

        var doc = await DashboardAsync("from=2001&to=2001");

        Assert.StartsWith("Fewer than 5 partnerships match this selection", doc.QuerySelector("#national-unavailable")?.TextContent);
        Assert.Null(doc.QuerySelector("#national-items"));
    }

    [Fact]
    public async Task Get_FivePartnerships_ShowsPooledItemsAndWhatTheyRestOn()
    {
        await SeedAsync(5, 2002, "scotland");

        var doc = await DashboardAsync("region=scotland&from=2002&to=2002");

        Assert.Equal("Based on 5 partnerships, 5 rounds and 50 usable staff responses.", doc.QuerySelector("#national-basis")?.TextContent);
        var row = doc.QuerySelectorAll("#national-items tbody tr").First(r => r.TextContent.Contains(Item.Text));
        Assert.Equal("100%", row.QuerySelectorAll("td")[0].TextContent);
        Assert.NotNull(doc.QuerySelector("svg[role=img]"));
        Assert.DoesNotContain("Seeded", doc.Body!.TextContent);
    }

    [Fact]
    public async Task Get_AfterAWithdrawal_NoLongerShowsTheCachedPool()
    {
        await SeedAsync(5, 2006, "west-midlands");
        Assert.NotNull((await DashboardAsync("region=west-midlands&from=2006&to=2006")).QuerySelector("#national-items"));

        await app.WithDbAsync(db => db.NationalRounds.Where(r => r.Year == 2006).OrderBy(r => r.RoundId).Take(1)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.OptedIn, false).SetProperty(r => r.OptedInUtc, (DateTime?)null)));
        var doc = await DashboardAsync("region=west-midlands&from=2006&to=2006");

        Assert.StartsWith("Fewer than 5 partnerships match this selection", doc.QuerySelector("#national-unavailable")?.TextContent);
    }

    [Fact]
    public async Task Get_TwoSelectionsWhoseDifferenceIsOnePartnership_TheWiderOneWithheld()
    {
        await SeedAsync(5, 2003, "london");
        await SeedAsync(1, 2003, "london", "joint-commissioning");

        var both = await DashboardAsync("region=london&type=integrated-service&from=2003&to=2003");
        var regionOnly = await DashboardAsync("region=london&from=2003&to=2003");

        // Issue 13: "[london] minus [london, integrated]" would be the one joint-commissioning partnership; one must go.
        Assert.Equal("This selection cannot be shown: another selection, narrower by type of partnership, holds all but 1 to 4 of its partnerships, "
                     + "so comparing the two would reveal those few. Add a type of partnership filter or choose another selection.",
            regionOnly.QuerySelector("#national-unavailable")?.TextContent);
        Assert.Null(regionOnly.QuerySelector("#national-items"));
        Assert.Equal("Based on 5 partnerships, 5 rounds and 50 usable staff responses.", both.QuerySelector("#national-basis")?.TextContent);
    }

    [Fact]
    public async Task Get_OnePartnershipSuppliesMostResponses_WithheldAsDominated()
    {
        // Issue 13: "in the demo one partnership supplied 69% of pooled responses": here 90 of 130.
        await SeedAsync(4, 2007, "wales");
        await SeedAsync(1, 2007, "wales", usable: 90);

        var doc = await DashboardAsync("from=2007&to=2007");

        Assert.Equal("This selection cannot be shown: one partnership supplies more than half of its responses, so the figures would mostly describe that partnership. "
                     + "Remove a filter or widen the years.", doc.QuerySelector("#national-unavailable")?.TextContent);
        Assert.Null(doc.QuerySelector("#national-items"));
    }

    [Fact]
    public void BlockedMessage_TooFewAndNoFilter_DoesNotSayRemoveAFilter()
    {   // issue 15 item 8: "Remove a filter" was said with no filter set
        var tooFew = new Verdict(false, 3, 3, null, Withheld.TooFew);
        Assert.Equal("Fewer than 5 partnerships match this selection, so nothing can be shown. "
                     + "Figures appear once at least 5 partnerships share their rounds with the national dataset.", NationalPage.BlockedMessage(tooFew, PoolFilter.Everything));
        Assert.EndsWith("Remove a filter or widen the years.", NationalPage.BlockedMessage(tooFew, PoolFilter.Everything with { FromYear = 2007 }));
    }

    [Fact]
    public async Task Get_MalformedFilters_NameEachProblem()
    {
        var response = await (await app.HostAdminAsync()).GetAsync("/admin/national?region=atlantis&frame=%3Cb%3E&from=20x5&to=99999&by=partnership");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await response.HtmlAsync()).ErrorSummary();
        Assert.Contains("\"atlantis\" is not a region POET knows. Choose one from the list, or \"Any\"", errors);
        Assert.Contains("\"<b>\" is not a frame POET knows. Choose one from the list, or \"Any\"", errors);
        Assert.Contains("From year must be a year as 4 digits, like 2025", errors);
        Assert.Contains("To year must be a year as 4 digits, like 2025", errors);
        Assert.Contains("\"partnership\" is not a characteristic to compare by. Choose one from the list", errors);
    }

    [Fact]
    public async Task Get_BackToFrontAndHugeYears_SayWhatToEnter()
    {
        var backwards = (await DashboardAsync("from=2025&to=2020")).ErrorSummary();
        var huge = (await DashboardAsync("from=1&to=9999")).ErrorSummary();

        Assert.Equal(["The \"to\" year (2020) is before the \"from\" year (2025). Enter a \"to\" year of 2025 or later"], backwards);
        Assert.Equal([$"From year must be between 2000 and {DateTime.UtcNow.Year + 1}", $"To year must be between 2000 and {DateTime.UtcNow.Year + 1}"], huge.Order());
    }

    [Fact]
    public async Task Get_Coordinator_AccessDenied()
    {
        var pid = await app.CreatePartnershipAsync("Coordinated " + Guid.NewGuid().ToString("N")[..6]);
        var coordinator = await app.CreateUserAsync(Scenario.NewEmail("coord"), partnershipId: pid);
        var client = await app.SignedInClientAsync(coordinator.Email!);

        (await client.GetAsync("/admin/national")).AssertRedirect("http://localhost/account/access-denied");
        (await client.GetAsync("/admin/national/export/items.csv")).AssertRedirect("http://localhost/account/access-denied");
    }

    [Fact]
    public async Task Export_ShownSelection_CsvOfPooledCountsAndAnXlsx()
    {
        await SeedAsync(5, 2004, "east");
        var client = await app.HostAdminAsync();

        var csv = await (await client.GetAsync("/admin/national/export/items.csv?region=east&from=2004&to=2004")).Content.ReadAsStringAsync();
        var xlsx = await client.GetAsync("/admin/national/export/national.xlsx?region=east&from=2004&to=2004");

        Assert.Contains($"poet-staff-1.0,{Item.Id},", csv);
        Assert.Contains(",5,5,50,0,0,0,50,0,0", csv);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Export_TooFewPartnerships_SaysWhyInsteadOfAFile()
    {
        await SeedAsync(3, 2005, "north-east");

        var doc = await (await (await app.HostAdminAsync()).GetAsync("/admin/national/export/items.csv?from=2005&to=2005")).HtmlAsync();

        Assert.StartsWith("Fewer than 5 partnerships", doc.QuerySelector("#export-unavailable")?.TextContent);
    }
}
