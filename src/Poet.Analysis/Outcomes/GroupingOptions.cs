namespace Poet.Analysis.Outcomes;

/// <summary>
/// How statements are grouped. Similarity of two statements is
/// (1 - <see cref="TrigramWeight"/>) × cosine of their word TF-IDF vectors
/// + <see cref="TrigramWeight"/> × cosine of their character-trigram TF-IDF vectors.
/// Groups are cut from an average-linkage tree where the average similarity between two groups
/// falls below <see cref="SimilarityCutOff"/>: raise it for more, tighter groups; lower it for fewer, looser ones.
/// </summary>
public sealed record GroupingOptions(
    double SimilarityCutOff = GroupingOptions.DefaultSimilarityCutOff,
    double TrigramWeight = GroupingOptions.DefaultTrigramWeight,
    int MaximumLabelLength = GroupingOptions.DefaultMaximumLabelLength,
    OutcomeVocabulary? Vocabulary = null)
{
    /// <summary>Chosen on the pilot fixture: near-duplicates sit well above it, different topics well below.</summary>
    public const double DefaultSimilarityCutOff = 0.4;

    /// <summary>Enough for a misspelt or run-together word to count, not enough for shared suffixes to group topics.</summary>
    public const double DefaultTrigramWeight = 0.3;

    public const int DefaultMaximumLabelLength = 120;

    public static GroupingOptions Default { get; } = new();

    internal void Validate()
    {
        if (double.IsNaN(SimilarityCutOff) || SimilarityCutOff is < 0 or > 1)
            throw new ArgumentException($"The similarity cut-off must be between 0 and 1; it was {SimilarityCutOff}.");
        if (double.IsNaN(TrigramWeight) || TrigramWeight is < 0 or > 1)
            throw new ArgumentException($"The trigram weight must be between 0 and 1; it was {TrigramWeight}.");
        if (MaximumLabelLength < 10)
            throw new ArgumentException($"The maximum label length must be at least 10 characters; it was {MaximumLabelLength}.");
    }
}
