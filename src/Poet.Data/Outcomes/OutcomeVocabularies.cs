using System.Text.Json;

namespace Poet.Data.Outcomes;

/// <summary>A code with its label; <c>Cues</c> are words in free text that suggest it (national profile codes only).</summary>
public sealed record VocabularyTerm(string Id, string Label, string? Hint = null, string? Group = null, IReadOnlyList<string>? Cues = null);

/// <summary>
/// The classification vocabularies as data (outcome-vocabularies.json): statement focus, outcome type and the
/// users-and-carers framework headings. Focus and type ids match the categories of Poet.Analysis's OutcomeLexicon,
/// so its suggestions can be shown against these terms.
/// </summary>
public sealed record OutcomeVocabularies(string Version, IReadOnlyList<VocabularyTerm> Focus, IReadOnlyList<VocabularyTerm> Type, IReadOnlyList<VocabularyTerm> FrameworkHeadings)
{
    public static OutcomeVocabularies Current { get; } = Load();

    public string? LabelOf(IReadOnlyList<VocabularyTerm> terms, string? id) => terms.FirstOrDefault(t => t.Id == id)?.Label;

    private static OutcomeVocabularies Load()
    {
        using var stream = typeof(OutcomeVocabularies).Assembly.GetManifestResourceStream("Poet.Data.Outcomes.outcome-vocabularies.json")
                           ?? throw new InvalidOperationException("outcome-vocabularies.json is not embedded in Poet.Data.");
        var vocabularies = JsonSerializer.Deserialize<OutcomeVocabularies>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                           ?? throw new InvalidOperationException("outcome-vocabularies.json is empty.");
        foreach (var list in new[] { vocabularies.Focus, vocabularies.Type, vocabularies.FrameworkHeadings })
        {
            if (list is null || list.Count == 0 || list.Any(t => string.IsNullOrWhiteSpace(t.Id) || string.IsNullOrWhiteSpace(t.Label)))
                throw new InvalidOperationException("outcome-vocabularies.json needs focus, type and frameworkHeadings lists whose terms each have an id and a label.");
            if (list.Select(t => t.Id).Distinct().Count() != list.Count)
                throw new InvalidOperationException("outcome-vocabularies.json repeats an id within a list.");
        }
        return vocabularies;
    }
}
