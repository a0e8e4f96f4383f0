using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

public class PostalTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static string Enter(UcSetup s, string reference) => s.Url("/postal/enter?reference=" + reference);

    private async Task<(UcSetup S, UcQuestionnaire Q, int FormId, int[] Outcomes)> OpenWithFormAsync(bool samePerson = false)
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open, samePersonMayKeyTwice: samePerson);
        var form = await s.PostalFormAsync(q.Id, "K7MP-X3QA");
        return (s, q, form, await s.ItemIdsAsync(q.Id, UcItemKind.Outcome));
    }

    private static Dictionary<string, string> Keying(int[] outcomes, string importanceOfFirst) => new()
    {
        ["Reference"] = "K7MP-X3QA", ["Values[type]"] = "2", [$"Values[imp-{outcomes[0]}]"] = importanceOfFirst, [$"Values[hap-{outcomes[0]}]"] = "1",
        [$"Values[top-{outcomes[0]}]"] = "1", ["Values[else]"] = "We would rather see the money spent on services",
    };

    [Fact]
    public async Task Get_UnknownReference_SaysSo()
    {
        var (s, _, _, _) = await OpenWithFormAsync();

        var doc = await (await s.Coordinator.GetAsync(Enter(s, "zz99"))).HtmlAsync();

        Assert.Equal(["No postal form has the reference ZZ99. Check the number printed on the form"], doc.ErrorSummary());
    }

    [Theory]
    [InlineData("pupu 6383")]
    [InlineData("PUPU6383")]
    [InlineData(" Pupu-6383 ")]
    [InlineData("pupu – 6383")]
    public async Task Get_ReferenceTypedInAnyCaseOrSpacing_OpensTheForm(string typed)
    {
        var (s, q, _, _) = await OpenWithFormAsync();
        await s.PostalFormAsync(q.Id, "PUPU-6383");

        var doc = await (await s.Coordinator.GetAsync(Enter(s, Uri.EscapeDataString(typed)))).HtmlAsync();

        Assert.Empty(doc.ErrorSummary());
        Assert.Equal("Key in return PUPU-6383 (first time)", doc.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Get_SecondKeyingBySamePerson_IsRefusedBeforeKeying()
    {
        var (s, _, _, outcomes) = await OpenWithFormAsync();
        (await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), Keying(outcomes, "4"), Enter(s, "K7MP-X3QA"))).AssertRedirect(s.Url("/postal"));

        var doc = await (await s.Coordinator.GetAsync(Enter(s, "k7mp%20x3qa"))).HtmlAsync();

        Assert.Equal(["You keyed in this return the first time. Someone else must key it in the second time"], doc.ErrorSummary());
        Assert.Null(doc.QuerySelector("textarea"));
    }

    [Fact]
    public async Task Post_SecondKeyingBySamePerson_IsRefused()
    {
        var (s, q, form, outcomes) = await OpenWithFormAsync();
        (await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), Keying(outcomes, "4"), Enter(s, "k7mp-x3qa"))).AssertRedirect(s.Url("/postal"));
        // The page no longer offers the form to the first keyer, so take the antiforgery token from another return's.
        await s.PostalFormAsync(q.Id, "ABCD-EFGH");

        var res = await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), Keying(outcomes, "4"), Enter(s, "ABCD-EFGH"));

        Assert.Equal(["You keyed in this return the first time. Someone else must key it in the second time"], (await res.HtmlAsync()).ErrorSummary());
        Assert.Equal(1, await app.WithDbAsync(db => db.UcPostalEntries.CountAsync(e => e.FormId == form)));
    }

    [Fact]
    public async Task Post_SamePersonAllowed_AgreeingKeyingsBecomeAResponse()
    {
        var (s, q, form, outcomes) = await OpenWithFormAsync(samePerson: true);
        await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), Keying(outcomes, "4"), Enter(s, "K7MP-X3QA"));

        var res = await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), Keying(outcomes, "4"), Enter(s, "K7MP-X3QA"));

        res.AssertRedirect(s.Url("/postal"));
        Assert.Equal(UcMethod.Postal, await app.WithDbAsync(db => db.UcResponses.Where(r => r.QuestionnaireId == q.Id && r.IsSubmitted).Select(r => r.Method).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.UcPostalEntries.CountAsync(e => e.FormId == form)));
    }

    [Fact]
    public async Task Post_DisagreementResolved_CountsWithTheChosenValue()
    {
        var (s, q, form, outcomes) = await OpenWithFormAsync();
        await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), Keying(outcomes, "4"), Enter(s, "K7MP-X3QA"));

        var second = await s.Facilitator.PostFormAsync(s.Url("/postal/enter"), Keying(outcomes, "3"), Enter(s, "K7MP-X3QA"));

        second.AssertRedirect(s.Url($"/postal/{form}"));
        Assert.False(await app.WithDbAsync(db => db.UcResponses.AnyAsync(r => r.QuestionnaireId == q.Id)));
        var compare = await (await s.Coordinator.GetAsync(s.Url($"/postal/{form}"))).HtmlAsync();
        var rows = compare.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains("How important: Being treated with kindness and care", rows[0].TextContent);
        Assert.Contains("Very important", rows[0].TextContent);
        Assert.Contains("Quite important", rows[0].TextContent);

        var resolve = await s.Coordinator.PostFormAsync(s.Url($"/postal/{form}"), new() { [$"Choice[imp-{outcomes[0]}]"] = "3" });

        resolve.AssertRedirect(s.Url("/postal"));
        var response = await app.WithDbAsync(db => db.UcResponses.Include(r => r.Answers).SingleAsync(r => r.QuestionnaireId == q.Id));
        Assert.Equal(3, response.Answers.Single(a => a.ItemId == outcomes[0]).Importance);
        Assert.Equal("We would rather see the money spent on services", response.AnythingElse);
        Assert.True(await app.WithDbAsync(db => db.UcForms.Where(f => f.Id == form).Select(f => f.Entered).SingleAsync()));
    }

    [Fact]
    public async Task Post_FormSaysSomethingElse_CountsWithTheValueOnTheForm()
    {   // issue 18: "the adjudicator can pick only one of the two keyed values, not a third (the paper may say something else)"
        var (s, q, form, outcomes) = await OpenWithFormAsync();
        await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), Keying(outcomes, "4"), Enter(s, "K7MP-X3QA"));
        var second = Keying(outcomes, "3");
        second["Values[else]"] = "We would rather see the money spent on service";
        await s.Facilitator.PostFormAsync(s.Url("/postal/enter"), second, Enter(s, "K7MP-X3QA"));
        var compare = await (await s.Coordinator.GetAsync(s.Url($"/postal/{form}"))).HtmlAsync();
        Assert.Equal(["Blank", "Very important", "Quite important", "Not very important", "Not at all important"],
            compare.QuerySelectorAll($"select[name='Other[imp-{outcomes[0]}]'] option").Select(o => o.TextContent));
        Assert.NotNull(compare.QuerySelector("textarea[name='Other[else]']"));

        var resolve = await s.Coordinator.PostFormAsync(s.Url($"/postal/{form}"), new()
        {
            [$"Choice[imp-{outcomes[0]}]"] = "other", [$"Other[imp-{outcomes[0]}]"] = "2",
            ["Choice[else]"] = "other", ["Other[else]"] = "We would rather see the money spent on services, not buildings",
        });

        resolve.AssertRedirect(s.Url("/postal"));
        var response = await app.WithDbAsync(db => db.UcResponses.Include(r => r.Answers).SingleAsync(r => r.QuestionnaireId == q.Id));
        Assert.Equal(2, response.Answers.Single(a => a.ItemId == outcomes[0]).Importance);
        Assert.Equal("We would rather see the money spent on services, not buildings", response.AnythingElse);
    }

    [Fact]
    public async Task Post_SomethingElseNotAnAnswer_SaysSoAndKeepsTheOtherChoice()
    {
        var (s, q, form, outcomes) = await OpenWithFormAsync();
        await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), Keying(outcomes, "4"), Enter(s, "K7MP-X3QA"));
        var second = Keying(outcomes, "3");
        second["Values[type]"] = "1";
        await s.Facilitator.PostFormAsync(s.Url("/postal/enter"), second, Enter(s, "K7MP-X3QA"));

        var res = await s.Coordinator.PostFormAsync(s.Url($"/postal/{form}"), new()
        {
            [$"Choice[imp-{outcomes[0]}]"] = "other", [$"Other[imp-{outcomes[0]}]"] = "9", ["Choice[type]"] = "1",
        });

        Assert.Equal(["Choose one of the answers for \"How important: Being treated with kindness and care\""], (await res.HtmlAsync()).ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.UcResponses.AnyAsync(r => r.QuestionnaireId == q.Id)));
        var page = await (await s.Coordinator.GetAsync(s.Url($"/postal/{form}"))).HtmlAsync();
        Assert.Null(page.QuerySelector("input[name='Choice[type]']")); // the choice made alongside was kept
        Assert.NotNull(page.QuerySelector($"input[name='Choice[imp-{outcomes[0]}]']"));
    }

    [Fact]
    public async Task Post_NoChoiceMade_StaysUnresolved()
    {
        var (s, q, form, outcomes) = await OpenWithFormAsync();
        await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), Keying(outcomes, "4"), Enter(s, "K7MP-X3QA"));
        await s.Facilitator.PostFormAsync(s.Url("/postal/enter"), Keying(outcomes, "3"), Enter(s, "K7MP-X3QA"));

        var res = await s.Coordinator.PostFormAsync(s.Url($"/postal/{form}"), []);

        Assert.Equal(["Choose the right value for each difference; 1 still to do"], (await res.HtmlAsync()).ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.UcResponses.AnyAsync(r => r.QuestionnaireId == q.Id)));
    }

    [Fact]
    public async Task Get_AlreadyEntered_SaysSo()
    {
        var (s, _, _, outcomes) = await OpenWithFormAsync(samePerson: true);
        await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), Keying(outcomes, "4"), Enter(s, "K7MP-X3QA"));
        await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), Keying(outcomes, "4"), Enter(s, "K7MP-X3QA"));

        var doc = await (await s.Coordinator.GetAsync(Enter(s, "K7MP-X3QA"))).HtmlAsync();

        Assert.Equal(["The return with reference K7MP-X3QA has already been entered"], doc.ErrorSummary());
    }

    [Fact]
    public async Task Post_FourTopChoices_ShowsError()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open, outcomes: ["A", "B", "C", "D"]);
        await s.PostalFormAsync(q.Id, "K7MP-X3QA");
        var outcomes = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);
        var fields = outcomes.ToDictionary(o => $"Values[top-{o}]", _ => "1");
        fields["Reference"] = "K7MP-X3QA";

        var res = await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), fields, Enter(s, "K7MP-X3QA"));

        Assert.Equal(["Tick no more than 3 outcomes that matter most. If the form has more ticked, leave them all blank"], (await res.HtmlAsync()).ErrorSummary());
    }
}
