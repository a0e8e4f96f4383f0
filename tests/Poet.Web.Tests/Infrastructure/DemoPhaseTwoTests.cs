using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Poet.Analysis.Text;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Infrastructure;

/// <summary>The demo's closed phase two shows the pilot's figures and dissonance (line numbers are poet-brief.md's).</summary>
public class DemoPhaseTwoTests(PoetApp app) : IClassFixture<PoetApp>, IAsyncLifetime
{
    private HttpClient _coordinator = null!;
    private int _pid;

    public async Task InitializeAsync()
    {
        string password;
        using (var scope = app.Services.CreateScope()) password = await DemoData.SeedAsync(scope.ServiceProvider);
        _pid = await app.WithDbAsync(db => db.Partnerships.Where(p => p.Name == DemoData.PartnershipName).Select(p => p.Id).SingleAsync());
        _coordinator = app.NewClient();
        (await _coordinator.PostFormAsync("/account/sign-in", new() { ["Email"] = DemoData.CoordinatorEmail, ["Password"] = password })).AssertRedirect("/partnerships");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Seed_ClosedQuestionnaireFromTheAgreedList()
    {
        var (status, outcomes, agreed) = await app.WithDbAsync(async db => (
            await db.UcQuestionnaires.Where(q => q.PartnershipId == _pid).Select(q => q.Status).SingleAsync(),
            await db.UcItems.Where(i => db.UcQuestionnaires.Any(q => q.Id == i.QuestionnaireId && q.PartnershipId == _pid) && i.Kind == UcItemKind.Outcome)
                .OrderBy(i => i.Order).Select(i => i.Text).ToListAsync(),
            await db.AgreedLists.Where(l => l.PartnershipId == _pid).SelectMany(l => l.Items).OrderBy(i => i.Order).Select(i => i.Wording).ToListAsync()));

        Assert.Equal(UcStatus.Closed, status);
        Assert.Equal(DemoOutcomeList.AgreedOutcomes, outcomes);
        Assert.Equal(agreed, outcomes);
    }

    [Fact]
    public async Task Report_PostalTenPercentOf520AndSevenInterviews()
    {   // L271 and L290: postal 10%, n = 52, so about 520 mailed; L133: seven interviews
        var doc = await (await _coordinator.GetAsync($"/partnerships/{_pid}/users-carers/report")).HtmlAsync();

        var postal = doc.QuerySelector("#methods tbody tr")!.Children.Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["Postal questionnaire", "52", "520", "10%"], postal);
        Assert.Contains("7 interviews recorded with consent", doc.Body!.TextContent);
    }

    [Fact]
    public async Task LocalReport_ShowsTheStaffFamilyDissonance()
    {   // L256-258: families rank the building, parking and its surroundings least, and do not mind repeating their story
        var doc = await (await _coordinator.GetAsync($"/partnerships/{_pid}/users-carers/local-report")).HtmlAsync();

        // Staff votes against families' "very important" share, ranks by hand: sum d² = 256, rho = 1 - 6·256 / (11·120) = -0.16.
        Assert.Contains("order: -0.16 (", doc.QuerySelector("#rho")!.TextContent);
        // Bonett and Wright (2000): tanh(atanh(-0.1636) ± 1.96·sqrt((1 + 0.1636²/2) / (11 - 3))) = -0.698 and 0.487 (by hand).
        Assert.Contains("With 11 outcomes compared, the true value could lie anywhere from -0.70 to 0.49 (95% interval).", doc.QuerySelector("#rho")!.TextContent);
        Assert.Equal("Only outcomes whose two ranks are at least 2 places apart are listed; smaller moves are within what a few answers either way could change.",
            doc.QuerySelector("#differences-note")!.TextContent);
        Assert.Equal(
            ["A welcoming building: staff rank 1, families' rank 11", "Telling our story once, not repeating it: staff rank 2, families' rank 10", "Being treated with kindness and care: staff rank 9, families' rank 2"],
            doc.QuerySelectorAll("#disagreements li").Select(li => li.TextContent));
        Assert.Equal(
            ["Getting to the building (4 of 52)", "Having to repeat the same information to different staff (3 of 52)", "Parking (2 of 52)", "The area around the building (1 of 52)"],
            doc.QuerySelectorAll("#serious-not-families li").Select(li => li.TextContent));
        Assert.Equal("Having one professional to co-ordinate our support", doc.QuerySelector("#grid tbody tr th")!.TextContent);
        // What families said is missing, grouped by meaning (issue 18): the demo's three respite answers are one group.
        Assert.Equal(["Help getting respite and short breaks (3 answers)", "Support for brothers and sisters"],
            doc.QuerySelectorAll("#missing > li").Select(li => li.TextContent.Split('\n')[0].Trim()));
    }

