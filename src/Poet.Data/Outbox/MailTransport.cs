using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Poet.Analysis.Text;

namespace Poet.Data.Outbox;

/// <summary>Delivers one message: to an SMTP server through MailKit, or as an .eml file in the pickup folder.</summary>
public sealed class MailTransport(IOptions<MailOptions> options, TimeProvider? clock = null)
{
    private readonly MailOptions _options = options.Value;

    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_options.From));
        message.To.Add(MailboxAddress.Parse(to));
        // Text from coordinators and rosters: no control characters in the message, and none that could fold the subject.
        message.Subject = PlainText.Clean(subject).ReplaceLineEndings(" ").Replace('\t', ' ');
        message.Body = new TextPart("plain") { Text = PlainText.Clean(body) };

        if (_options.Mode == MailMode.FileDrop)
        {
            Directory.CreateDirectory(_options.PickupFolder);
            var path = Path.Combine(_options.PickupFolder, $"{(clock ?? TimeProvider.System).GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(path, ct);
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(_options.Host, _options.Port, Enum.Parse<SecureSocketOptions>(_options.Security, ignoreCase: true), ct);
        if (!string.IsNullOrEmpty(_options.UserName)) await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
