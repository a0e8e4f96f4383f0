using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using netDumbster.smtp;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Pages.Survey;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Infrastructure;

/// <summary>Invitations through a real SMTP conversation (MailKit to an in-process SMTP server).</summary>
public partial class SmtpOutboxTests(SmtpOutboxTests.SmtpApp app) : IClassFixture<SmtpOutboxTests.SmtpApp>
{
    public sealed class SmtpApp : PoetApp
    {
        public SimpleSmtpServer Smtp { get; } = SimpleSmtpServer.Start();

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Mail:Mode"] = "Smtp", ["Mail:Host"] = "127.0.0.1", ["Mail:Port"] = Smtp.Configuration.Port.ToString(), ["Mail:Security"] = "None",
        };

        public override async ValueTask DisposeAsync()
        {
            Smtp.Stop();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task Invitation_SentOverSmtp_CarriesAWorkingPersonalLink()
    {
        var setup = await app.CreateRoundAsync();
        var invitationId = await QueueInvitationAsync(setup, "smtp.person@example.org");

        await app.Get<Outbox>().SendPendingAsync();

        var message = app.Smtp.ReceivedEmail.Single(m => m.ToAddresses.Any(a => a.Address == "smtp.person@example.org"));
        var token = SurveyToken().Match(message.MessageParts[0].BodyData).Groups[1].Value;
        var hashes = await app.WithDbAsync(db => db.AccessCodes.Where(c => c.InvitationId == invitationId).Select(c => c.TokenHash).ToListAsync());
        Assert.Contains(hashes, h => h.SequenceEqual(AccessCodes.TokenHash(token)));
        Assert.Equal(SendStatus.Sent, await app.WithDbAsync(db => db.Invitations.Where(i => i.Id == invitationId).Select(i => i.SendStatus).SingleAsync()));
    }

    [Fact]
    public async Task Invitation_SmtpServerDown_IsShownAsFailedAndKeptForRetry()
    {
        // An app whose SMTP server has stopped: the connection itself fails.
        var unreachable = new SmtpApp();
        unreachable.Smtp.Stop();
        await using (unreachable)
        {
            await unreachable.InitializeAsync();
            var other = await unreachable.CreateRoundAsync();
            var id = await QueueInvitationAsync(other, "nobody@example.org", unreachable);

            await unreachable.Get<Outbox>().SendPendingAsync();

            var (status, error, attempts) = await unreachable.WithDbAsync(async db =>
            {
                var invitation = await db.Invitations.SingleAsync(i => i.Id == id);
                var email = await db.Emails.SingleAsync(m => m.InvitationId == id);
                return (invitation.SendStatus, invitation.LastError, email.Attempts);
            });
            Assert.Equal(SendStatus.Failed, status);
            Assert.False(string.IsNullOrWhiteSpace(error));
            Assert.Equal(1, attempts);
        }
    }

    private async Task<int> QueueInvitationAsync(SurveySetup setup, string email, PoetApp? on = null) => await (on ?? app).WithDbAsync(async db =>
    {
        var invitation = new Invitation { RoundId = setup.RoundId, Email = email, PartnerOrganisationId = setup.Partners[0].Id, SendStatus = SendStatus.Queued };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        db.Emails.Add(new EmailMessage
        {
            Kind = EmailKind.SurveyInvitation, InvitationId = invitation.Id, To = email, CreatedUtc = DateTime.UtcNow,
            Subject = MessageTemplates.InvitationSubject, Body = MessageTemplates.InvitationBody,
        });
        await db.SaveChangesAsync();
        return invitation.Id;
    });

    [GeneratedRegex(@"/survey/([A-Za-z0-9_-]{20,})")]
    private static partial Regex SurveyToken();
}
