using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Poet.Data.Entities;
using Poet.Analysis.Text;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Tokens for "Forgotten your password?" links: Identity's data-protection tokens under their own protector and
/// lifetime (<c>Poet:ResetLinkLifetime</c>, 1 hour), so a reset link never works as a 7-day invitation link or the
/// other way round. A token carries the user's security stamp, which resetting or changing the password replaces:
/// each link works once, and every link sent before a change stops working.
/// </summary>
public sealed class ResetLinkTokenProvider(IDataProtectionProvider protection, IOptions<ResetLinkTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<PoetUser>> logger)
    : DataProtectorTokenProvider<PoetUser>(protection, options, logger)
{
    public const string ProviderName = "poet-reset-link";
    public const string Purpose = "poet-reset-password";

    /// <summary>"1 hour", "2 hours", "30 minutes": the link's lifetime as the page and the email say it.</summary>
    public static string Describe(TimeSpan lifetime) =>
        lifetime.TotalMinutes >= 60 && lifetime.TotalMinutes % 60 == 0
            ? Plural((int)lifetime.TotalHours, "hour")
            : Plural(Math.Max(1, (int)Math.Round(lifetime.TotalMinutes)), "minute");

    private static string Plural(int n, string unit) => Wording.Count(n, unit);
}

public sealed class ResetLinkTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public ResetLinkTokenProviderOptions()
    {
        Name = "PoetResetLinkTokenProvider";
        TokenLifespan = TimeSpan.FromHours(1);
    }
}
