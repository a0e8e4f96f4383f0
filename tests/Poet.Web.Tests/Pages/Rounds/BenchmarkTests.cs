using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Rounds;

/// <summary>
/// A coordinator shares a round (6 usable responses, all "agree": NationalOptInTests.ClosedRoundAsync) with the codes of
/// NationalOptInTests.Share, and opens its benchmark. Other partnerships are seeded with the same codes and year, each
/// round with 10 responses that all agree with every standard statement.
/// </summary>
public class BenchmarkTests(PoetApp app) : IClassFixture<PoetApp>
{
    /// <summary>Each test uses its own region, so that its pool holds only its own partnerships.</summary>
    private async Task<(ReportSetup Setup, int Rid, int[] Others)> SharedWithOthersAsync(int others, string region)
    {
        var (s, rid) = await NationalOptInTests.ClosedRoundAsync(app);
        var codes = new Dictionary<string, string>
        {
            ["Codes[0]"] = "integrated-service", ["Codes[1]"] = "older-people", ["Codes[2]"] = "pooled-budget",
            ["Codes[3]"] = region, ["Codes[4]"] = "formal", ["Codes[5]"] = "medium",
        };
        (await s.Coordinator.PostFormAsync(s.Url(rid, "national"), NationalOptInTests.Share(codes: codes))).AssertRedirect(s.Url(rid, "national"));
        var mine = await app.WithDbAsync(db => db.NationalRounds.AsNoTracking().SingleAsync(n => n.RoundId == rid));
        var ids = await app.WithDbAsync(async db =>
        {
            var list = new List<int>();
            for (var n = 0; n < others; n++)
            {
                var p = new Partnership { Name = $"Other {Guid.NewGuid():N}", Area = "Elsewhere", CreatedUtc = DateTime.UtcNow };
                var round = new SurveyRound
                {
                    Partnership = p, Title = "Other", Status = RoundStatus.Closed, InstrumentVersion = mine.InstrumentVersion,
                    OpensOn = new DateOnly(mine.Year, 1, 1), ClosesOn = new DateOnly(mine.Year, 2, 1), CodeSalt = [1]
                };
                db.Rounds.Add(round);
                await db.SaveChangesAsync();
                var national = new NationalRound
                {
                    RoundId = round.Id, PartnershipId = p.Id, InstrumentVersion = mine.InstrumentVersion, Year = mine.Year,
                    Invited = 12, Usable = 10, OptedIn = true, OptedInUtc = DateTime.UtcNow, AggregatedUtc = DateTime.UtcNow,
                    TypeCode = mine.TypeCode, ClientGroupCode = mine.ClientGroupCode, GovernanceCode = mine.GovernanceCode, RegionCode = mine.RegionCode,
                    DepthCode = mine.DepthCode, BreadthCode = mine.BreadthCode, Frames = mine.Frames
                };
                national.Items.AddRange(ItemBank.Load(mine.InstrumentVersion).Items.Select(i => new NationalItem { ItemId = i.Id, Section = i.Section, C4 = 10 }));
                db.NationalRounds.Add(national);
                await db.SaveChangesAsync();
                list.Add(round.Id);
            }
            return list.ToArray();
        });
        return (s, rid, ids);
    }

    [Fact]
    public async Task Get_FiveOthersLikeIt_OwnAnswersBesideThePoolNeverARank()
    {
        var (s, rid, _) = await SharedWithOthersAsync(5, "north-east");

        var doc = await (await s.Coordinator.GetAsync(s.Url(rid, "national/benchmark?like=type&like=region"))).HtmlAsync();

        Assert.Equal("Compared with partnerships that share with the same type of partnership (Integrated team or service), region (North East England).", doc.QuerySelector("#benchmark-pool")?.TextContent);
        // 6 partnerships: this one and 5 others; 6 + 5 × 10 usable responses.
        Assert.Equal("Your round: 6 usable responses. Partnerships like yours: 6 partnerships, 56 usable responses.", doc.QuerySelector("#benchmark-basis")?.TextContent);
        var row = doc.QuerySelectorAll("#benchmark-items tbody tr")[0];
        Assert.Equal(["Agree 100%, disagree 0%, don't know 0%", "Agree 100%, disagree 0%, don't know 0%"], row.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Matches(@"^\d+\.\d+ \S", row.QuerySelector("th")!.TextContent);   // number and statement, not the number alone
        foreach (var figures in new[] { "#benchmark-basis", "#benchmark-items", "#benchmark-outcomes" })
            Assert.DoesNotMatch(@"(?i)\b(rank|position|percentile|top|bottom|place)", doc.QuerySelector(figures)!.TextContent);
    }

    [Fact]
    public async Task Get_OneOtherWithdraws_ThePoolIsWithheld()
    {
        var (s, rid, others) = await SharedWithOthersAsync(5, "north-west");
        await app.WithDbAsync(db => db.NationalRounds.Where(r => r.RoundId == others[0]).ExecuteUpdateAsync(u => u.SetProperty(r => r.OptedIn, false)));

        var doc = await (await s.Coordinator.GetAsync(s.Url(rid, "national/benchmark?like=region"))).HtmlAsync();

        Assert.Equal("The pooled figures are not shown: fewer than 5 other partnerships like yours share rounds of this questionnaire version, or showing them would reveal such a group. Choose fewer characteristics.",
            doc.QuerySelector("#benchmark-withheld")?.TextContent);
        Assert.Null(doc.QuerySelector("#benchmark-basis"));
        Assert.Equal(["Agree 100%, disagree 0%, don't know 0%"], doc.QuerySelectorAll("#benchmark-items tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public async Task Get_NotShared_SaysShareFirst()
    {
        var (s, rid) = await NationalOptInTests.ClosedRoundAsync(app);

        var doc = await (await s.Coordinator.GetAsync(s.Url(rid, "national/benchmark"))).HtmlAsync();

        Assert.Equal(BenchmarkModel.NotShared, doc.QuerySelector("#benchmark-unavailable")?.TextContent);
    }

    [Fact]
    public async Task GetPdf_ServesThePdfUnderTheSameRule()
    {
        var (s, rid, _) = await SharedWithOthersAsync(5, "east");

        var response = await s.Coordinator.GetAsync(s.Url(rid, "national/benchmark.pdf?like=region"));

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    }

    [Fact]
    public async Task Get_UnknownCharacteristic_SaysChooseFromTheList()
    {
        var (s, rid, _) = await SharedWithOthersAsync(0, "south-west");

        var doc = await (await s.Coordinator.GetAsync(s.Url(rid, "national/benchmark?like=shoe-size"))).HtmlAsync();

        Assert.Equal(["Choose characteristics from the list"], doc.ErrorSummary());
    }

    [Fact]
    public async Task Get_Facilitator_NotFound()
    {
        var (s, rid, _) = await SharedWithOthersAsync(0, "wales");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await s.Facilitator.GetAsync(s.Url(rid, "national/benchmark"))).StatusCode);
    }
}
