using Microsoft.EntityFrameworkCore;
using Poet.Data.Documents;
using Poet.Data.Entities;
using Poet.Web.Pages.UsersCarers;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

/// <summary>A new questionnaire starts from the bank for the partnership's client group, not from the children's pilot.</summary>
public class QuestionBankTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static readonly string[] PilotOnly =
        ["Education or school support", "Parking", "I would rather money was spent on services than on buildings"];

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> CreatedQuestionnaireAsync(string? code, string clientGroup)
    {
        var s = await UcSetup.CreateAsync(app);
        await s.StaffRoundAsync(usable: 6, ThresholdKind.Count, threshold: 6);
        await app.WithDbAsync(async db =>
        {
            var p = await db.Partnerships.SingleAsync(x => x.Id == s.Pid);
            (p.ClientGroupCode, p.ClientGroup) = (code, clientGroup);
            return await db.SaveChangesAsync();
        });
        (await s.Coordinator.PostFormAsync(s.Url() + "?handler=Create", [], formUrl: s.Url())).AssertRedirect(s.Url("/questionnaire"));
        return await (await s.Coordinator.GetAsync(s.Url("/questionnaire"))).HtmlAsync();
    }

    private static string Field(AngleSharp.Html.Dom.IHtmlDocument doc, string name) => doc.QuerySelector($"textarea[name={name}]")!.TextContent;

    [Fact]
    public async Task Create_MentalHealthPartnership_StartsFromTheMentalHealthBank()
    {
        var doc = await CreatedQuestionnaireAsync("mental-health", "Adults with severe mental illness");

        Assert.Contains("Help in a crisis", Field(doc, "Services"));
        Assert.Contains("Worry about what other people think (stigma)", Field(doc, "Barriers"));
        Assert.Contains("Staff treat me with respect", Field(doc, "Statements"));
        var all = Field(doc, "Services") + Field(doc, "Barriers") + Field(doc, "Statements");
        Assert.All(PilotOnly, pilot => Assert.DoesNotContain(pilot, all));
    }

    [Fact]
    public async Task Create_CarersWrittenInTheProfile_StartsFromTheCarersBank()
    {
        var doc = await CreatedQuestionnaireAsync("other", "Carers of older people");

        Assert.Contains("A carer's assessment", Field(doc, "Services"));
        Assert.Contains("Finding time to get help for myself", Field(doc, "Barriers"));
        Assert.Contains("I get a break from caring when I need one", Field(doc, "Statements"));
    }

    [Theory]
    [InlineData("children-families", "", "Support at nursery, school or college")]
    [InlineData("learning-disabilities", "", "I make my own choices")]
    [InlineData("older-people", "", "I feel safe in my home")]
    [InlineData(null, "Older people and their carers", "I feel safe in my home")]
    [InlineData(null, "", "Help that stops after a short time")]
    public void For_ClientGroup_ChoosesItsSet(string? code, string clientGroup, string expected)
    {
        var set = UcQuestionBank.Current.For(new Partnership { ClientGroupCode = code, ClientGroup = clientGroup });

        Assert.Contains(expected, set.Services.Concat(set.Barriers).Concat(set.Statements));
        Assert.All(PilotOnly, pilot => Assert.DoesNotContain(pilot, set.Services.Concat(set.Barriers).Concat(set.Statements)));
    }

    [Fact]
    public async Task Questionnaire_CoordinatorEditsTheStartingBarriers_KeepsTheirOwn()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Draft);

        var res = await s.Coordinator.PostFormAsync(s.Url("/questionnaire"), new()
        {
            ["Outcomes"] = "Feeling safe", ["Services"] = "A care coordinator", ["Barriers"] = "Buses that do not run in the evening",
            ["Statements"] = "One\nTwo\nThree", ["CoveringLetter"] = "Dear friend",
        });

        res.AssertRedirect(s.Url("/questionnaire"));
        Assert.Equal(["Buses that do not run in the evening"], await app.WithDbAsync(db =>
            db.UcItems.Where(i => i.QuestionnaireId == q.Id && i.Kind == UcItemKind.Barrier).Select(i => i.Text).ToListAsync()));
    }

    [Fact]
    public void InterviewPack_QuestionSeven_NamesTheQuestionnairesOwnBarriers()
    {
        var pdf = UsersCarersForms.InterviewPack(new("Riverside", "What matters to you", "Dear friend", ["Feeling safe"], ["A care coordinator"],
            ["Waiting for services", "Not knowing who to call in a crisis"], ["One", "Two", "Three"]));

        Assert.True(pdf.Mentions("7. What gets in the way of getting help? Other people have mentioned: Waiting for services; Not knowing who to call in a crisis. Do any of these get in the way for you, or something else?"));
        Assert.False(pdf.Mentions("parking"));
        Assert.False(pdf.Mentions("reaching the building"));
    }
}
