using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Pages.Admin.National;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Admin;

/// <summary>
/// The characteristic-by-outcome view and the trend view. Each test seeds its own closing year and region, so the
/// selections never overlap. Every seeded round: 10 usable responses agreeing with every statement (code 4), and one
/// rated "change" outcome with importance 1,1,4,4 (quite or very important: 8 of 10 = 80%) and happens 1,1,3,3,2
/// (usually or always: 6 of the 8 who knew = 75%).
/// </summary>
public class NationalOutcomesViewTests(PoetApp app) : IClassFixture<PoetApp>
{
    private Task<int[]> SeedAsync(int count, int year, string region, string type) => app.WithDbAsync(async db =>
    {
        var ids = new List<int>();
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
                Invited = 12, Usable = 10, OptedIn = true, OptedInUtc = DateTime.UtcNow, RegionCode = region, TypeCode = type, AggregatedUtc = DateTime.UtcNow
            };
            national.Items.AddRange(ItemBank.Current.Items.Where(i => ItemBank.Current.Section(i.Section).Kind == SectionKinds.Likert)
                .Select(i => new NationalItem { ItemId = i.Id, Section = i.Section, C4 = 10 }));
            national.Outcomes.Add(new NationalOutcome
            {
                Order = 1, Wording = "Seeded outcome", Type = "change", HasPhaseTwo = true,
                I1 = 1, I2 = 1, I3 = 4, I4 = 4, H1 = 1, H2 = 1, H3 = 3, H4 = 3, H5 = 2
            });
            db.NationalRounds.Add(national);
            await db.SaveChangesAsync();
            ids.Add(round.Id);
        }
        return ids.ToArray();
    });

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(string url) => await (await (await app.HostAdminAsync()).GetAsync(url)).HtmlAsync();

    private static string[] Cells(AngleSharp.Html.Dom.IHtmlDocument doc, int row) =>
        doc.QuerySelectorAll("#characteristic-table tbody tr")[row].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();

    [Fact]
    public async Task Get_ByType_StaffBesideWhatUsersAndCarersSayWithWhatEachRestsOn()
    {
        await SeedAsync(5, 2011, "london", "integrated-service");
        await SeedAsync(5, 2011, "london", "joint-commissioning");

        var doc = await GetAsync("/admin/national/outcomes?by=type&region=london&from=2011&to=2011");

        Assert.Equal(["Figure", "All shared rounds in the selection", "Integrated team or service", "Joint commissioning"],
            doc.QuerySelectorAll("#characteristic-table thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["Agree 100%, disagree 0%, don't know 0%10 partnerships, 100 responses", "Agree 100%, disagree 0%, don't know 0%5 partnerships, 50 responses",
            "Agree 100%, disagree 0%, don't know 0%5 partnerships, 50 responses"], Cells(doc, 0));
        Assert.Equal("Change: users and carers who say it matters (quite or very important)", doc.QuerySelectorAll("#characteristic-table tbody tr")[1].QuerySelector("th")?.TextContent);
        Assert.Equal(["80%10 partnerships, 100 answers", "80%5 partnerships, 50 answers", "80%5 partnerships, 50 answers"], Cells(doc, 1));
        Assert.Equal(["75%", "75%", "75%"], Cells(doc, 2));
        Assert.Equal("No users' and carers' figures for these types of outcome: Maintenance or prevention, Service process. Too few partnerships, or none, have ratings of them in this selection.",
            doc.QuerySelector("#characteristic-hidden-classes")?.TextContent);
    }

    [Fact]
    public async Task Get_SmallCategories_NamedOnceAsHiddenNotPaddedWithDashes()
    {
        await SeedAsync(5, 2012, "wales", "integrated-service");
        await SeedAsync(5, 2012, "wales", "joint-commissioning");
        await SeedAsync(3, 2012, "wales", "strategic");
        await SeedAsync(2, 2012, "wales", "other");

        var doc = await GetAsync("/admin/national/outcomes?by=type&region=wales&from=2012&to=2012");

        Assert.Equal(4, doc.QuerySelectorAll("#characteristic-table thead th").Length);
        Assert.Equal("Not shown as categories: Strategic or planning partnership, Other type.", doc.QuerySelector("#characteristic-hidden p")?.TextContent);
        Assert.DoesNotContain("–", doc.QuerySelector("#characteristic-table")!.TextContent);
    }

    [Fact]
    public async Task Get_Trends_OneColumnPerYear()
    {
        await SeedAsync(5, 2013, "scotland", "integrated-service");
        await SeedAsync(5, 2014, "scotland", "integrated-service");

        var doc = await GetAsync("/admin/national/trends?region=scotland&from=2013&to=2014");

        Assert.Equal(["Figure", "All shared rounds in the selection", "2013", "2014"], doc.QuerySelectorAll("#characteristic-table thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal("Agree 100%, disagree 0%, don't know 0%5 partnerships, 50 responses", Cells(doc, 0)[2]);
    }

    [Fact]
    public async Task Get_OnePartnershipWithdraws_ItsSelectionIsNoLongerShown()
    {
        var rounds = await SeedAsync(5, 2015, "north-east", "integrated-service");
        var before = await GetAsync("/admin/national/outcomes?by=type&region=north-east&from=2015&to=2015");
        await app.WithDbAsync(db => db.NationalRounds.Where(r => r.RoundId == rounds[0]).ExecuteUpdateAsync(u => u.SetProperty(r => r.OptedIn, false)));

        var after = await GetAsync("/admin/national/outcomes?by=type&region=north-east&from=2015&to=2015");

        Assert.NotNull(before.QuerySelector("#characteristic-table"));
        Assert.Null(after.QuerySelector("#characteristic-table"));
        Assert.Equal("Fewer than 5 partnerships match this selection, so nothing can be shown. Remove a filter or widen the years.", after.QuerySelector("#national-unavailable")?.TextContent);
    }

    [Theory]
    [InlineData("/admin/national/outcomes?by=partnership", "\"partnership\" is not a characteristic to compare by. Choose one from the list")]
    [InlineData("/admin/national/outcomes?by=frame&frame=structural", OutcomesModel.FrameAndByFrame)]
    [InlineData("/admin/national/trends?region=atlantis", "\"atlantis\" is not a region POET knows. Choose one from the list, or \"Any\"")]
    public async Task Get_BadInput_SaysWhatIsWrong(string url, string message)
    {
        var response = await (await app.HostAdminAsync()).GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], (await response.HtmlAsync()).ErrorSummary());
    }
}
