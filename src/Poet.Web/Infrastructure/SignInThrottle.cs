using Microsoft.AspNetCore.DataProtection;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Sign-in throttling that a stranger cannot turn against someone else (OWASP "device cookies"). There is no
/// lock-out. Three layers:
/// <list type="bullet">
/// <item>per client address: <see cref="PoetRateLimits.SignIn"/> (Poet:AttemptsPerMinute POSTs a minute);</item>
/// <item>per email address, counted whether or not an account has it (so nothing tells accounts apart): after
/// <see cref="FailuresBeforeSlowdown"/> failures in <see cref="WindowMinutes"/> minutes, browsers that have not
/// signed in to that account before get one attempt a minute for it;</item>
/// <item>a browser that has signed in to the account before carries a device cookie for it and is not slowed
/// down, so the real user still gets in while someone else guesses at their address.</item>
/// </list>
/// </summary>
public sealed class SignInThrottle(SharedRateLimits limits, IDataProtectionProvider protection)
{
    public const int FailuresBeforeSlowdown = 5;
    public const int WindowMinutes = 15;
    public const string DeviceCookie = "poet-device";
    private const string Failures = "sign-in-failures", Slowed = "sign-in-slowed";
    private readonly IDataProtector _protector = protection.CreateProtector("poet-sign-in-device");

    public static string Normalise(string email) => email.Trim().ToUpperInvariant();

    /// <summary>False when this attempt must wait: the address is being guessed at and this browser is not known for it.</summary>
    public async Task<bool> MayTryAsync(HttpContext http, string email, CancellationToken ct)
    {
        var subject = Normalise(email);
        if (IsKnownDevice(http, subject)) return true;
        if (await limits.PeekAsync(Failures, subject, WindowMinutes, ct) < FailuresBeforeSlowdown) return true;
        return await limits.TryAcquireAsync(Slowed, subject, 1, 1, ct);
    }

    public Task FailedAsync(string email, CancellationToken ct) => limits.AddAsync(Failures, Normalise(email), WindowMinutes, ct);

    /// <summary>After a successful sign-in: this browser is known for this address from now on (half a year).</summary>
    public void Remember(HttpContext http, string email) =>
        http.Response.Cookies.Append(DeviceCookie, _protector.Protect(Normalise(email)), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/account", MaxAge = TimeSpan.FromDays(180), IsEssential = true,
        });

    private bool IsKnownDevice(HttpContext http, string subject)
    {
        if (http.Request.Cookies[DeviceCookie] is not { Length: > 0 } cookie) return false;
        try
        {
            return _protector.Unprotect(cookie) == subject;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
