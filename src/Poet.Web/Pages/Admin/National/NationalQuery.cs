using Microsoft.Extensions.Primitives;
using Poet.Analysis.National;
using Poet.Data.National;
using Poet.Web.Pages.Rounds;

namespace Poet.Web.Pages.Admin.National;

/// <summary>
/// The dashboard's filters as they arrive in the query string (type, client, governance, region, depth, breadth,
/// frame, from, to, by), checked. Anything malformed becomes a message naming the field; nothing is guessed.
/// </summary>
public sealed record NationalQuery(PoolFilter Filter, string By, IReadOnlyList<(string Field, string Message)> Errors, IReadOnlyDictionary<string, string> Raw)
{
    public const int EarliestYear = 2000;
    public static int LatestYear => DateTime.UtcNow.Year + 1;
    public static readonly string[] CodeFields = [NationalVocabularies.Type, NationalVocabularies.Client, NationalVocabularies.Governance,
        NationalVocabularies.Region, NationalVocabularies.Depth, NationalVocabularies.Breadth];

    /// <summary>Characteristics a view can be broken down by; frames overlap (a partnership may hold several), so they are filters only.</summary>
    public static IEnumerable<(string Id, string Label)> BreakdownChoices =>
        new[] { (PoolFilter.YearDimension, "Year") }.Concat(CodeFields.Select(f => (f, NationalVocabularies.Current[f].Label)));

    public bool IsValid => Errors.Count == 0;

    public string QueryString => string.Join('&', Raw.Where(r => r.Value.Length > 0).Select(r => $"{r.Key}={Uri.EscapeDataString(r.Value)}"));

    public static NationalQuery Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var raw = query.Where(q => q.Key is not null).GroupBy(q => q.Key.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => (g.First().Value.FirstOrDefault() ?? "").Trim());
        var errors = new List<(string, string)>();
        var codes = new Dictionary<string, string>();
        foreach (var field in CodeFields)
        {
            if (raw.GetValueOrDefault(field) is not { Length: > 0 } code) continue;
            var d = NationalVocabularies.Current[field];
            if (d.IsCode(code)) codes[field] = code;
            else errors.Add((field, $"\"{Short(code)}\" is not a {d.Label.ToLowerInvariant()} POET knows. Choose one from the list, or \"Any\""));
        }
        int? frame = null;
        if (raw.GetValueOrDefault("frame") is { Length: > 0 } f)
        {
            if (NationalFrames.All.FirstOrDefault(x => x.Id == f) is { Id: not null } known) frame = (int)known.Frame;
            else errors.Add(("frame", $"\"{Short(f)}\" is not a frame POET knows. Choose one from the list, or \"Any\""));
        }
        var from = Year(raw, "from", "From", errors);
        var to = Year(raw, "to", "To", errors);
        if (from is { } a && to is { } b && b < a) errors.Add(("to", $"The \"to\" year ({b}) is before the \"from\" year ({a}). Enter a \"to\" year of {a} or later"));
        var by = raw.GetValueOrDefault("by") is { Length: > 0 } choice ? choice : PoolFilter.YearDimension;
        if (!BreakdownChoices.Any(c => c.Id == by))
        {
            errors.Add(("by", $"\"{Short(by)}\" is not a characteristic to compare by. Choose one from the list"));
            by = PoolFilter.YearDimension;
        }
        return new NationalQuery(new PoolFilter(codes, frame, from, to), by, errors, raw);
    }

    private static int? Year(Dictionary<string, string> raw, string field, string label, List<(string, string)> errors)
    {
        if (raw.GetValueOrDefault(field) is not { Length: > 0 } text) return null;
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || text.Length > 4)
            errors.Add((field, $"{label} year must be a year as 4 digits, like 2025"));
        else if (year < EarliestYear || year > LatestYear)
            errors.Add((field, $"{label} year must be between {EarliestYear} and {LatestYear}"));
        else return year;
        return null;
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
