using AngleSharp.Html.Dom;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Admin;

/// <summary>
/// The dashboard's sections summed in the database: comparisons by a chosen characteristic, the frame filter, items
/// missing from a round, and outcome classes. Each test seeds rounds of its own closing year.
/// </summary>
public class NationalSectionsTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static readonly BankItem[] Likert = ItemBank.Current.Items.Where(i => ItemBank.Current.Section(i.Section).Kind == SectionKinds.Likert).ToArray();

    /// <summary>Opted-in rounds of new partnerships, 10 usable responses each, all agreeing (or all disagreeing) with every item.</summary>
    private Task SeedAsync(int count, int year, string region, bool agree = true, Frames frames = Frames.None, string? skipItem = null,
        Func<NationalOutcome>? outcome = null) => app.WithDbAsync(async db =>
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
                Invited = 12, Usable = 10, OptedIn = true, RegionCode = region, TypeCode = "integrated-service", Frames = frames, AggregatedUtc = DateTime.UtcNow
            };
            national.Items.AddRange(Likert.Where(i => !(n == 0 && i.Id == skipItem))
                .Select(i => new NationalItem { ItemId = i.Id, Section = i.Section, C4 = agree ? 10 : 0, C2 = agree ? 0 : 10 }));
            if (outcome is not null) national.Outcomes.Add(outcome());
            db.NationalRounds.Add(national);
            await db.SaveChangesAsync();
        }
    });

    private async Task<IHtmlDocument> DashboardAsync(string query) =>
        await (await (await app.HostAdminAsync()).GetAsync("/admin/national?" + query)).HtmlAsync();

    /// <summary>Each column's heading, with the first statement's cell in that column.</summary>
    private static (string Heading, string FirstCell)[] Columns(IHtmlDocument doc, string table)
    {
        var headings = doc.QuerySelectorAll($"#{table} thead th").Skip(1).Select(h => h.TextContent).ToArray();
        var cells = doc.QuerySelectorAll($"#{table} tbody tr").First().QuerySelectorAll("td").Select(c => c.TextContent).ToArray();
        return headings.Zip(cells).ToArray();
    }

    [Fact]
    public async Task Get_CompareByRegion_SumsEachShownRegionAndHidesTheSmallOnes()
    {
        await SeedAsync(6, 2011, "london");
        await SeedAsync(5, 2011, "scotland", agree: false);
        await SeedAsync(2, 2011, "wales");
        await SeedAsync(3, 2011, "east");

        var doc = await DashboardAsync("from=2011&to=2011&by=region");

        Assert.Equal("Based on 16 partnerships, 16 rounds and 160 usable staff responses.", doc.QuerySelector("#national-basis")?.TextContent);
        Assert.Equal("69%", doc.QuerySelectorAll("#national-items tbody tr").First().QuerySelectorAll("td")[0].TextContent);
        Assert.Equal([("201116 partnerships, 160 responses", "69%")], Columns(doc, "national-by-year"));
        var regions = Columns(doc, "national-by-choice");
        Assert.Contains(("London6 partnerships, 60 responses", "100%"), regions);
        Assert.Contains(("Scotland5 partnerships, 50 responses", "0%"), regions);
        Assert.Equal(2, regions.Length);
        // The two hidden regions are named once, not shown as columns of dashes.
        Assert.Matches(@"^Not shown: [A-Za-z ]+, [A-Za-z ]+\. Each would rest on fewer than 5 partnerships, or would reveal such a group beside the other figures\.$",
            doc.QuerySelector("#national-by-choice-hidden")?.TextContent);
        Assert.DoesNotContain("–", doc.QuerySelector("#national-by-choice")!.TextContent);
    }

    [Fact]
    public async Task Get_FrameFilter_PoolsOnlyRoundsHoldingThatFrame()
    {
        await SeedAsync(5, 2012, "london", frames: Frames.ThirdWay | Frames.Structural);
        await SeedAsync(5, 2012, "london", agree: false, frames: Frames.Structural);

        var doc = await DashboardAsync("frame=third-way&from=2012&to=2012");

        Assert.Equal("Based on 5 partnerships, 5 rounds and 50 usable staff responses.", doc.QuerySelector("#national-basis")?.TextContent);
        Assert.Equal("100%", doc.QuerySelectorAll("#national-items tbody tr").First().QuerySelectorAll("td")[0].TextContent);
    }

    [Fact]
    public async Task Get_ItemMissingFromOneRound_LeftOutOfThePool()
    {
        var missing = Likert[1];
        await SeedAsync(5, 2013, "london", skipItem: missing.Id);

        var doc = await DashboardAsync("from=2013&to=2013");

        var statements = doc.QuerySelectorAll("#national-items tbody th").Select(t => t.TextContent).ToArray();
        Assert.Equal(Likert.Length - 1, statements.Length);
        Assert.DoesNotContain(statements, s => s.EndsWith(missing.Text));
        Assert.Contains(statements, s => s.EndsWith(Likert[0].Text));
    }

    [Fact]
    public async Task Get_Outcomes_CountsClassesInTheSelectionAndHidesRareOnes()
    {
        NationalOutcome Rated(string type) => new()
        {
            Order = 1, Wording = "Seeded outcome", Type = type, FrameworkHeading = "feeling-safe", HasPhaseTwo = true, I1 = 1, I4 = 3, H1 = 2, H4 = 2, H5 = 5,
        };
        await SeedAsync(5, 2014, "london", outcome: () => Rated("change"));
        await SeedAsync(2, 2014, "london", outcome: () => Rated("service-process"));

        var doc = await DashboardAsync("from=2014&to=2014");

        string[] Row(string table, string label) => doc.QuerySelectorAll($"#{table} tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.StartsWith(label)).QuerySelectorAll("td").Select(c => c.TextContent).ToArray();
        Assert.Equal(["5", "5", "75%", "50%"], Row("national-outcome-types", "Change"));
        Assert.Equal("Not shown: Maintenance or prevention, Service process. Too few partnerships, or none, have such an outcome in this selection, or showing it would reveal such a group.",
            doc.QuerySelector("#national-outcome-types-hidden")?.TextContent);
        Assert.Equal(["7", "7", "75%", "50%"], Row("national-outcome-headings", "Feeling safe"));
        Assert.Contains("Listened to", doc.QuerySelector("#national-outcome-headings-hidden")?.TextContent);
        Assert.Single(doc.QuerySelectorAll("#national-outcome-headings tbody tr"));
        Assert.DoesNotContain("Seeded", doc.Body!.TextContent);
    }
}
