using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Pages.Outcomes;
using Poet.Web.Tests.Pages.Survey;
using Poet.Web.Tests.Pages.Workshop;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Infrastructure;

/// <summary>Two instances behind an imaginary load balancer: nothing a person does may be lost or done twice.</summary>
public class TwoInstanceTests(TwoInstances two) : IClassFixture<TwoInstances>
{
    private TwoInstances.Instance A => two.A;
    private TwoInstances.Instance B => two.B;

    [Fact]
    public async Task Respondent_PagesSpreadOverBothInstances_EverythingStoredOnceAndMixedByTheOther()
    {
        var setup = await A.CreateRoundAsync();
        var person = (await A.InviteAsync(setup, 1))[0];
        var browser = TwoInstances.Browser();
        string On(TwoInstances.Instance instance, string page = "") => instance.Url(person.Link + page);

        (await browser.PostFormAsync(On(A), [])).AssertRedirect(person.Link + "/about");
        (await browser.PostFormAsync(On(A, "/about"), new() { ["Form.RoleTitle"] = "Speech therapist" })).AssertRedirect(person.Link + "/section/2");
        // Section 2's first page on B with the form (and antiforgery cookie) A served: the keys are shared through the database.
        var pages = SurveyFixture.Pages(person.Link, setup.Section(2), 2);
        (await browser.PostFormAsync(On(B, "/section/2"), SurveyFixture.AnswerAll(pages[0].Items, 4), formUrl: On(A, "/section/2"))).AssertRedirect(pages[1].Path);
        // Its second page on A, merged into the draft B wrote.
        (await browser.PostFormAsync(On(A, pages[1].Path[person.Link.Length..]), SurveyFixture.AnswerAll(pages[1].Items, 4), formUrl: On(B, pages[1].Path[person.Link.Length..]))).AssertRedirect(person.Link + "/section/3");
        (await browser.PostFormAsync(On(A), [])).AssertRedirect(person.Link + "/section/3");
        (await browser.PostFormAsync(On(A, "/section/3"), SurveyFixture.AnswerAll(setup.Section(3), 2))).AssertRedirect(person.Link + "/outcomes");
        (await browser.PostFormAsync(On(B, "/check"), [], formUrl: On(A, "/check"))).AssertRedirect(person.Link + "/done");

        // B acknowledged the submission and holds nothing in memory: the sealed answers are in the database, and A,
        // holding the same secret, mixes them into the round's responses.
        Assert.Null(await A.ResponseOfAsync(person.Token));
        Assert.True(await B.WithDbAsync(db => db.Invitations.Where(i => i.Id == person.InvitationId).Select(i => i.HasSubmitted).SingleAsync()));
        Assert.Equal(1, await B.Get<SubmissionMix>().WaitingCountAsync(setup.RoundId));
        Assert.Equal(1, await A.Get<SubmissionMix>().MixAsync(closing: setup.RoundId));
        Assert.Equal(0, await B.Get<SubmissionMix>().WaitingCountAsync(setup.RoundId));
        var stored = await A.WithDbAsync(db => db.Responses.Include(r => r.Answers).SingleAsync(r => r.RoundId == setup.RoundId));
        Assert.Equal((true, "Speech therapist"), (stored.IsSubmitted, stored.RoleTitle));
        Assert.Equal(setup.Items.Select(i => (i.Id, i.Section == 2 ? 4 : 2)).Order(), stored.Answers.Select(a => (a.RoundItemId, a.Value ?? 0)).Order());
    }

