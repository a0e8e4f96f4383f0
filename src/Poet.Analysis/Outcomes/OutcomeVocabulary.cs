namespace Poet.Analysis.Outcomes;

/// <summary>
/// Words the grouping ignores on top of the English stop words, and phrases it treats as one term
/// (compounds, abbreviations, common misspellings). Phrases are written in plain words and matched
/// after stop-word removal and stemming, so "key workers" matches the phrase "key worker".
/// </summary>
public sealed record OutcomeVocabulary(IReadOnlyList<string> ExtraStopWords, IReadOnlyDictionary<string, string> Synonyms)
{
    /// <summary>
    /// Words that say which way an outcome should move ("more", "fewer", "better") or that pad a
    /// statement ("ensure", "able") carry no topic, so two statements sharing only them are not alike.
    /// </summary>
    public static OutcomeVocabulary Default { get; } = new(
        [
            "more", "less", "fewer", "better", "best", "good", "greater", "improve", "improved", "improvement",
            "improvements", "improving", "increase", "increased", "increasing", "reduce", "reduced", "reduction",
            "ensure", "make", "making", "sure", "get", "getting", "able", "etc", "eg", "ie", "we", "our", "us",
            "i", "you", "your", "all", "can", "could", "would", "should", "have", "has", "do", "does", "from",
            "so", "about", "also", "which", "who", "what", "when", "where", "how", "its", "than", "very",
        ],
        new Dictionary<string, string>
        {
            ["key worker"] = "keyworker",
            ["key working"] = "keyworker",
            ["keywork"] = "keyworker",
            ["key work"] = "keyworker",
            ["co location"] = "colocation",
            ["co located"] = "colocation",
            ["inter agency"] = "interagency",
            ["multi agency"] = "interagency",
            ["multiagency"] = "interagency",
            ["refferal"] = "referral",
            ["referal"] = "referral",
            ["refferral"] = "referral",
            ["seperate"] = "separate",
            ["comunication"] = "communication",
            ["communcation"] = "communication",
            ["assesment"] = "assessment",
            ["assesments"] = "assessment",
            ["meetngs"] = "meetings",
            ["meetins"] = "meetings",
            ["informaton"] = "information",
            ["ict system"] = "ict",
            ["computer system"] = "ict",
            ["information technology"] = "ict",
            ["a and e"] = "emergency department",
            ["caf"] = "common assessment framework",
            ["cpd"] = "training",
            ["continuing professional development"] = "training",
            ["organization"] = "organisation",
            ["organizational"] = "organisational",
        });
}
