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
    public string Mask(string text) => Screen(text).Text;

    /// <summary>The masked text and how many of each kind were masked, so the person who wrote it can see what went.</summary>
    public Screened Screen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (emails, phones, names) = (0, 0, 0);
        var masked = Email.Replace(text, _ => { emails++; return Placeholder; });
        masked = Phone.Replace(masked, _ => { phones++; return Placeholder; });
        masked = Titled.Replace(masked, m => { names++; return m.Groups[1].Value + m.Groups[2].Value + Placeholder; });
        if (_names is not null) masked = _names.Replace(masked, _ => { names++; return Placeholder; });
        return new Screened(masked, emails, phones, names);
    }
}

/// <summary>Text after screening, with how many email addresses, phone numbers and names (titled or known) were masked.</summary>
public sealed record Screened(string Text, int Emails, int Phones, int Names)
{
    public int Total => Emails + Phones + Names;

    /// <summary>The counts over several screened texts (the text is left empty).</summary>
    public static Screened Sum(IEnumerable<Screened> all) =>
        all.Aggregate(new Screened("", 0, 0, 0), (a, b) => new Screened("", a.Emails + b.Emails, a.Phones + b.Phones, a.Names + b.Names));

    /// <summary>"POET masked 2 names and 1 phone number in this interview, shown as [removed]. ...", or null when nothing was masked.</summary>
    public string? Summary(string where)
    {
        if (Total == 0) return null;
        var parts = new[] { (Names, "name"), (Phones, "phone number"), (Emails, "email address") }.Where(p => p.Item1 > 0)
            .Select(p => Wording.Count(p.Item1, p.Item2)).ToList();
        var list = parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
        return $"POET masked {list} in {where}, shown as {Redactor.Placeholder}. Check that nothing else in it could identify someone.";
    }
}
