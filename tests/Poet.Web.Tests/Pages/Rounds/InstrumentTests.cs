using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Rounds;
using InstrumentModel = Poet.Web.Pages.Rounds.Instrument.IndexModel;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Rounds;

public class InstrumentTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static Dictionary<string, string> Item(string text = "The new building has brought the teams closer together.") =>
        new() { ["Section"] = "3", ["Text"] = text, ["Help"] = "For example, you now talk to colleagues every day." };

    [Fact]
    public async Task Get_Facilitator_SeesTheQuestionsWithoutEditing()
    {
        var s = await app.CoordinatorAsync(PartnershipRole.Facilitator);
        var rid = await app.CreateRoundAsync(s.Pid);
        var doc = await (await s.Client.GetAsync(RoundLinks.Instrument(s.Pid, rid))).HtmlAsync();
        Assert.Equal(50, doc.QuerySelectorAll("tr[id^='item-']").Length);
        Assert.Contains("The partnership has clear outcomes for the people it serves.", doc.QuerySelector("#item-ORG-PURPOSE-01")!.TextContent);
        Assert.Null(doc.QuerySelector($"a[href='{RoundLinks.AddItem(s.Pid, rid)}']"));
    }

    [Fact]
    public async Task Add_Draft_AddsLocalStatementAtTheEndOfItsSection()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        var response = await s.Client.PostFormAsync(RoundLinks.AddItem(s.Pid, rid), Item());
        response.AssertRedirect(RoundLinks.Instrument(s.Pid, rid));
        var item = await app.WithDbAsync(db => db.RoundItems.SingleAsync(i => i.RoundId == rid && i.IsLocal));
        Assert.Equal(("LOCAL-01", 3, "The new building has brought the teams closer together."), (item.ItemId, item.Section, item.Text));
        var doc = await (await s.Client.GetAsync(RoundLinks.Instrument(s.Pid, rid))).HtmlAsync();
        Assert.NotNull(doc.QuerySelector("#item-LOCAL-01 .govuk-tag"));
    }

    [Fact]
    public async Task Add_NothingEntered_ShowsErrors()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        var response = await s.Client.PostFormAsync(RoundLinks.AddItem(s.Pid, rid), new Dictionary<string, string> { ["Text"] = " ", ["Help"] = "" });
        Assert.Equal(["Enter the statement staff will agree or disagree with", "Select the section the statement belongs in"], (await response.HtmlAsync()).ErrorSummary().Order());
    }

    [Fact]
    public async Task Add_EleventhLocalStatement_IsRefused()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        for (var i = 0; i < InstrumentModel.MaxLocalItems; i++) (await s.Client.PostFormAsync(RoundLinks.AddItem(s.Pid, rid), Item($"Local {i}"))).AssertRedirect(RoundLinks.Instrument(s.Pid, rid));
        var response = await s.Client.PostFormAsync(RoundLinks.AddItem(s.Pid, rid), Item("One too many"), formUrl: RoundLinks.Templates(s.Pid, rid));
        Assert.Equal(["This round already has 10 local statements. Remove one before adding another."], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(10, await app.WithDbAsync(db => db.RoundItems.CountAsync(i => i.RoundId == rid && i.IsLocal)));
    }

    [Fact]
    public async Task Add_OpenRound_IsRefusedBecauseTheQuestionsAreFrozen()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid, RoundStatus.Open);
        var response = await s.Client.PostFormAsync(RoundLinks.AddItem(s.Pid, rid), Item(), formUrl: RoundLinks.Templates(s.Pid, rid));
        Assert.Equal([InstrumentModel.Frozen], (await response.HtmlAsync()).ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.RoundItems.AnyAsync(i => i.RoundId == rid && i.IsLocal)));
    }

    [Fact]
    public async Task Remove_LocalStatementInDraft_RemovesIt_ButOpenRoundKeepsIt()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        await s.Client.PostFormAsync(RoundLinks.AddItem(s.Pid, rid), Item());
        await s.Client.PostFormAsync(RoundLinks.AddItem(s.Pid, rid), Item("Second"));
        var ids = await app.WithDbAsync(db => db.RoundItems.Where(i => i.RoundId == rid && i.IsLocal).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());

        (await s.Client.PostFormAsync(RoundLinks.RemoveItem(s.Pid, rid, ids[0]), [])).AssertRedirect(RoundLinks.Instrument(s.Pid, rid));
        var form = RoundLinks.RemoveItem(s.Pid, rid, ids[1]);
        var token = await Http.AntiforgeryTokenAsync(s.Client, form);
        await app.WithDbAsync(db => db.Rounds.Where(r => r.Id == rid).ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RoundStatus.Open)));
        var refused = await s.Client.PostAsync(form, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal([InstrumentModel.Frozen], (await refused.HtmlAsync()).ErrorSummary());
        Assert.Equal([ids[1]], await app.WithDbAsync(db => db.RoundItems.Where(i => i.RoundId == rid && i.IsLocal).Select(i => i.Id).ToListAsync()));
    }

    [Fact]
    public async Task Remove_StandardStatement_IsNotFound()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        var standard = await app.WithDbAsync(db => db.RoundItems.Where(i => i.RoundId == rid).Select(i => i.Id).FirstAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await s.Client.GetAsync(RoundLinks.RemoveItem(s.Pid, rid, standard))).StatusCode);
    }
}

