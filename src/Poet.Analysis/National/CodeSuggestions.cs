using Poet.Analysis.Outcomes;

namespace Poet.Analysis.National;

/// <summary>A code a coordinator can choose, with the words or phrases in free text that point to it.</summary>
public sealed record CodeTerm(string Id, string Label, IReadOnlyList<string> Cues);

/// <summary>
/// Suggests, never decides, the codes that national pooling needs from text POET already holds: a profile code from
/// the profile's own description (for example the type of partnership typed on the profile page), an outcome type
/// from an agreed outcome's wording. Both go through the outcome classifier (<see cref="OutcomeClassification"/>):
/// whole stemmed words, each cue counted once, the highest score suggested only when it beats every other code.
/// </summary>
public static class CodeSuggestions
{
    private const string Dimension = "code";

    /// <summary>The code whose cues (and label) best match <paramref name="text"/>; null when none matches or two tie.</summary>
    public static string? Suggest(string? text, IReadOnlyList<CodeTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (string.IsNullOrWhiteSpace(text)) return null;
        var cues = terms.SelectMany(t => t.Cues.Append(t.Label).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => new LexiconCue(Dimension, t.Id, c))).ToArray();
        if (cues.Length == 0) return null;
        return OutcomeClassification.Suggest(new Statement("text", text), new OutcomeLexicon(cues)).For(Dimension)?.Category;
    }

    /// <summary>The outcome type (change, maintenance or prevention, service process) the default lexicon suggests for a wording; null when unclear.</summary>
    public static string? OutcomeType(string wording) =>
        string.IsNullOrWhiteSpace(wording) ? null : OutcomeClassification.Suggest(new Statement("outcome", wording)).For(OutcomeLexicon.Type)?.Category;

    /// <summary>
    /// Breadth from the number of partner organisations on the profile, in the steps of national-vocabularies.json:
    /// "narrow" for 2, "medium" for 3 to 5, "broad" for 6 or more; null for fewer than 2 (not yet entered).
    /// </summary>
    public static string? Breadth(int partners) => partners switch
    {
        < 2 => null,
        2 => "narrow",
        <= 5 => "medium",
        _ => "broad",
    };
}
