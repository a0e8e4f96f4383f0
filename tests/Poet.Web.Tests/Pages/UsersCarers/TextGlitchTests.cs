using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

/// <summary>The wording glitches reported in issue 18, each read as the user sees it.</summary>
public class TextGlitchTests(PoetApp app) : IClassFixture<PoetApp>
{
    /// <summary>A closed round whose one statement every staff member strongly disagrees with, and 5 returns saying every outcome never happens.</summary>
    private async Task<UcSetup> PhaseAsync(string staffItem = "We share a clear purpose", string? seriousBarrier = null)
    {
        var s = await UcSetup.CreateAsync(app);
        var (rid, items) = await s.S.RoundAsync(RoundStatus.Closed, texts: [staffItem], invited: 10);
        await s.S.AddResponsesAsync(rid, items, 6, ReportSetup.All(1, items: 1));
        var q = await s.QuestionnaireAsync(UcStatus.Closed);
        var outcomes = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);
        await app.WithDbAsync(async db =>
        {
            if (seriousBarrier is not null)
                (await db.UcItems.SingleAsync(i => i.QuestionnaireId == q.Id && i.Text == seriousBarrier)).StaffRatedSerious = true;
            for (var n = 0; n < 5; n++)
                db.UcResponses.Add(new UcResponse
                {
                    Id = Guid.NewGuid(), QuestionnaireId = q.Id, Method = UcMethod.Link, IsSubmitted = true,
                    Answers = outcomes.Select(o => new UcAnswer { ItemId = o, Importance = 4, Happens = 1 }).ToList(),
                });
            return await db.SaveChangesAsync();
        });
        return s;
    }

    private static async Task<string[]> NextStepsAsync(UcSetup s) =>
        (await (await s.Facilitator.GetAsync(s.Url("/local-report"))).HtmlAsync()).QuerySelectorAll("#next-steps li").Select(li => li.TextContent).ToArray();

    [Fact]
    public async Task LocalReport_DevelopmentEndingInAFullStop_HasNoDoubledPunctuation()
    {
        var s = await PhaseAsync(staffItem: "Each partner's roles and responsibilities are clear to me.");

        var steps = await NextStepsAsync(s);

        Assert.Contains("From the staff survey, work on the areas for development, starting with \"Each partner's roles and responsibilities are clear to me\".", steps);
        Assert.DoesNotContain(steps, t => t.Contains(".\".", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LocalReport_NothingHappens_SaysNoneNotOnlyZeroPercent()
    {
        var s = await PhaseAsync();

        var steps = await NextStepsAsync(s);

        Assert.Equal("\"Being treated with kindness and care\" is very important to 100% of families, but none say it always or usually happens. Agree with staff and families what would make it happen more often.", steps[0]);
        Assert.DoesNotContain(steps, t => t.Contains("only 0%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LocalReport_OneSeriousBarrier_IsSingular()
    {
        var s = await PhaseAsync(seriousBarrier: "Parking");

        var steps = await NextStepsAsync(s);

        Assert.Contains("Staff saw \"Parking\" as a serious barrier, but few families named it. Ask families before spending money on it.", steps);
    }

    [Fact]
    public async Task NewInterview_WhoWasInterviewed_IsInTheThirdPerson()
    {
        var s = await UcSetup.CreateAsync(app);
        await s.QuestionnaireAsync(UcStatus.Open);

        var doc = await (await s.Facilitator.GetAsync(s.Url("/interviews/new"))).HtmlAsync();

        var labels = doc.QuerySelectorAll("input[name=RespondentType] + label").Select(l => l.TextContent.Trim()).ToArray();
        Assert.Equal(["They use the service themselves", "They are a carer or family member of someone who uses it", "They were helping someone who uses it to answer"], labels);
        Assert.DoesNotContain("myself", doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task PhasePage_NothingPrinted_SaysSoInsteadOfZeroOfZero()
    {
        var s = await UcSetup.CreateAsync(app);
        await s.StaffRoundAsync(usable: 6, ThresholdKind.Count, threshold: 6);
        await s.QuestionnaireAsync(UcStatus.Open);

        var doc = await (await s.Coordinator.GetAsync(s.Url())).HtmlAsync();

        string Row(string key) => doc.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent == key).QuerySelector("dd")!.TextContent;
        Assert.Equal("No forms printed yet", Row("Postal questionnaire"));
        Assert.Equal("No codes printed yet", Row("Online with a printed code"));
        Assert.DoesNotContain("(%)", doc.QuerySelector("main")!.TextContent);
    }
}
