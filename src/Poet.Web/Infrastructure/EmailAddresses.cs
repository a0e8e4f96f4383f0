using System.Net.Mail;

namespace Poet.Web.Infrastructure;

/// <summary>
/// The one rule for an email address POET accepts (forms, roster imports, set-up, password reset) and the GOV.UK
/// messages for one that is missing or wrong (issue 15, item 8: an empty box said "in the correct format").
/// </summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;
    public const string Missing = "Enter an email address";
    public const string WrongFormat = "Enter an email address in the correct format, like name@example.org";

    /// <summary>A single address, as typed (already trimmed), with a dot in its domain and no spaces or controls.</summary>
    public static bool IsValid(string value) =>
        value.Length is > 3 and <= MaxLength && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && MailAddress.TryCreate(value, out var address) && address.Address == value
        && address.Host.Contains('.') && !address.Host.EndsWith('.');

    /// <summary>Null when <paramref name="value"/> is a valid address, else the message to show beside the field.</summary>
    public static string? Problem(string? value, string missing = Missing) =>
        string.IsNullOrWhiteSpace(value) ? missing : IsValid(value.Trim()) ? null : WrongFormat;
}