    [Fact]
    public async Task LocalReport_ApprovedQuotesOnlyAndNamesMasked()
    {
        var doc = await (await _coordinator.GetAsync($"/partnerships/{_pid}/users-carers/local-report")).HtmlAsync();

        var quotes = doc.QuerySelectorAll(".quote").Select(q => q.TextContent).ToArray();
        Assert.Equal(7, quotes.Length);
        Assert.DoesNotContain(quotes, q => q.Contains("written plan twice"));
        var said = doc.QuerySelector("#anything-else")!.TextContent;
        Assert.Contains($"Our keyworker {Redactor.Placeholder} {Redactor.Placeholder} has been wonderful.", said);
        Assert.DoesNotContain("Amara", said);
        Assert.DoesNotContain("Adeyemi", said);
        Assert.DoesNotContain("07700", said);
        Assert.NotEmpty(doc.QuerySelectorAll("#celebrations li"));
        Assert.Contains("\"Having one professional to co-ordinate our support\" is very important to 90% of families", doc.QuerySelector("#next-steps")!.TextContent);
    }

    [Fact]
    public async Task StaffPriorities_NoneEntered_AreFilledFromTheWorkshopVotes()
    {   // issue 18: staff priorities were typed in again though POET holds the workshop's votes
        await app.WithDbAsync(db => db.UcItems.Where(i => db.UcQuestionnaires.Any(q => q.Id == i.QuestionnaireId && q.PartnershipId == _pid))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.StaffSupport, (int?)null)));

        var doc = await (await _coordinator.GetAsync($"/partnerships/{_pid}/users-carers/staff-priorities")).HtmlAsync();

        Assert.Equal(Poet.Web.Pages.UsersCarers.StaffPrioritiesModel.FromWorkshopNote, doc.QuerySelector("#from-workshop")?.TextContent);
        // The demo workshop's votes per agreed outcome (DemoOutcomeList seeds DemoPhaseTwo.StaffVotes as 81 votes).
        var inputs = doc.QuerySelectorAll("form input[name^='Support[']").ToList();
        Assert.Equal(DemoPhaseTwo.StaffVotes.Select(v => v.ToString()), inputs.Select(i => i.GetAttribute("value")));

        // Saving them as shown puts the demo back as it was (the other tests of this class read them).
        var fields = inputs.Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!))
            .Concat(doc.QuerySelectorAll("input[name=Serious][checked]").Select(i => new KeyValuePair<string, string>("Serious", i.GetAttribute("value")!)));
        (await _coordinator.PostFormAsync($"/partnerships/{_pid}/users-carers/staff-priorities", fields)).AssertRedirect($"/partnerships/{_pid}/users-carers");
        Assert.Equal(DemoPhaseTwo.StaffVotes.Select(v => (int?)v), await app.WithDbAsync(db => db.UcItems
            .Where(i => i.Kind == UcItemKind.Outcome && db.UcQuestionnaires.Any(q => q.Id == i.QuestionnaireId && q.PartnershipId == _pid))
            .OrderBy(i => i.Order).Select(i => i.StaffSupport).ToListAsync()));
    }
}
