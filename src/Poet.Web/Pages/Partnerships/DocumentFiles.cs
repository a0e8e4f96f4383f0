using System.IO.Compression;
using System.Text;

namespace Poet.Web.Pages.Partnerships;

/// <summary>
/// Which uploads a partnership may keep. A file is accepted only when its extension and its first bytes agree,
/// so a renamed program is refused; downloads are always attachments, so nothing is ever run in the browser.
/// </summary>
public static class DocumentFiles
{
    public const long MaxBytes = 10 * 1024 * 1024;
    /// <summary>Request limit a little above <see cref="MaxBytes"/>, so an oversize file still reaches the page and gets a message.</summary>
    public const long MaxRequestBytes = MaxBytes + 2 * 1024 * 1024;
    public const int MaxFileNameLength = 120;

    private const string DocxMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string OdtMime = "application/vnd.oasis.opendocument.text";

    /// <summary>The stored content type when the file is an allowed kind whose content matches its extension; otherwise null.</summary>
    public static string? ContentTypeOf(string fileName, byte[] content) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" when StartsWith(content, "%PDF-"u8) => "application/pdf",
        ".docx" when ZipEntryContains(content, "[Content_Types].xml", DocxMain) => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".odt" when ZipEntryEquals(content, "mimetype", OdtMime) => OdtMime,
        ".txt" when IsPlainText(content) => "text/plain",
        _ => null,
    };

    public static bool IsAllowedExtension(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".pdf" or ".docx" or ".odt" or ".txt";

    /// <summary>The last path segment with anything but letters, digits, spaces and . - _ ( ) replaced, kept short.</summary>
    public static string SafeFileName(string fileName)
    {
        var name = fileName.Replace('\\', '/').Split('/')[^1];
        var cleaned = new StringBuilder(name.Length);
        foreach (var c in name) cleaned.Append(char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '_' or '(' or ')' ? c : '_');
        var stem = Path.GetFileNameWithoutExtension(cleaned.ToString()).Trim(' ', '.');
        var extension = Path.GetExtension(cleaned.ToString()).ToLowerInvariant();
        if (stem.Length == 0) stem = "document";
        if (stem.Length + extension.Length > MaxFileNameLength) stem = stem[..(MaxFileNameLength - extension.Length)];
        return stem + extension;
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> magic) => content.AsSpan().StartsWith(magic);

    private static bool ZipEntryContains(byte[] content, string entryName, string expected) =>
        ReadZipEntry(content, entryName) is { } text && text.Contains(expected, StringComparison.Ordinal);

    private static bool ZipEntryEquals(byte[] content, string entryName, string expected) =>
        ReadZipEntry(content, entryName) is { } text && text.Trim() == expected;

    private static string? ReadZipEntry(byte[] content, string entryName)
    {
        if (!StartsWith(content, "PK\u0003\u0004"u8)) return null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var entry = zip.GetEntry(entryName);
            // The entries we read are tiny; a large one is not a real document's and could be a zip bomb.
            if (entry is null || entry.Length > 1024 * 1024) return null;
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool IsPlainText(byte[] content)
    {
        if (Array.IndexOf(content, (byte)0) >= 0) return false;
        try
        {
            _ = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
