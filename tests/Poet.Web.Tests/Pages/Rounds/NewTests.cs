using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Rounds;

public class NewTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static Dictionary<string, string> Form(DateOnly opens, DateOnly closes, string kind = "Percent", string value = "30", string reminders = "7,14") => new()
    {
        ["Form.Title"] = "Spring 2027", ["Form.Opens.Day"] = opens.Day.ToString(), ["Form.Opens.Month"] = opens.Month.ToString(), ["Form.Opens.Year"] = opens.Year.ToString(),
        ["Form.Closes.Day"] = closes.Day.ToString(), ["Form.Closes.Month"] = closes.Month.ToString(), ["Form.Closes.Year"] = closes.Year.ToString(),
        ["Form.ThresholdKind"] = kind, ["Form.ThresholdValue"] = value, ["Form.ReminderDays"] = reminders,
    };

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Post_Valid_CreatesDraftRoundWithTheBankAndDefaultTemplates()
    {
        var s = await app.CoordinatorAsync();
        var response = await s.Client.PostFormAsync(RoundLinks.New(s.Pid), Form(Today, Today.AddDays(21)));

        var round = await app.WithDbAsync(db => db.Rounds.Include(r => r.Items).SingleAsync(r => r.PartnershipId == s.Pid));
        response.AssertRedirect(RoundLinks.Dashboard(s.Pid, round.Id));
        Assert.Equal(RoundStatus.Draft, round.Status);
        Assert.Equal("poet-staff-1.0", round.InstrumentVersion);
        Assert.Equal(50, round.Items.Count);
        Assert.Contains(round.Items, i => i.ItemId == "ORG-PURPOSE-01" && i.Text == "The partnership has clear outcomes for the people it serves.");
        Assert.Equal(16, round.CodeSalt.Length);
        Assert.Equal((ThresholdKind.Percent, 30, "7,14"), (round.ThresholdKind, round.ThresholdValue, round.ReminderDays));
        Assert.Equal(MessageTemplates.InvitationBody, round.InvitationBody);
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "round.created")));
    }

    [Fact]
    public async Task Get_ReminderDaysDefaultToSevenAndFourteen()
    {
        var s = await app.CoordinatorAsync();
        var doc = await (await s.Client.GetAsync(RoundLinks.New(s.Pid))).HtmlAsync();
        Assert.Equal("7,14", doc.QuerySelector("#Form_ReminderDays")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_NothingEntered_ShowsAnErrorForEachField()
    {
        var s = await app.CoordinatorAsync();
        // As a browser sends it: every text box, empty; no radio chosen.
        var empty = Form(Today, Today).Where(f => f.Key != "Form.ThresholdKind").ToDictionary(f => f.Key, _ => "");
        var response = await s.Client.PostFormAsync(RoundLinks.New(s.Pid), empty);
        Assert.Equal(
        [
            "Enter a title for the round", "Enter the opening date", "Enter the closing date",
            "Select whether the threshold is a percentage or a number of responses", "Enter the minimum response threshold",
        // Summary order is the shared partial's (ModelState's); this test is about the messages.
        ], (await response.HtmlAsync()).ErrorSummary().OrderBy(e => e.StartsWith("Enter a title") ? 0 : e.StartsWith("Enter the opening") ? 1 : e.StartsWith("Enter the closing") ? 2 : e.StartsWith("Select") ? 3 : 4));
        Assert.False(await app.WithDbAsync(db => db.Rounds.AnyAsync(r => r.PartnershipId == s.Pid)));
    }

    [Fact]
    public async Task Post_BadDates_SayWhatIsWrongWithEach()
    {
        var s = await app.CoordinatorAsync();
        var form = Form(Today, Today.AddDays(10));
        form["Form.Opens.Month"] = "";
        form["Form.Closes.Day"] = "31";
        form["Form.Closes.Month"] = "2";
        var errors = (await (await s.Client.PostFormAsync(RoundLinks.New(s.Pid), form)).HtmlAsync()).ErrorSummary();
        Assert.Equal(["Opening date must include a month", "Closing date must be a real date"], errors);
    }

    [Fact]
    public async Task Post_ClosingBeforeOpening_ShowsError()
    {
        var s = await app.CoordinatorAsync();
        var errors = (await (await s.Client.PostFormAsync(RoundLinks.New(s.Pid), Form(Today.AddDays(10), Today.AddDays(3)))).HtmlAsync()).ErrorSummary();
        Assert.Equal(["Closing date must be after the opening date"], errors);
    }

    [Theory]
    [InlineData("Percent", "150", "A percentage threshold must be between 1 and 100")]
    [InlineData("Count", "0", "A number of responses must be between 1 and 100,000")]
    [InlineData("Count", "thirty", "Threshold must be a whole number, like 30")]
    public async Task Post_BadThreshold_ShowsError(string kind, string value, string message)
    {
        var s = await app.CoordinatorAsync();
        var errors = (await (await s.Client.PostFormAsync(RoundLinks.New(s.Pid), Form(Today, Today.AddDays(9), kind, value))).HtmlAsync()).ErrorSummary();
        Assert.Equal([message], errors);
    }

    [Fact]
    public async Task Post_BadReminderDays_ShowsError()
    {
        var s = await app.CoordinatorAsync();
        var errors = (await (await s.Client.PostFormAsync(RoundLinks.New(s.Pid), Form(Today, Today.AddDays(9), reminders: "7, next week"))).HtmlAsync()).ErrorSummary();
        Assert.Equal(["Enter reminder days as whole numbers from 1 to 365, separated by commas, like 7,14"], errors);
    }

    [Fact]
    public async Task Get_Facilitator_IsNotFound()
    {
        var s = await app.CoordinatorAsync(PartnershipRole.Facilitator);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Client.GetAsync(RoundLinks.New(s.Pid))).StatusCode);
    }

    [Fact]
    public async Task Get_OtherPartnershipsCoordinator_IsNotFound()
    {
        var a = await app.CoordinatorAsync();
        var b = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(a.Pid);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync(RoundLinks.New(a.Pid))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync(RoundLinks.Dashboard(b.Pid, rid))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync(RoundLinks.Roster(a.Pid, rid))).StatusCode);
    }
}

