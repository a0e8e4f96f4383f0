namespace Poet.Analysis.Outcomes;

/// <summary>Pairwise similarity of statements, as defined on <see cref="GroupingOptions"/>.</summary>
public static class StatementSimilarity
{
    /// <summary>
    /// Similarity of every pair. Statements whose normalised text is identical score 1 even when they
    /// have no content words (say, only stop words); a statement with no content words scores 0 with any other.
    /// Cost grows with the sum over terms of (statements containing the term)², at most n².
    /// </summary>
    public static SimilarityMatrix Compute(IReadOnlyList<Statement> statements, GroupingOptions? options = null)
    {
        options ??= GroupingOptions.Default;
        options.Validate();
        OutcomeGrouping.CheckStatements(statements);
        return Compute(StatementVectors.Build(statements, options.Vocabulary ?? OutcomeVocabulary.Default), options.TrigramWeight);
    }

    /// <summary>Float dot products of equal unit vectors land within this of 1; they count as 1.</summary>
    private const float SameWithinRounding = 1 - 1e-5f;

    internal static SimilarityMatrix Compute(StatementVectors vectors, double trigramWeight)
    {
        var n = vectors.Count;
        var s = new float[n * n];
        Accumulate(s, n, vectors.WordPostings, (float)(1 - trigramWeight));
        Accumulate(s, n, vectors.TrigramPostings, (float)trigramWeight);

        var firstWithText = new Dictionary<string, int>(StringComparer.Ordinal);
        var sameAs = new int[n];
        for (var i = 0; i < n; i++)
        {
            sameAs[i] = firstWithText.TryGetValue(vectors.Normalised[i], out var first) ? first : (firstWithText[vectors.Normalised[i]] = i);
            s[i * n + i] = 1;
            for (var j = i + 1; j < n; j++)
            {
                var v = s[i * n + j] > SameWithinRounding ? 1f : Math.Max(s[i * n + j], 0f);
                s[i * n + j] = v;
                s[j * n + i] = v;
            }
        }
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                if (sameAs[i] == sameAs[j]) s[i * n + j] = s[j * n + i] = 1;
        return new SimilarityMatrix(n, s);
    }

    /// <summary>Adds weight × dot product into the upper triangle, term by term over an inverted index.</summary>
    private static void Accumulate(float[] s, int n, Posting[][] postings, float weight)
    {
        if (weight == 0) return;
        foreach (var list in postings)
            for (var a = 0; a < list.Length; a++)
            {
                var row = list[a].Statement * n;
                var wa = list[a].Weight * weight;
                for (var b = a + 1; b < list.Length; b++)
                    s[row + list[b].Statement] += wa * list[b].Weight;
            }
    }
}
