using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Support;
using InvitationsModel = Poet.Web.Pages.Rounds.Invitations.IndexModel;

namespace Poet.Web.Tests.Pages.Rounds;

public partial class InvitationsTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<IReadOnlyList<MimeMessage>> MailToAsync(string address)
    {
        if (!Directory.Exists(app.OutboxFolder)) return [];
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(app.OutboxFolder, "*.eml")) messages.Add(await MimeMessage.LoadAsync(file));
        return messages.Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();
    }

    [Fact]
    public async Task Send_OpenRound_DeliversPersonalLinksWhoseHashMatchesAnAccessCode()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid, RoundStatus.Open);
        var council = await app.PartnerIdAsync(s.Pid, "Council");
        var email = $"ana-{Guid.NewGuid():N}@example.org";
        var invitationId = await app.AddInvitationAsync(rid, council, email);
        await app.AddInvitationAsync(rid, council);

        var response = await s.Client.PostFormAsync(RoundLinks.Invitations(s.Pid, rid) + "?handler=send", [], formUrl: RoundLinks.Invitations(s.Pid, rid));
        response.AssertRedirect(RoundLinks.Invitations(s.Pid, rid));
        Assert.Equal(2, await app.WithDbAsync(db => db.Emails.CountAsync(m => m.Kind == EmailKind.SurveyInvitation && db.Invitations.Any(i => i.Id == m.InvitationId && i.RoundId == rid))));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "invitations.sent")));

        await app.Get<Outbox>().SendPendingAsync();

        var mail = Assert.Single(await MailToAsync(email));
        Assert.Equal($"Invitation to {await app.WithDbAsync(db => db.Partnerships.Where(p => p.Id == s.Pid).Select(p => p.Name).SingleAsync())}", mail.Subject);
        var token = SurveyLink().Match(mail.TextBody ?? "").Groups[1].Value;
        Assert.NotEmpty(token);
        var hash = AccessCodes.TokenHash(token);
        Assert.True(await app.WithDbAsync(db => db.AccessCodes.AnyAsync(c => c.InvitationId == invitationId && c.TokenHash == hash)));
        var invitation = await app.WithDbAsync(db => db.Invitations.SingleAsync(i => i.Id == invitationId));
        Assert.Equal(SendStatus.Sent, invitation.SendStatus);
        Assert.NotNull(invitation.SentUtc);
        Assert.Equal("0 people", (await (await s.Client.GetAsync(RoundLinks.Invitations(s.Pid, rid))).HtmlAsync()).QuerySelector("#count-not-sent")!.TextContent + " people");
    }

    [Fact]
    public async Task Send_DefaultTemplate_SaysTheMinutesThePrintedLetterSays()
    {   // issue 15 item 8: the email said "about 20 minutes" and the letter "about 30"
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid, RoundStatus.Open);
        await app.WithDbAsync(db => db.Rounds.Where(r => r.Id == rid).ExecuteUpdateAsync(u => u.SetProperty(r => r.InvitationBody, MessageTemplates.InvitationBody)));
        var email = $"min-{Guid.NewGuid():N}@example.org";
        await app.AddInvitationAsync(rid, await app.PartnerIdAsync(s.Pid, "Council"), email);

        await s.Client.PostFormAsync(RoundLinks.Invitations(s.Pid, rid) + "?handler=send", [], formUrl: RoundLinks.Invitations(s.Pid, rid));
        await app.Get<Outbox>().SendPendingAsync();

        var statements = await app.WithDbAsync(db => db.RoundItems.CountAsync(i => i.RoundId == rid && (i.Section == 2 || i.Section == 3)));
        var minutes = Poet.Data.Documents.SurveyWording.MinutesNeeded(statements); // the figure the letter prints (InvitationLetter)
        var body = Assert.Single(await MailToAsync(email)).TextBody ?? "";
        Assert.Matches($@"It takes about\s+{minutes} minutes", body);
        Assert.DoesNotContain("{Minutes}", body);
    }

    [Fact]
    public async Task Send_DraftRound_IsRefused()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        await app.AddInvitationAsync(rid, await app.PartnerIdAsync(s.Pid, "Council"));
        var response = await s.Client.PostFormAsync(RoundLinks.Invitations(s.Pid, rid) + "?handler=send", [], formUrl: RoundLinks.Templates(s.Pid, rid));
        Assert.Equal([InvitationsModel.NotOpen], (await response.HtmlAsync()).ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.Emails.AnyAsync(m => db.Invitations.Any(i => i.Id == m.InvitationId && i.RoundId == rid))));
    }

    [Fact]
    public async Task Failure_IsShownWithItsError_AndTryAgainQueuesItNow()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid, RoundStatus.Open);
        var invitationId = await app.AddInvitationAsync(rid, await app.PartnerIdAsync(s.Pid, "Council"), "not an address");
        await s.Client.PostFormAsync(RoundLinks.Invitations(s.Pid, rid) + "?handler=send", [], formUrl: RoundLinks.Invitations(s.Pid, rid));
        await app.Get<Outbox>().SendPendingAsync();

        var doc = await (await s.Client.GetAsync(RoundLinks.Invitations(s.Pid, rid))).HtmlAsync();
        var row = doc.QuerySelector("#failures tbody tr")!;
        Assert.Contains("not an address", row.TextContent);
        Assert.NotEmpty(await app.WithDbAsync(db => db.Invitations.Where(i => i.Id == invitationId).Select(i => i.LastError!).SingleAsync()));
        Assert.Contains("Try again", row.QuerySelector("button")!.TextContent);

        var retry = await s.Client.PostFormAsync(RoundLinks.Invitations(s.Pid, rid) + $"?handler=retry&invitationId={invitationId}", []);
        retry.AssertRedirect(RoundLinks.Invitations(s.Pid, rid));
        var message = await app.WithDbAsync(db => db.Emails.SingleAsync(m => m.InvitationId == invitationId));
        Assert.Equal((EmailStatus.Pending, 0), (message.Status, message.Attempts));
        Assert.True(message.NotBeforeUtc <= DateTime.UtcNow);
        Assert.Equal(SendStatus.Queued, await app.WithDbAsync(db => db.Invitations.Where(i => i.Id == invitationId).Select(i => i.SendStatus).SingleAsync()));
    }

    [Fact]
    public async Task Reminder_EightDaysAfterInvitation_IsSentWithTheRoundsTemplate()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid, RoundStatus.Open);
        var council = await app.PartnerIdAsync(s.Pid, "Council");
        var email = $"late-{Guid.NewGuid():N}@example.org";
        var due = await app.AddInvitationAsync(rid, council, email, SendStatus.Sent, DateTime.UtcNow.AddDays(-8));
        var submitted = await app.AddInvitationAsync(rid, council, status: SendStatus.Sent, sentUtc: DateTime.UtcNow.AddDays(-8));
        await app.WithDbAsync(db => db.Invitations.Where(i => i.Id == submitted).ExecuteUpdateAsync(u => u.SetProperty(i => i.HasSubmitted, true)));

        await app.Get<Reminders>().RunOnceAsync(CancellationToken.None);
        await app.Get<Outbox>().SendPendingAsync();

        var reminder = Assert.Single(await MailToAsync(email));
        Assert.StartsWith("Reminder for ", reminder.Subject);
        Assert.Matches(SurveyLink(), reminder.TextBody ?? "");
        Assert.Equal(1, await app.WithDbAsync(db => db.Invitations.Where(i => i.Id == due).Select(i => i.RemindersSent).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.Emails.AnyAsync(m => m.InvitationId == submitted)));
    }

    [GeneratedRegex(@"http://localhost/survey/([A-Za-z0-9_-]{43})")]
    private static partial Regex SurveyLink();
}