public class SettingsTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Post_Draft_SavesNewSettings()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        var doc = await (await s.Client.GetAsync(RoundLinks.Settings(s.Pid, rid))).HtmlAsync();
        Assert.Equal("Spring survey", doc.QuerySelector("#Form_Title")?.GetAttribute("value"));

        var closes = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);
        var fields = doc.QuerySelectorAll("form input[name^='Form.']").Where(i => i.GetAttribute("type") != "radio")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["Form.ThresholdKind"] = "Count";
        fields["Form.ThresholdValue"] = "180";
        fields["Form.Closes.Day"] = closes.Day.ToString();
        fields["Form.Closes.Month"] = closes.Month.ToString();
        fields["Form.Closes.Year"] = closes.Year.ToString();
        var response = await s.Client.PostFormAsync(RoundLinks.Settings(s.Pid, rid), fields);

        response.AssertRedirect(RoundLinks.Dashboard(s.Pid, rid));
        var round = await app.WithDbAsync(db => db.Rounds.SingleAsync(r => r.Id == rid));
        Assert.Equal((ThresholdKind.Count, 180, closes), (round.ThresholdKind, round.ThresholdValue, round.ClosesOn));
    }

    [Fact]
    public async Task Post_OpenRound_IsRefused()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid, RoundStatus.Open);
        var response = await s.Client.PostFormAsync(RoundLinks.Settings(s.Pid, rid), new Dictionary<string, string> { ["Form.Title"] = "Changed" },
            formUrl: RoundLinks.Templates(s.Pid, rid));
        Assert.Equal([SettingsModel.NotDraft], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal("Spring survey", await app.WithDbAsync(db => db.Rounds.Where(r => r.Id == rid).Select(r => r.Title).SingleAsync()));
    }
}
