using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Infrastructure;

/// <summary>POET on a fake clock that a test moves forward, so the retention schedule can be run to its end.</summary>
public sealed class FakeClockApp : PoetApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Clock);
        });
    }
}

/// <summary>
/// The retention schedule (issue 23) run to its end on a fake clock: the roster's names and addresses are gone from
/// every column of every table, the database file and the outbox, and nothing else is lost.
/// </summary>
public class RetentionTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private static readonly string[] Names = ["Zephyrine Quillfeather", "Bartholomew Nightingale", "Ottoline Wetherspoon", "Peregrine Ashcombe", "Clementine Featherstonehaugh", "Evander Thistlewood"];

    [Fact]
    public async Task Schedule_DeletesContactDetails_KeepsAnswersAndReport()
    {
        // Arrange: an open round of 6 invited, sent and answered; a comment names one of them; a closed questionnaire with notes.
        var s = await ReportSetup.CreateAsync(app);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var emails = Names.Select(n => $"{n.Split(' ')[0].ToLowerInvariant()}.{tag}@example.org").ToArray();
        var (rid, items) = await s.RoundAsync(RoundStatus.Open, invited: 0);
        await app.WithDbAsync(async db =>
        {
            var round = await db.Rounds.SingleAsync(r => r.Id == rid);
            (round.InvitationSubject, round.InvitationBody, round.ThresholdKind, round.ThresholdValue) = ("Invitation to {Partnership}", "Dear {Name}, start here: {Link} or type {Code}.", ThresholdKind.Count, 5);
            for (var i = 0; i < Names.Length; i++)
                round.Invitations.Add(new Invitation { Email = emails[i], Name = Names[i], PartnerOrganisationId = s.Partners[i % 2] });
            await db.SaveChangesAsync();
            foreach (var inv in round.Invitations)
                db.Emails.Add(new EmailMessage { Kind = EmailKind.SurveyInvitation, InvitationId = inv.Id, To = inv.Email, Subject = round.InvitationSubject, Body = round.InvitationBody, CreatedUtc = db.UtcNow, NotBeforeUtc = db.UtcNow });
            await db.SaveChangesAsync();
        });
        Assert.Equal(6, await app.Get<Outbox>().SendPendingAsync());
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4), comment: (n, i) => n == 0 && i == 0 ? "Zephyrine Quillfeather chairs it well" : null,
            outcomes: n => n == 0 ? [("Fewer crises for families", "Bartholomew said so")] : []);
        Assert.Equal(302, (int)(await s.Coordinator.PostFormAsync($"/partnerships/{s.Pid}/rounds/{rid}/close", new Dictionary<string, string>())).StatusCode);
        var closedOn = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var qid = await QuestionnaireWithInterviewAsync(s.Pid);

        // Default schedule, Poet.Analysis/DataProtection/Retention.cs: roster contacts 90 days after the close.
        // (The round page comes first: it shows, and so uses up, the "now closed" banner.)
        var due = closedOn.AddDays(90).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        Assert.StartsWith($"Contact details will be deleted on {due}.", await RetentionSentenceAsync(s.Coordinator, s.Pid, rid));
        var reportBefore = await (await s.Coordinator.GetAsync(s.Url(rid))).Content.ReadAsStringAsync();
        var countsBefore = await CountsAsync(rid, qid);
        Assert.Contains("Zephyrine Quillfeather", await AllColumnsAsync());

        // A day before the contacts are due they stay; link hashes (at the close) and sent emails and files (30 days) have gone.
        app.Clock.Advance(TimeSpan.FromDays(89));
        var early = await app.Get<RetentionJob>().RunOnceAsync();
        Assert.Equal(new RetentionRun(Contacts: 0, AccessCodes: 6, Emails: 6, OutboxFiles: 6, InterviewNotes: 0, AuditDetails: 0), early);
        Assert.Contains(emails[0], await AllColumnsAsync());

        // Act: past every period (the audit log's 365 days too).
        app.Clock.Advance(TimeSpan.FromDays(400 - 89));
        var run = await app.Get<RetentionJob>().RunOnceAsync();

        // Assert: no name or address in any column of any table, in the database file, or in the outbox.
        Assert.Equal(6, run.Contacts);
        Assert.Equal(1, run.InterviewNotes);
        Assert.True(run.AuditDetails > 0);
        var everything = await AllColumnsAsync();
        foreach (var secret in Names.Concat(Names.SelectMany(n => n.Split(' '))).Concat(emails))
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Mrs Okonkwo", everything);
        if (!PoetApp.IsPostgres)
        {
            var file = RawFiles();
            foreach (var secret in Names.Concat(emails)) Assert.DoesNotContain(secret, file, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Empty(Directory.Exists(app.OutboxFolder) ? Directory.GetFiles(app.OutboxFolder) : []);
        Assert.Equal(0, await app.WithDbAsync(db => db.AccessCodes.CountAsync(c => db.Invitations.Any(i => i.Id == c.InvitationId && i.RoundId == rid))));

        // Nothing else is lost: the same responses, answers, statements, quotations and roster rows, and the same report.
        Assert.Equal(countsBefore, await CountsAsync(rid, qid));
        var coordinator = await app.SignedInClientAsync(await app.WithDbAsync(db => db.Members.Where(m => m.PartnershipId == s.Pid && m.Role == PartnershipRole.Coordinator).Select(m => m.User!.Email!).FirstAsync()));
        var reportAfter = await (await coordinator.GetAsync(s.Url(rid))).Content.ReadAsStringAsync();
        Assert.Equal(reportBefore, reportAfter);
        Assert.Contains("chairs it well", reportAfter);
        Assert.DoesNotContain("Zephyrine", reportAfter); // masked as shown before the names went, and written masked as they went

        var deletedOn = closedOn.AddDays(400).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        Assert.StartsWith($"Contact details were deleted on {deletedOn}.", await RetentionSentenceAsync(coordinator, s.Pid, rid));
        var audit = await app.WithDbAsync(db => db.Audit.Where(a => a.PartnershipId == s.Pid && a.Action == "retention.contacts-deleted").Select(a => a.Detail).SingleAsync());
        Assert.Equal($"Round {rid}: names and email addresses of 6 people deleted, and 0 emails sent to them", audit);
        Assert.Equal("", await app.WithDbAsync(db => db.UcInterviews.Where(i => i.QuestionnaireId == qid).Select(i => i.Notes).SingleAsync()));

        // Subject access then finds nothing for any of them.
        var admin = await app.HostAdminAsync();
        var doc = await (await admin.PostFormAsync("/admin/subject-access", new() { ["Email"] = emails[0] })).HtmlAsync();
        Assert.Equal("POET holds nothing about this address: no account, no roster entry, no email and no audit entry names it.", doc.GetElementById("nothing-held")?.TextContent.Trim());
        Assert.Equal("This address is on no roster.", doc.QuerySelector("#roster + p")!.TextContent.Trim());
    }

    private async Task<int> QuestionnaireWithInterviewAsync(int pid) => await app.WithDbAsync(async db =>
    {
        var q = new UcQuestionnaire
        {
            PartnershipId = pid, Title = "What matters to you", Status = UcStatus.Closed, CreatedUtc = DateTime.UtcNow, ClosedUtc = app.Clock.GetUtcNow().UtcDateTime,
            LinkKey = Guid.NewGuid().ToString("N"), CodeSalt = [4, 5, 6],
        };
        q.Items.Add(new UcItem { Kind = UcItemKind.Outcome, Order = 1, Text = "Being treated with kindness" });
        db.UcQuestionnaires.Add(q);
        await db.SaveChangesAsync();
        db.UcInterviews.Add(new UcInterview
        {
            QuestionnaireId = q.Id, Consent = true, HeldOn = DateOnly.FromDateTime(DateTime.UtcNow), Notes = "Visited at home; Mrs Okonkwo spoke about her son",
            Quotes = [new UcQuote { Text = "They listen to us now", Approved = true }],
        });
        await db.SaveChangesAsync();
        return q.Id;
    });

    private Task<string> CountsAsync(int rid, int qid) => app.WithDbAsync(async db => string.Join(",",
        await db.Responses.CountAsync(r => r.RoundId == rid),
        await db.Answers.CountAsync(a => db.Responses.Any(r => r.Id == a.ResponseId && r.RoundId == rid)),
        await db.OutcomeStatements.CountAsync(o => db.Responses.Any(r => r.Id == o.ResponseId && r.RoundId == rid)),
        await db.Invitations.CountAsync(i => i.RoundId == rid && i.HasSubmitted == false),
        await db.Invitations.CountAsync(i => i.RoundId == rid),
        await db.UcInterviews.CountAsync(i => i.QuestionnaireId == qid),
        await db.UcQuotes.CountAsync(x => x.Approved && db.UcInterviews.Any(i => i.Id == x.InterviewId && i.QuestionnaireId == qid))));

    private static async Task<string> RetentionSentenceAsync(HttpClient client, int pid, int rid) =>
        (await (await client.GetAsync($"/partnerships/{pid}/rounds/{rid}")).HtmlAsync()).GetElementById("retention")!.TextContent.Trim();

    /// <summary>Every column of every table POET maps, as text: what someone with a copy of the database could read.</summary>
    private Task<string> AllColumnsAsync() => app.WithDbAsync(async db =>
    {
        var text = new StringBuilder();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).Where(t => t is not null).Distinct())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var c = 0; c < reader.FieldCount; c++)
                    text.Append(reader.IsDBNull(c) ? "" : reader.GetValue(c) is byte[] b ? Encoding.UTF8.GetString(b) : Convert.ToString(reader.GetValue(c), CultureInfo.InvariantCulture)).Append('|');
        }
        return text.ToString();
    });

    /// <summary>The SQLite database file and its WAL as bytes read as text: freed pages included.</summary>
    private string RawFiles()
    {
        var text = new StringBuilder();
        foreach (var path in Directory.GetFiles(app.DataFolder, "poet.db*"))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            text.Append(Encoding.Latin1.GetString(copy.ToArray()));
        }
        return text.ToString();
    }
}
