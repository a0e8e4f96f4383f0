using System.Security.Cryptography;

namespace Poet.Web.Infrastructure;

/// <summary>
/// While no host admin exists, a one-time set-up link (printed to the console at start) lets the person who
/// started POET create the first one. The token lives only in memory, so it dies with the process.
/// </summary>
public sealed class FirstRunSetup
{
    private string? _token;

    public string Begin() => _token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public bool IsValid(string? token) =>
        _token is not null && token is not null &&
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(_token), System.Text.Encoding.UTF8.GetBytes(token));

    public void Complete() => _token = null;

    public bool IsPending => _token is not null;

    public string? Token => _token;
}
