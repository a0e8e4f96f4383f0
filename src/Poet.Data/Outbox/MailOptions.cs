namespace Poet.Data.Outbox;

public enum MailMode { FileDrop, Smtp }

/// <summary>Bound from the "Mail" configuration section.</summary>
public sealed class MailOptions
{
    public MailMode Mode { get; set; } = MailMode.FileDrop;
    /// <summary>Where FileDrop writes one .eml file per message.</summary>
    public string PickupFolder { get; set; } = "data/outbox";
    public string From { get; set; } = "POET <poet@localhost>";
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>None, Auto, StartTls or SslOnConnect, as MailKit's SecureSocketOptions.</summary>
    public string Security { get; set; } = "Auto";
}
