using System.Text;

namespace Poet.Analysis.Text;

/// <summary>
/// The one rule for text POET accepts and writes (docs/security.md, "Validation"). Every form field (through
/// <c>CleanTextBinderProvider</c>), every imported cell, and every writer (HTML aside: Razor encodes) passes text
/// through <see cref="Clean"/>, so whatever is stored can be written to HTML, PDF, Word, CSV, XLSX and email.
/// Removed: C0 controls except tab, line feed and carriage return (NUL, ESC, 0x01 ...), DEL and C1 controls,
/// lone surrogates, noncharacters (U+FFFE, U+FFFF, U+FDD0-U+FDEF), and bidirectional embedding, override and
/// isolate controls (U+202A-U+202E, U+2066-U+2069), which can make a name read differently from what it is.
/// Right-to-left text itself (Arabic, Hebrew, Urdu) and the invisible direction marks U+200E/U+200F are kept.
/// </summary>
public static class PlainText
{
    /// <summary>True when <paramref name="c"/> (not a surrogate) is never kept.</summary>
    public static bool IsRemoved(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        < '\u0020' => true,
        >= '\u007F' and <= '\u009F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        >= '\uFDD0' and <= '\uFDEF' => true,
        '\uFFFE' or '\uFFFF' => true,
        _ => false,
    };

    /// <summary>The text without the characters listed above; the same instance when nothing had to go.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = FirstBad(text);
        if (i < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    // Astral noncharacters end in FFFE/FFFF (U+1FFFE, U+10FFFF ...).
                    var cp = char.ConvertToUtf32(c, text[i + 1]);
                    if ((cp & 0xFFFE) != 0xFFFE) sb.Append(c).Append(text[i + 1]);
                    i++;
                }
                continue;
            }
            if (char.IsLowSurrogate(c) || IsRemoved(c)) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary><see cref="Clean(string)"/> that lets null through, for optional fields.</summary>
    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    /// <summary>True when <see cref="Clean(string)"/> would change the text.</summary>
    public static bool NeedsCleaning(string text) => FirstBad(text) >= 0;

    private static int FirstBad(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return i;
                if ((char.ConvertToUtf32(c, text[i + 1]) & 0xFFFE) == 0xFFFE) return i;
                i++;
                continue;
            }
            if (char.IsLowSurrogate(c) || IsRemoved(c)) return i;
        }
        return -1;
    }
}