public class DashboardTests(PoetApp app) : IClassFixture<PoetApp>
{
    /// <summary>33 invited (Council 20, Health trust 10, Voluntary sector 3); 15 submitted, 13 usable; 4 started.</summary>
    private async Task<(RoundsTestData.Setup S, int Rid)> ArrangeAsync(ThresholdKind kind, int threshold, PartnershipRole role = PartnershipRole.Coordinator)
    {
        var s = await app.CoordinatorAsync(role, "Council", "Health trust", "Voluntary sector");
        var rid = await app.CreateRoundAsync(s.Pid, RoundStatus.Open, kind, threshold);
        var (council, trust, voluntary) = (await app.PartnerIdAsync(s.Pid, "Council"), await app.PartnerIdAsync(s.Pid, "Health trust"), await app.PartnerIdAsync(s.Pid, "Voluntary sector"));
        await app.AddInvitationsAsync(rid, council, 20);
        await app.AddInvitationsAsync(rid, trust, 10);
        await app.AddInvitationsAsync(rid, voluntary, 3);
        await app.AddResponsesAsync(rid, 8, partnerId: council, answered: 50);
        await app.AddResponsesAsync(rid, 5, partnerId: trust, answered: 25);        // exactly half: usable
        await app.AddResponsesAsync(rid, 2, partnerId: voluntary, answered: 24);    // under half: not usable
        await app.AddResponsesAsync(rid, 4, submitted: false, partnerId: council, answered: 10);
        return (s, rid);
    }

