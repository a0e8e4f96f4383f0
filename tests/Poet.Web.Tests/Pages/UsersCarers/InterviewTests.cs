using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

public class InterviewTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Post_NoConsent_KeepsNothingElse()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);
        var outcomes = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);

        var res = await s.Facilitator.PostFormAsync(s.Url("/interviews/new"), new()
        {
            ["Consent"] = "false", ["RespondentType"] = "CarerOrFamily", ["Notes"] = "Talked about the keyworker", ["Missing"] = "Transport",
            [$"Marks[{outcomes[0]}]"] = "MostImportant", ["Quotes[0]"] = "She is brilliant",
        });

        res.AssertRedirect(s.Url("/interviews"));
        var interview = await app.WithDbAsync(db => db.UcInterviews.Include(i => i.Marks).Include(i => i.Quotes).SingleAsync(i => i.QuestionnaireId == q.Id));
        Assert.False(interview.Consent);
        Assert.Equal(("", "", null), (interview.Notes, interview.Missing, interview.RespondentType));
        Assert.Empty(interview.Marks);
        Assert.Empty(interview.Quotes);
    }

    [Fact]
    public async Task Post_ConsentNotAnswered_ShowsError()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);

        var res = await s.Facilitator.PostFormAsync(s.Url("/interviews/new"), new() { ["Notes"] = "Notes" });

        Assert.Equal(["Select yes if the person agreed to the interview and to notes being kept"], (await res.HtmlAsync()).ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.UcInterviews.AnyAsync(i => i.QuestionnaireId == q.Id)));
    }

    [Fact]
    public async Task Get_NotesWithNamesAndPhone_AreMasked()
    {
        var s = await UcSetup.CreateAsync(app);
        await s.StaffRoundAsync(usable: 0, ThresholdKind.Count, threshold: 0, invited: 2, names: ["Priya Patel", "Tom Jones"]);
        var q = await s.QuestionnaireAsync(UcStatus.Open);
        var outcomes = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);
        await s.Facilitator.PostFormAsync(s.Url("/interviews/new"), new()
        {
            ["Consent"] = "true", ["RespondentType"] = "CarerOrFamily", ["Notes"] = "Mrs Patel is our keyworker; ring her on 07700 900123",
            [$"Marks[{outcomes[0]}]"] = "MostImportant", ["Quotes[0]"] = "Priya always calls back", ["QuoteOutcomes[0]"] = outcomes[1].ToString(),
        });
        var iid = await app.WithDbAsync(db => db.UcInterviews.Where(i => i.QuestionnaireId == q.Id).Select(i => i.Id).SingleAsync());

        var doc = await (await s.Coordinator.GetAsync(s.Url($"/interviews/{iid}"))).HtmlAsync();

        Assert.Equal("Mrs [removed] is our keyworker; ring her on [removed]", doc.QuerySelector("#notes")!.TextContent);
        Assert.Contains("“[removed] always calls back”", doc.Body!.TextContent);
        Assert.DoesNotContain("Patel", doc.Body!.TextContent);
        Assert.Equal("POET masked 2 names and 1 phone number in this interview, shown as [removed]. Check that nothing else in it could identify someone.",
            doc.QuerySelector("#masked")!.TextContent);
    }
}
