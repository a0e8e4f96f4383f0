using System.Text.RegularExpressions;

namespace Poet.Analysis.Text;

/// <summary>
/// Masks what could identify someone in free text before it is shown in a report: email addresses,
/// UK phone numbers, and any name on the round's roster. Names are matched as whole words, ignoring
/// case, using every part of a roster name of at least <see cref="MinimumNameLength"/> letters, so a
/// surname alone ("ask Patel") is caught too. Over-masking a common word that is also a name ("Rose")
/// is the accepted price: a missed name cannot be taken back once published.
/// </summary>
public sealed class Redactor
{
    public const string Placeholder = "[removed]";
    public const int MinimumNameLength = 3;

    private static readonly Regex Email = new(@"[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    // +44 or a leading 0 (optionally in brackets), then 9 or 10 more digits with spaces, hyphens or brackets
    // between them: 07700 900123, +44 (0)20 7946 0000, (0121) 496 0000, 01632-960000.
    private static readonly Regex Phone = new(@"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s-]?\)?[\s-]?\d){8,9}(?!\d)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    // A title and the capitalised name after it, whoever it is: "Mrs Jones", "Dr. O'Neill", "Mr Smith-Jones" (issue 18:
    // "Mrs Jones" passed because she was on no roster). The title stays so the sentence still reads.
    private static readonly Regex Titled = new(@"(?<![\p{L}\p{N}])(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sister|Nurse)(\.?\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+)?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    private readonly Regex? _names;

    /// <param name="rosterNames">Full names as entered on the roster; nulls and blanks are ignored.</param>
    public Redactor(IEnumerable<string?> rosterNames)
    {
        ArgumentNullException.ThrowIfNull(rosterNames);
        var parts = NameParts(rosterNames);
        if (parts.Count > 0)
            _names = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', parts.Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The parts of the names that will be masked, longest first so "Anne-Marie" wins over "Anne".</summary>
    public static IReadOnlyList<string> NameParts(IEnumerable<string?> rosterNames) =>
        rosterNames
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .SelectMany(n => Regex.Split(n!, @"[^\p{L}'’]+"))
            .Select(p => p.Trim('\'', '’'))
            .Where(p => p.Count(char.IsLetter) >= MinimumNameLength)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length)
            .ToArray();

    /// <summary>The text with every email address, phone number, titled name and roster name replaced by <see cref="Placeholder"/>.</summary>
    public string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = Email.Replace(text, Placeholder);
        masked = Phone.Replace(masked, Placeholder);
        masked = Titled.Replace(masked, m => m.Groups[1].Value + m.Groups[2].Value + Placeholder);
        return _names is null ? masked : _names.Replace(masked, Placeholder);
    }
}