    [Fact]
    public async Task Workshop_VotesSentToBothInstancesAtOnce_NoneLostNoAllowanceExceeded()
    {
        const int participants = 12, allowance = 5;
        var r = await OutcomeRound.CreateAsync(A, "Central referral");
        var first = await r.AddCandidatesAsync(A, "Services responding quickly", "A welcoming building", "Being offered home visits");
        var facilitator = TwoInstances.Browser(A.ClientOptions.BaseAddress);
        var signIn = await facilitator.PostFormAsync("/account/sign-in", new() { ["Email"] = r.Facilitator, ["Password"] = PoetApp.Password });
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await signIn.HtmlAsync()).ErrorSummary()));
        (await facilitator.PostFormAsync(r.Workshop + "?handler=open", new() { ["VotesPerParticipant"] = allowance.ToString(), ["GroupCount"] = "4" }, r.Workshop)).AssertRedirect(r.Workshop);
        var code = await A.WithDbAsync(db => db.Workshops.Where(x => x.RoundId == r.Rid && x.OpenJoinCode != null).Select(x => x.JoinCode).SingleAsync());
        var w = new OpenWorkshop(r, code, first, facilitator);
        var phones = Enumerable.Range(0, participants).Select(_ => TwoInstances.Browser()).ToList();
        for (var i = 0; i < participants; i++)
            (await phones[i].PostFormAsync((i % 2 == 0 ? A : B).Url($"/workshop/{w.Code}"), new() { ["Group"] = (1 + i % 4).ToString() })).AssertRedirect(w.Session);
        await w.MoveToAsync("Vote");
        var tokens = await Task.WhenAll(phones.Select((p, i) => Http.AntiforgeryTokenAsync(p, (i % 2 == 0 ? B : A).Url(w.Session))));

        // Each phone sends 8 votes at once (2 + 2 + 1 that fit, 3 that must be refused), alternating instances.
        int[] plan = [0, 0, 1, 1, 2, 2, 1, 0];
        var responses = await Task.WhenAll(phones.SelectMany((phone, i) => plan.Select((offset, n) =>
            phone.PostAsync((n % 2 == 0 ? A : B).Url(w.Session + "?handler=vote"), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["CandidateId"] = (w.FirstCandidate + offset).ToString(), ["__RequestVerificationToken"] = tokens[i],
            })))));

        Assert.All(responses, r => Assert.True((int)r.StatusCode is 200 or 302, $"HTTP {(int)r.StatusCode}"));
        var votes = await A.WithDbAsync(db => db.WorkshopVotes.Where(v => v.WorkshopId == db.Workshops.Single(x => x.JoinCode == w.Code).Id).ToListAsync());
        var perPhone = votes.GroupBy(v => v.ParticipantId).ToList();
        Assert.Equal(participants, perPhone.Count);
        Assert.All(perPhone, g => Assert.Equal(allowance, g.Count()));
        Assert.All(perPhone, g => Assert.True(g.GroupBy(v => v.CandidateId).Max(c => c.Count()) <= 2));
        Assert.Equal(participants * allowance, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
    }

    [Fact]
    public async Task Workers_BothInstancesRunRemindersAndOutbox_EachDueReminderSentOnce()
    {
        const int people = 6;
        var setup = await A.CreateRoundAsync();
        var roster = await A.InviteAsync(setup, people);
        await A.SetRoundAsync(setup.RoundId, r => (r.ReminderDays, r.ReminderSubject, r.ReminderBody) = ("7", "Reminder", "Please answer: {Link}"));
        await A.WithDbAsync(db => db.Invitations.Where(i => i.RoundId == setup.RoundId).ExecuteUpdateAsync(s => s.SetProperty(i => i.SentUtc, DateTime.UtcNow.AddDays(-8))));
        // One person submits through B; A will run the reminders and must know.
        var browser = TwoInstances.Browser();
        (await browser.PostFormAsync(B.Url(roster[0].Link), [])).AssertRedirect(roster[0].Link + "/about");
        (await browser.PostFormAsync(B.Url(roster[0].Link + "/check"), [])).AssertRedirect(roster[0].Link + "/done");

        var queued = await Task.WhenAll(A.Get<Reminders>().RunOnceAsync(default), B.Get<Reminders>().RunOnceAsync(default));
        var sent = await Task.WhenAll(A.Get<Outbox>().SendPendingAsync(), B.Get<Outbox>().SendPendingAsync());

        Assert.Equal(people - 1, queued.Sum());
        Assert.Equal(people - 1, sent.Sum());
        Assert.Equal(people - 1, await A.WithDbAsync(db => db.Emails.CountAsync(m => m.Kind == EmailKind.SurveyReminder && m.Status == EmailStatus.Sent)));
        var files = new[] { A.OutboxFolder, B.OutboxFolder }.Where(Directory.Exists).SelectMany(f => Directory.GetFiles(f, "*.eml")).ToList();
        Assert.Equal(people - 1, files.Count);
        var recipients = await A.WithDbAsync(db => db.Invitations.Where(i => i.RoundId == setup.RoundId && i.Id != roster[0].InvitationId).Select(i => i.Email).ToListAsync());
        Assert.Equal(recipients.Order(), files.Select(f => recipients.Single(r => File.ReadAllText(f).Contains(r))).Order());
    }

    /// <summary>
    /// PostgreSQL: a change made through A reaches the phones and the projector connected to B (LISTEN/NOTIFY).
    /// SQLite runs one instance by design (ADR 0004): the signal stays in the instance that made the change.
    /// </summary>
    [Fact]
    public async Task Workshop_ChangeThroughA_ReachesLiveClientsOnB_OnPostgres()
    {
        await LiveApp.WaitForBackplaneAsync(A);
        await LiveApp.WaitForBackplaneAsync(B);
        var r = await OutcomeRound.CreateAsync(A, "Central referral");
        var first = await r.AddCandidatesAsync(A, "Services responding quickly", "A welcoming building");
        await using var facilitator = await LiveListener.SignedInAsync(A.ClientOptions.BaseAddress, r.Facilitator);
        (await facilitator.Browser.PostFormAsync(r.Workshop + "?handler=open", new() { ["VotesPerParticipant"] = "3", ["GroupCount"] = "2" }, r.Workshop)).AssertRedirect(r.Workshop);
        var code = await A.WithDbAsync(db => db.Workshops.Where(x => x.RoundId == r.Rid && x.OpenJoinCode != null).Select(x => x.JoinCode).SingleAsync());
        await using var phoneOnB = await new LiveListener(B.ClientOptions.BaseAddress).JoinAsync(code);
        await using var phoneOnA = await new LiveListener(A.ClientOptions.BaseAddress).JoinAsync(code, group: 2);
        Assert.True(await phoneOnB.JoinRoomAsync(code));
        Assert.True(await phoneOnA.JoinRoomAsync(code));
        // The projector signs in and connects through B: the auth cookie and keys are shared through the database.
        await using var projectorOnB = await LiveListener.SignedInAsync(B.ClientOptions.BaseAddress, r.Facilitator);
        Assert.True(await projectorOnB.WatchRoundAsync(r.Pid, r.Rid));

        (await facilitator.Browser.PostFormAsync(r.Workshop + "?handler=stage", new() { ["Stage"] = "Vote" }, r.Workshop)).AssertRedirect(r.Workshop);
        Assert.Equal("stage", await phoneOnA.NextAsync());
        (await phoneOnA.Browser.PostFormAsync($"/workshop/{code}/session?handler=vote", new() { ["CandidateId"] = first.ToString() }, $"/workshop/{code}/session")).AssertRedirect($"/workshop/{code}/session");

        if (PoetApp.IsPostgres)
        {
            Assert.Equal("stage", await phoneOnB.NextAsync());
            Assert.Equal("stage", await projectorOnB.NextAsync());
            Assert.Equal("votes", await projectorOnB.NextAsync());
            Assert.Null(await phoneOnB.NextAsync(0.5));
        }
        else
        {
            Assert.Null(await phoneOnB.NextAsync(1.5));
            Assert.Null(await projectorOnB.NextAsync(0.2));
        }
    }
}

/// <summary>Sign-in attempts through both instances count against one limit.</summary>
public class TwoInstanceRateLimitTests(TwoInstancesWithLowLimit two) : IClassFixture<TwoInstancesWithLowLimit>
{
    [Fact]
    public async Task SignIn_AttemptsSpreadOverBothInstances_CountAgainstOneLimit()
    {
        // Keep the attempts inside one fixed one-minute window.
        if (DateTime.UtcNow.Second >= 50) await Task.Delay(TimeSpan.FromSeconds(61 - DateTime.UtcNow.Second));
        var browser = TwoInstances.Browser();
        var statuses = new List<int>();
        for (var n = 0; n <= TwoInstancesWithLowLimit.Limit; n++)
        {
            var instance = n % 2 == 0 ? two.A : two.B;
            var response = await browser.PostFormAsync(instance.Url("/account/sign-in"), new() { ["Email"] = "nobody@example.org", ["Password"] = "wrong password here" });
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                Assert.Equal("Too many attempts", (await response.HtmlAsync()).QuerySelector("h1")?.TextContent);
        }

        Assert.Equal([200, 200, 200, 429], statuses);
    }
}
