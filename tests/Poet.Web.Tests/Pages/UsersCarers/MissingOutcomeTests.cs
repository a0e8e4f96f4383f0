using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.UsersCarers;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

/// <summary>Every version asks whether anything is missing from the list (brief §2 step 11, aim (a)), and the local report reads the answers.</summary>
public class MissingOutcomeTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<UcSetup> ClosedWithReturnsAsync(int returns, params string[] missing)
    {
        var s = await UcSetup.CreateAsync(app);
        await s.StaffRoundAsync(6, ThresholdKind.Count, 5);
        var q = await s.QuestionnaireAsync(UcStatus.Closed);
        var outcomes = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);
        await app.WithDbAsync(async db =>
        {
            for (var n = 0; n < returns; n++)
                db.UcResponses.Add(new UcResponse
                {
                    Id = Guid.NewGuid(), QuestionnaireId = q.Id, Method = UcMethod.Link, IsSubmitted = true, MissingOutcomes = n < missing.Length ? missing[n] : "",
                    RespondentType = UcRespondentType.CarerOrFamily,
                    Answers = outcomes.Select(o => new UcAnswer { ItemId = o, Importance = 4, Happens = 3 }).ToList(),
                });
            return await db.SaveChangesAsync();
        });
        return s;
    }

    [Fact]
    public async Task LocalReport_AFamilysMissingOutcome_IsRead()
    {
        var s = await ClosedWithReturnsAsync(5, "Support for our other children, the brothers and sisters");

        var doc = await (await s.Facilitator.GetAsync(s.Url("/local-report"))).HtmlAsync();

        Assert.Contains("What families said is missing from the list of outcomes, similar answers grouped together:", doc.Body!.TextContent);
        Assert.Equal("Support for our other children, the brothers and sisters", doc.QuerySelector("#missing li")!.TextContent);
        Assert.Contains("Consider adding what families said was missing to the agreed outcomes: \"Support for our other children, the brothers and sisters\".",
            doc.QuerySelector("#next-steps")!.TextContent);
    }

    [Fact]
    public async Task LocalReport_SimilarAnswers_AreGroupedAndNamesMasked()
    {
        var s = await ClosedWithReturnsAsync(6, "Help with respite and short breaks", "Short breaks and respite help\nA named worker", "Ring me on 0121 496 0000 about respite and short breaks");

        var doc = await (await s.Facilitator.GetAsync(s.Url("/local-report"))).HtmlAsync();

        var groups = doc.QuerySelectorAll("#missing > li").ToList();
        var grouped = groups.Single(g => g.QuerySelectorAll("li").Length > 1);
        Assert.Matches(@"^.*short breaks.* \(3 answers\)", grouped.TextContent.Trim().Split('\n')[0].Trim().ToLowerInvariant());
        Assert.Contains(grouped.QuerySelectorAll("li"), li => li.TextContent == "Ring me on [removed] about respite and short breaks");
        Assert.Contains(groups, g => g.TextContent == "A named worker");
        Assert.DoesNotContain("0121 496 0000", doc.Body!.TextContent);
    }

    [Fact]
    public async Task LocalReport_FourReturns_ShowsNoMissingAnswers()
    {
        var s = await ClosedWithReturnsAsync(4, "Support for brothers and sisters");

        var doc = await (await s.Facilitator.GetAsync(s.Url("/local-report"))).HtmlAsync();

        Assert.Null(doc.QuerySelector("#missing"));
        Assert.DoesNotContain("Support for brothers and sisters", doc.Body!.TextContent);
    }

    [Fact]
    public async Task GetMissing_ShowsTheQuestionAndTheList()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);
        var client = app.NewClient();
        await client.PostFormAsync($"/uc/{q.LinkKey}", []);

        var doc = await (await client.GetAsync($"/uc/{q.LinkKey}/missing")).HtmlAsync();

        Assert.Equal("Is anything missing from this list that matters to you or your family?", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Being treated with kindness and care", "Services responding quickly", "Being offered home visits"],
            doc.QuerySelectorAll("#outcome-list li").Select(li => li.TextContent));
        Assert.Equal("What is missing (optional)", doc.QuerySelector("label[for=Text]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Check_ShowsTheMissingAnswer()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);
        var client = app.NewClient();
        await client.PostFormAsync($"/uc/{q.LinkKey}", []);
        await client.PostFormAsync($"/uc/{q.LinkKey}/missing", new() { ["Text"] = "Help with money" });

        var doc = await (await client.GetAsync($"/uc/{q.LinkKey}/check")).HtmlAsync();

        var row = doc.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent == "Missing from the list");
        Assert.Equal("Help with money", row.QuerySelector(".govuk-summary-list__value")!.TextContent);
    }

    [Fact]
    public async Task PostalKeying_MissingAnswer_IsLabelledAndStored()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open, samePersonMayKeyTwice: true);
        await s.PostalFormAsync(q.Id, "K7MP-X3QA");
        var keying = new Dictionary<string, string> { ["Reference"] = "K7MP-X3QA", ["Values[type]"] = "2", ["Values[missing]"] = "Someone to talk to at night" };

        var form = await (await s.Coordinator.GetAsync(s.Url("/postal/enter?reference=K7MP-X3QA"))).HtmlAsync();
        await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), keying, s.Url("/postal/enter?reference=K7MP-X3QA"));
        await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), keying, s.Url("/postal/enter?reference=K7MP-X3QA"));

        Assert.Equal("Missing from the list of outcomes (written)", form.QuerySelector("label[for=Values_missing_]")!.TextContent);
        Assert.Equal("Someone to talk to at night", await app.WithDbAsync(db => db.UcResponses.Where(r => r.QuestionnaireId == q.Id).Select(r => r.MissingOutcomes).SingleAsync()));
    }

    [Fact]
    public void Group_SameMeaning_OneGroupLabelledByTheMostCentral()
    {
        var groups = MissingOutcomes.Group(["Help with respite and short breaks", "Short breaks and respite help", "A named worker"]);

        Assert.Equal(2, groups.Count);
        Assert.Equal(2, groups[0].Answers.Count);
        Assert.Equal(["A named worker"], groups[1].Answers);
    }
}
