namespace Poet.Web.Infrastructure;

/// <summary>Bound from the "Poet" configuration section.</summary>
public sealed class PoetOptions
{
    /// <summary>Public address used in emailed links, e.g. https://poet.example.ac.uk. Falls back to the first listening address.</summary>
    public string? BaseUrl { get; set; }
    /// <summary>False when a release step runs `poet migrate`; an instance then refuses to start on an unmigrated database.</summary>
    public bool MigrateOnStart { get; set; } = true;
    /// <summary>The server secret (<see cref="PoetSecrets"/>): base64 of 32 random bytes, the same on every instance.</summary>
    public string? SecretKey { get; set; }
    /// <summary>Where the secret is kept when <see cref="SecretKey"/> is not set; never inside the data folder.</summary>
    public string? SecretKeyFile { get; set; }
    /// <summary>How often waiting submissions are mixed into the anonymous tables (<see cref="SubmissionMix"/>).</summary>
    public TimeSpan MixInterval { get; set; } = TimeSpan.FromMinutes(2);
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan ReminderCheckInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How often the retention schedule runs (<see cref="RetentionJob"/>).</summary>
    public TimeSpan RetentionCheckInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How long a claimed job stays with its instance; longer than one email send (MailKit times out at 2 minutes).</summary>
    public TimeSpan JobLease { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: addresses or CIDR networks, comma-separated.</summary>
    public string? TrustedProxies { get; set; }
}

public static class PoetPolicies
{
    public const string HostAdmin = "HostAdmin";
}

public static class PoetClaims
{
    public const string HostAdmin = "poet:host-admin";
}

public static class PoetRateLimits
{
    public const string SignIn = "sign-in";
    public const string AccessCode = "access-code";
    /// <summary>Asking for a reset link and using one (the per-address cap on emails is ForgotPasswordModel's).</summary>
    public const string PasswordReset = "password-reset";
}
