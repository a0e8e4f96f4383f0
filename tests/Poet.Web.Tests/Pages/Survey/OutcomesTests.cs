using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Survey;

public class OutcomesTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(Invitee Invitee, HttpClient Client)> StartedAsync()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        return (invitee, await app.StartAsync(invitee));
    }

    private static Dictionary<string, string> Rows(string button, params (string Outcome, string Rationale)[] rows)
    {
        var fields = new Dictionary<string, string> { ["Button"] = button };
        for (var n = 0; n < rows.Length; n++)
        {
            fields[$"Rows[{n}].Outcome"] = rows[n].Outcome;
            fields[$"Rows[{n}].Rationale"] = rows[n].Rationale;
        }
        return fields;
    }

    [Fact]
    public async Task Get_New_ShowsOneEmptyRowWithPromptsAndExample()
    {
        var (invitee, client) = await StartedAsync();
        var doc = await (await client.GetAsync(invitee.Link + "/outcomes")).HtmlAsync();
        Assert.Single(doc.QuerySelectorAll("textarea[name$='.Outcome']"));
        Assert.Equal("Why and how will the partnership achieve it?", doc.QuerySelector("label[for=Rows_0__Rationale]")!.TextContent);
        Assert.Equal("See an example", doc.QuerySelector("details summary")!.TextContent.Trim());
        Assert.Equal("Add another outcome", doc.QuerySelector("button[value=add]")!.TextContent);
    }

    [Fact]
    public async Task Post_AddAnother_SavesAndShowsAnExtraEmptyRow()
    {
        var (invitee, client) = await StartedAsync();
        var response = await client.PostFormAsync(invitee.Link + "/outcomes", Rows("add", ("Families tell their story once", "One shared assessment")));
        response.AssertRedirect(invitee.Link + "/outcomes?blank=1");
        var doc = await (await client.GetAsync(response.Location())).HtmlAsync();
        Assert.Equal(["Families tell their story once", ""], doc.QuerySelectorAll("textarea[name$='.Outcome']").Select(t => t.TextContent));
        var stored = (await app.ResponseOfAsync(invitee.Token))!;
        Assert.Equal("One shared assessment", Assert.Single(stored.Outcomes).Rationale);
    }

    [Fact]
    public async Task Post_Remove_DropsThatRowAndKeepsTheOthers()
    {
        var (invitee, client) = await StartedAsync();
        await client.PostFormAsync(invitee.Link + "/outcomes", Rows("continue", ("A", "a"), ("B", "b"), ("C", "c")));
        var response = await client.PostFormAsync(invitee.Link + "/outcomes", Rows("remove-1", ("A", "a"), ("B", "b"), ("C", "c")));
        response.AssertRedirect(invitee.Link + "/outcomes");
        var stored = (await app.ResponseOfAsync(invitee.Token))!;
        Assert.Equal([("A", 1), ("C", 2)], stored.Outcomes.OrderBy(o => o.Order).Select(o => (o.Outcome, o.Order)));
    }

    [Fact]
    public async Task Post_Continue_IgnoresEmptyRowsAndGoesToCheck()
    {
        var (invitee, client) = await StartedAsync();
        var response = await client.PostFormAsync(invitee.Link + "/outcomes", Rows("continue", ("", " "), ("Quicker responses", ""), ("", "")));
        response.AssertRedirect(invitee.Link + "/check");
        var stored = (await app.ResponseOfAsync(invitee.Token))!;
        Assert.Equal("Quicker responses", Assert.Single(stored.Outcomes).Outcome);
        Assert.Equal(4, stored.LastSectionSaved);
    }

    [Fact]
    public async Task Post_OverlongRationaleAndMissingOutcome_ShowErrorsAndSaveNothing()
    {
        var (invitee, client) = await StartedAsync();
        var response = await client.PostFormAsync(invitee.Link + "/outcomes", Rows("continue", ("Fine", new string('z', 1001)), ("", "A reason without an outcome")));
        Assert.Equal(["The explanation for outcome 1 must be 1,000 characters or fewer", "Enter outcome 2, or clear its explanation"],
            (await response.HtmlAsync()).ErrorSummary());
        Assert.Empty((await app.ResponseOfAsync(invitee.Token))!.Outcomes);
    }

    [Fact]
    public async Task Post_SixteenRows_ShowsLimitError()
    {
        var (invitee, client) = await StartedAsync();
        var rows = Enumerable.Range(1, 16).Select(n => ($"Outcome {n}", "")).ToArray();
        var response = await client.PostFormAsync(invitee.Link + "/outcomes", Rows("continue", rows));
        Assert.Equal(["You can give up to 15 outcomes. Remove the ones you do not need"], (await response.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Get_FifteenSaved_OffersNoAddButton()
    {
        var (invitee, client) = await StartedAsync();
        var rows = Enumerable.Range(1, 15).Select(n => ($"Outcome {n}", "")).ToArray();
        await client.PostFormAsync(invitee.Link + "/outcomes", Rows("continue", rows));
        var doc = await (await client.GetAsync(invitee.Link + "/outcomes?blank=1")).HtmlAsync();
        Assert.Equal(15, doc.QuerySelectorAll("textarea[name$='.Outcome']").Length);
        Assert.Null(doc.QuerySelector("button[value=add]"));
    }
}
