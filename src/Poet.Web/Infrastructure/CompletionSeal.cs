using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Poet.Data;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Seals the invitation id of a pending completion flag (AES-GCM) with a key that is never stored in the database:
/// Poet:CompletionKey (base64 of 32 random bytes; every instance behind a load balancer needs the same one), or else a
/// key file POET creates beside its data on first start (Poet:CompletionKeyFile), which suits a single instance.
/// </summary>
public sealed class CompletionSeal
{
    public const string BadKey = "Poet:CompletionKey must be 32 random bytes in base64, e.g. the output of `openssl rand -base64 32`.";
    private readonly byte[] _key;

    public CompletionSeal(IOptions<PoetOptions> options)
    {
        _key = options.Value.CompletionKey is { Length: > 0 } configured ? Decode(configured) : KeyFromFile(options.Value.CompletionKeyFile);
    }

    public byte[] Seal(int invitationId) => AccessCodes.Seal(invitationId.ToString(CultureInfo.InvariantCulture), _key);

    /// <summary>The invitation id, or null when the row was sealed with another key.</summary>
    public int? Unseal(byte[] sealedId) =>
        AccessCodes.Unseal(sealedId, _key) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static byte[] Decode(string configured)
    {
        try
        {
            var key = Convert.FromBase64String(configured.Trim());
            return key.Length == 32 ? key : throw new InvalidOperationException(BadKey);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException(BadKey);
        }
    }

    private static byte[] KeyFromFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temporary = full + "." + Guid.NewGuid().ToString("N");
            File.WriteAllBytes(temporary, RandomNumberGenerator.GetBytes(32));
            // Two instances starting together: the first move wins and both read the winner's key.
            try { File.Move(temporary, full, overwrite: false); }
            catch (IOException) { File.Delete(temporary); }
        }
        var key = File.ReadAllBytes(full);
        return key.Length == 32 ? key : throw new InvalidOperationException($"The completion key file {full} must hold 32 bytes; delete it to have a new one made.");
    }
}
