namespace Poet.Analysis.Outcomes;

/// <summary>A lexicon cue found in a statement.</summary>
public sealed record CueMatch(string Category, string Phrase, double Weight);

/// <summary>
/// The suggested category for one dimension, or null when no cue matched or two categories tie.
/// <see cref="Cues"/> lists every match, for all categories, so the facilitator sees why.
/// </summary>
public sealed record DimensionSuggestion(string Dimension, string? Category, IReadOnlyList<CueMatch> Cues);

/// <summary>Suggestions for one statement, one per lexicon dimension in the lexicon's order.</summary>
public sealed record StatementSuggestion(string StatementId, IReadOnlyList<DimensionSuggestion> Dimensions)
{
    public DimensionSuggestion? For(string dimension) => Dimensions.FirstOrDefault(d => d.Dimension == dimension);
}

/// <summary>
/// Suggests, never decides, how to classify each statement. For each dimension, each category scores
/// the summed weight of its cues that occur in the statement (each cue counted once); the highest score
/// is suggested if it beats every other category.
/// </summary>
public static class OutcomeClassification
{
    public static IReadOnlyList<StatementSuggestion> Suggest(IReadOnlyList<Statement> statements, OutcomeLexicon? lexicon = null)
    {
        OutcomeGrouping.CheckStatements(statements);
        lexicon ??= OutcomeLexicon.Default;
        ArgumentNullException.ThrowIfNull(lexicon.Cues);
        var analyser = new TextAnalyser(new OutcomeVocabulary([], new Dictionary<string, string>()));
        var cues = lexicon.Cues.Select(c => (Cue: c, Words: analyser.StemmedWords(c.Phrase)))
            .Where(c => c.Words.Length > 0)
            .DistinctBy(c => (c.Cue.Dimension, c.Cue.Category, string.Join(' ', c.Words)))   // "family" and "families" count once
            .ToArray();
        var dimensions = lexicon.Cues.Select(c => c.Dimension).Distinct().ToArray();
        return statements.Select(s => Suggest(s, analyser.StemmedWords(s.Text), cues, dimensions)).ToArray();
    }

    public static StatementSuggestion Suggest(Statement statement, OutcomeLexicon? lexicon = null) =>
        Suggest([statement], lexicon)[0];

    private static StatementSuggestion Suggest(Statement statement, string[] words, (LexiconCue Cue, string[] Words)[] cues, string[] dimensions)
    {
        var matches = cues.Where(c => Contains(words, c.Words)).Select(c => c.Cue).ToArray();
        return new StatementSuggestion(statement.Id, dimensions.Select(d =>
        {
            var found = matches.Where(m => m.Dimension == d).ToArray();
            var scores = found.GroupBy(m => m.Category).Select(g => (Category: g.Key, Score: g.Sum(m => m.Weight)))
                .OrderByDescending(x => x.Score).ToArray();
            var category = scores.Length > 0 && (scores.Length == 1 || scores[0].Score > scores[1].Score) ? scores[0].Category : null;
            return new DimensionSuggestion(d, category, found.Select(m => new CueMatch(m.Category, m.Phrase, m.Weight)).ToArray());
        }).ToArray());
    }

    private static bool Contains(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            var k = 0;
            while (k < phrase.Length && words[i + k] == phrase[k]) k++;
            if (k == phrase.Length) return true;
        }
        return false;
    }
}