    [Fact]
    public async Task Get_ShowsCountsRatesAndUnlockedStatement()
    {
        var (s, rid) = await ArrangeAsync(ThresholdKind.Percent, 30);
        var doc = await (await s.Client.GetAsync(RoundLinks.Dashboard(s.Pid, rid))).HtmlAsync();

        Assert.Equal(["33", "4", "15", "13"], new[] { "#count-invited", "#count-started", "#count-submitted", "#count-usable" }.Select(id => doc.QuerySelector(id)!.TextContent));
        Assert.Equal("45%", doc.QuerySelector("#rate-response")!.TextContent);
        Assert.Equal("39%", doc.QuerySelector("#rate-usable")!.TextContent);
        Assert.Equal("45.5", doc.QuerySelector("meter#response-rate")!.GetAttribute("value"));
        Assert.Equal("The service-user phase is unlocked: 13 usable responses meet the threshold of 10.", doc.QuerySelector("#threshold-statement")!.TextContent.Trim());
        Assert.Null(doc.QuerySelector("[style]"));
    }

    [Fact]
    public async Task Get_ByPartner_HidesSmallGroupAndOneMoreSoItCannotBeSubtracted()
    {
        var (s, rid) = await ArrangeAsync(ThresholdKind.Percent, 30);
        var doc = await (await s.Client.GetAsync(RoundLinks.Dashboard(s.Pid, rid))).HtmlAsync();
        var rows = doc.QuerySelectorAll("#by-partner tbody tr").ToDictionary(
            tr => tr.QuerySelector("th")!.TextContent.Trim(),
            tr => string.Join("|", tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim())));

        Assert.Equal("20|8|40%", rows["Council"]);
        Assert.Equal("Not shown: too few people to keep answers anonymous", rows["Voluntary sector"]);
        Assert.Equal("Not shown: too few people to keep answers anonymous", rows["Health trust"]);
    }

    [Fact]
    public async Task Get_DraftRoundWithNobodyInvited_SaysSoInsteadOfOneMoreNeeded()
    {   // issue 15 item 8: an empty draft round said "1 more usable response is needed"
        var s = await app.CoordinatorAsync(PartnershipRole.Coordinator, "Council");
        var rid = await app.CreateRoundAsync(s.Pid, RoundStatus.Draft, ThresholdKind.Percent, 40);
        var doc = await (await s.Client.GetAsync(RoundLinks.Dashboard(s.Pid, rid))).HtmlAsync();
        Assert.Equal("The service-user phase is not unlocked: no one has been invited yet, so there are no responses to count.",
            doc.QuerySelector("#threshold-statement")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_CountThresholdNotReached_SaysHowManyMoreAreNeeded()
    {
        var (s, rid) = await ArrangeAsync(ThresholdKind.Count, 20);
        var doc = await (await s.Client.GetAsync(RoundLinks.Dashboard(s.Pid, rid))).HtmlAsync();
        Assert.Equal("The service-user phase is not unlocked: 7 more usable responses are needed.", doc.QuerySelector("#threshold-statement")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Facilitator_SeesDashboardWithoutRoundActions()
    {
        var (s, rid) = await ArrangeAsync(ThresholdKind.Percent, 30, PartnershipRole.Facilitator);
        var doc = await (await s.Client.GetAsync(RoundLinks.Dashboard(s.Pid, rid))).HtmlAsync();
        Assert.Equal("15", doc.QuerySelector("#count-submitted")!.TextContent);
        Assert.Null(doc.QuerySelector($"a[href='{RoundLinks.Close(s.Pid, rid)}']"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await s.Client.GetAsync(RoundLinks.Roster(s.Pid, rid))).StatusCode);
    }

    [Fact]
    public async Task List_ShowsTheRoundsOfThePartnership()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        var doc = await (await s.Client.GetAsync(RoundLinks.List(s.Pid))).HtmlAsync();
        Assert.NotNull(doc.QuerySelector($"a[href='{RoundLinks.Dashboard(s.Pid, rid)}']"));
        Assert.NotNull(doc.QuerySelector($"a[href='{RoundLinks.New(s.Pid)}']"));
    }
}
