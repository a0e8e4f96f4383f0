using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Poet.Data;

namespace Poet.Web.Infrastructure;

/// <summary>
/// The one secret POET holds, and the keys derived from it (HKDF-SHA256, one label per use). It is never stored in the
/// database or beside the data: it comes from Poet:SecretKey (base64 of 32 random bytes; the same value on every
/// instance) or from a key file outside the data folder (Poet:SecretKeyFile, by default in the user's configuration
/// folder). A copy of the data folder alone therefore opens no draft, no sealed submission and no Data Protection key
/// (docs/anonymity.md).
/// </summary>
public sealed class PoetSecrets
{
    public const string BadKey = "Poet:SecretKey must be 32 random bytes in base64, e.g. the output of `openssl rand -base64 32`.";
    private readonly byte[] _master;

    public PoetSecrets(IOptions<PoetOptions> options, IConfiguration configuration)
    {
        var o = options.Value;
        _master = o.SecretKey is { Length: > 0 } configured ? Decode(configured) : KeyFromFile(o.SecretKeyFile ?? DefaultKeyFile, DataFolders(configuration));
    }

    public static string DefaultKeyFile => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create), "poet", "secret.key");

    /// <summary>A 32-byte key for one purpose; the same on every instance that holds the same secret.</summary>
    /// Derived once per purpose and kept: the purposes are a handful of constants, and HKDF per call showed in the survey's profile.
    public byte[] Key(string purpose) => _keys.GetOrAdd(purpose, p => HKDF.DeriveKey(HashAlgorithmName.SHA256, _master, 32, salt: [], info: Encoding.UTF8.GetBytes("poet|" + p)));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _keys = new(StringComparer.Ordinal);

    /// <summary>HMAC of <paramref name="value"/> under the key for <paramref name="purpose"/>.</summary>
    public byte[] Mac(string purpose, string value) => HMACSHA256.HashData(Key(purpose), Encoding.UTF8.GetBytes(value));

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

    /// <summary>Folders that hold data an attacker may copy together: the SQLite database's folder and the mail outbox.</summary>
    private static List<string> DataFolders(IConfiguration configuration)
    {
        var folders = new List<string>();
        var (provider, connection) = DatabaseSetup.FromConfiguration(configuration);
        if (provider == DatabaseProvider.Sqlite && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource is { Length: > 0 } file && file != ":memory:")
            folders.Add(Path.GetDirectoryName(Path.GetFullPath(file))!);
        if (configuration["Mail:PickupFolder"] is { Length: > 0 } outbox) folders.Add(Path.GetFullPath(outbox));
        return folders;
    }

    private static byte[] KeyFromFile(string path, IReadOnlyList<string> dataFolders)
    {
        var full = Path.GetFullPath(path);
        if (dataFolders.FirstOrDefault(f => full.StartsWith(f.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)) is { } folder)
            throw new InvalidOperationException($"Poet:SecretKeyFile ({full}) is inside the data folder {folder}; keep the secret away from the data it protects.");
        if (!File.Exists(full))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temporary = full + "." + Guid.NewGuid().ToString("N");
            File.WriteAllBytes(temporary, RandomNumberGenerator.GetBytes(32));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            // Two instances starting together: the first move wins and both read the winner's key.
            try { File.Move(temporary, full, overwrite: false); }
            catch (IOException) { File.Delete(temporary); }
        }
        var key = File.ReadAllBytes(full);
        return key.Length == 32 ? key : throw new InvalidOperationException($"The secret key file {full} must hold 32 bytes.");
    }
}
