using System.Security.Cryptography;
using System.Text;

namespace Poet.Data;

/// <summary>
/// Survey-access cryptography that needs no server secret. A personal link carries a 256-bit token; the invitation
/// stores only <see cref="TokenHash"/>. A staff survey draft is found by an HMAC of the token under the server secret
/// (Poet.Web's SealedAnswers); Q-sorts and users-and-carers answers by <see cref="ResponseAccessHash"/> (another label). The short typable code
/// unlocks a sealed copy of the same token, so link and code resume the same response.
/// </summary>
public static class AccessCodes
{
    // No 0/O, 1/I/L: easy to read aloud and type from paper. 31^12 ≈ 2^59.
    private const string ShortAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int ShortLength = 12;
    // Slows offline guessing of short codes from a stolen database; ~10 ms per derivation here.
    private const int ShortCodeIterations = 20_000;

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string NewShortCode()
    {
        var chars = new char[ShortLength];
        for (var i = 0; i < ShortLength; i++) chars[i] = ShortAlphabet[RandomNumberGenerator.GetInt32(ShortAlphabet.Length)];
        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}";
    }

    /// <summary>Upper-cases and drops spaces and dashes; returns null when it cannot be a short code.</summary>
    public static string? NormaliseShortCode(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var cleaned = new string(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
        cleaned = cleaned.Replace('0', 'O').Replace('1', 'I');
        return cleaned.Length == ShortLength && cleaned.All(c => ShortAlphabet.Contains(c)) ? cleaned : null;
    }

    public static byte[] TokenHash(string token) => Sha256("poet-invitation|" + token);

    public static byte[] ResponseAccessHash(string token) => Sha256("poet-response|" + token);

    public static byte[] NewRoundSalt() => RandomNumberGenerator.GetBytes(16);

    /// <summary>Derives the lookup key and the sealing key of a normalised short code.</summary>
    public static (byte[] Lookup, byte[] Key) DeriveShortCode(string normalisedCode, byte[] roundSalt)
    {
        var bytes = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(normalisedCode), roundSalt, ShortCodeIterations, HashAlgorithmName.SHA256, 64);
        return (bytes[..32], bytes[32..]);
    }

    public static byte[] Seal(string token, byte[] key) => Seal(Encoding.UTF8.GetBytes(token), key);

    /// <summary>AES-GCM with a random nonce: nonce, tag and ciphertext in one array.</summary>
    public static byte[] Seal(byte[] plain, byte[] key)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using var aes = new AesGcm(key, tag.Length);
        aes.Encrypt(nonce, plain, cipher, tag);
        return [.. nonce, .. tag, .. cipher];
    }

    public static string? Unseal(byte[] sealedToken, byte[] key) => UnsealBytes(sealedToken, key) is { } plain ? Encoding.UTF8.GetString(plain) : null;

    public static byte[]? UnsealBytes(byte[] sealedToken, byte[] key)
    {
        const int nonceSize = 12, tagSize = 16;
        if (sealedToken.Length <= nonceSize + tagSize) return null;
        var plain = new byte[sealedToken.Length - nonceSize - tagSize];
        try
        {
            using var aes = new AesGcm(key, tagSize);
            aes.Decrypt(sealedToken.AsSpan(0, nonceSize), sealedToken.AsSpan(nonceSize + tagSize), sealedToken.AsSpan(nonceSize, tagSize), plain);
            return plain;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    /// <summary>A new personal link token and short code for an invitation, ready to store; the plain values go only into the email.</summary>
    public static (Entities.AccessCode Code, string Token, string ShortCode) Issue(byte[] roundSalt)
    {
        var token = NewToken();
        var shortCode = NewShortCode();
        var (lookup, key) = DeriveShortCode(NormaliseShortCode(shortCode)!, roundSalt);
        return (new Entities.AccessCode { TokenHash = TokenHash(token), ShortCodeLookup = lookup, SealedToken = Seal(token, key) }, token, shortCode);
    }

    private static byte[] Sha256(string s) => SHA256.HashData(Encoding.UTF8.GetBytes(s));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