public class TemplatesTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static Dictionary<string, string> Templates(string invitationBody = "Hello {Name}, your link: {Link}") => new()
    {
        ["InvitationSubject"] = "Survey for {Partnership}", ["InvitationBody"] = invitationBody,
        ["ReminderSubject"] = "Reminder", ["ReminderBody"] = "Still time: {Link} (closes {ClosesOn})",
    };

    [Fact]
    public async Task Post_Valid_SavesTemplates()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        var doc = await (await s.Client.PostFormAsync(RoundLinks.Templates(s.Pid, rid), Templates())).HtmlAsync();
        Assert.Contains("Email templates saved", doc.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Equal("Hello {Name}, your link: {Link}", await app.WithDbAsync(db => db.Rounds.Where(r => r.Id == rid).Select(r => r.InvitationBody).SingleAsync()));
    }

    [Fact]
    public async Task Post_WithoutLink_ShowsError()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        var doc = await (await s.Client.PostFormAsync(RoundLinks.Templates(s.Pid, rid), Templates("Hello {Name}"))).HtmlAsync();
        Assert.Equal(["The invitation message must include {Link}, where each person's personal link goes"], doc.ErrorSummary());
    }

    [Fact]
    public async Task Post_UnknownPlaceholder_ShowsError()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        var doc = await (await s.Client.PostFormAsync(RoundLinks.Templates(s.Pid, rid), Templates("Hi {FirstName}: {Link}"))).HtmlAsync();
        Assert.Equal(["The invitation message uses {FirstName}, which POET does not know. Use only {Name}, {Partnership}, {Link}, {Code}, {CodeEntry}, {ClosesOn}, {Minutes}"], doc.ErrorSummary());
    }

    [Fact]
    public async Task Preview_FillsInExampleValuesWithoutSaving()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        var response = await s.Client.PostFormAsync(RoundLinks.Templates(s.Pid, rid) + "?handler=preview", Templates(), formUrl: RoundLinks.Templates(s.Pid, rid));
        var preview = (await response.HtmlAsync()).QuerySelector("#preview-invitation")!.TextContent;
        Assert.Contains("Hello Sam Example, your link: http://localhost/survey/example-personal-link", preview);
        Assert.StartsWith("Dear {Name}", await app.WithDbAsync(db => db.Rounds.Where(r => r.Id == rid).Select(r => r.InvitationBody).SingleAsync()));
    }
}
