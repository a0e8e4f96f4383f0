using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.EntityFrameworkCore;
using Poet.Data;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Encrypts each Data Protection key (the keys that sign auth, antiforgery and respondents' cookies) with AES-GCM under
/// a key derived from the server secret before it is stored in the database. A copy of the database therefore cannot
/// forge a cookie the live server accepts.
/// </summary>
public sealed class KeyRingEncryptor(PoetSecrets secrets) : IXmlEncryptor
{
    public const string Purpose = "data-protection-key-ring";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var element = new XElement("poetEncryptedKey", new XComment(" Encrypted with a key derived from Poet:SecretKey "),
            new XElement("value", Convert.ToBase64String(AccessCodes.Seal(plain, secrets.Key(Purpose)))));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }
}

/// <summary>Made by Data Protection by type name, with the service provider.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var secrets = services.GetRequiredService<PoetSecrets>();
        var sealedKey = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? "");
        var plain = AccessCodes.UnsealBytes(sealedKey, secrets.Key(KeyRingEncryptor.Purpose))
            ?? throw new InvalidOperationException("A Data Protection key was encrypted with another Poet:SecretKey; give every instance the same secret.");
        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
    }
}

public static class KeyRing
{
    /// <summary>
    /// Deletes keys stored before the key ring was encrypted (their plain XML would let a copy of the database sign
    /// anyone in). People signed in under them sign in again once.
    /// </summary>
    public static Task<int> RemoveUnencryptedKeysAsync(PoetDb db) =>
        db.DataProtectionKeys.Where(k => k.Xml != null && !k.Xml.Contains("poetEncryptedKey")).ExecuteDeleteAsync();
}
