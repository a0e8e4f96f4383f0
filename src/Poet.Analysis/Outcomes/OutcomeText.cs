using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.En;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Poet.Analysis.Outcomes;

/// <summary>
/// Turns statement text into terms. Steps: "IT" in capitals becomes "ict"; lower case; "&amp;" becomes "and"; apostrophes are dropped;
/// every other character that is not a letter or digit separates words; Lucene's English stop words
/// (EnglishAnalyzer.DefaultStopSet) and <see cref="OutcomeVocabulary.ExtraStopWords"/> are removed;
/// words are stemmed with the Snowball English (Porter2) stemmer; vocabulary phrases are replaced,
/// longest first.
/// </summary>
public static partial class OutcomeText
{
    /// <summary>"IT" in capitals means information technology, not the stop word "it".</summary>
    [GeneratedRegex(@"\bIT\b", RegexOptions.CultureInvariant)]
    private static partial Regex InformationTechnology();

    /// <summary>
    /// Lower case, "&amp;" as "and", no apostrophes, single spaces between words, no punctuation;
    /// "IT" in capitals becomes "ict".
    /// </summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = InformationTechnology().Replace(text, "ICT");
        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is '\'' or '\u2019') continue;
            if (c == '&') { if (!space) sb.Append(' '); sb.Append("and "); space = true; continue; }
            if (char.IsLetterOrDigit(c)) { sb.Append(c); space = false; }
            else if (!space) { sb.Append(' '); space = true; }
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>The stemmed terms of one text, in order, after stop words and vocabulary phrases.</summary>
    public static IReadOnlyList<string> Terms(string text, OutcomeVocabulary? vocabulary = null) =>
        new TextAnalyser(vocabulary ?? OutcomeVocabulary.Default).Analyse(text).Terms;
}

/// <summary>One statement's words: content words as written (for character trigrams) and stemmed terms.</summary>
internal sealed record AnalysedText(string Normalised, IReadOnlyList<string> ContentWords, IReadOnlyList<string> Terms);

/// <summary>Not thread-safe: holds one stemmer and a stem cache. Make one per call.</summary>
internal sealed class TextAnalyser
{
    private static readonly FrozenSet<string> LuceneStopWords =
        EnglishAnalyzer.DefaultStopSet.Select(w => w.ToString()!).ToFrozenSet();

    private readonly EnglishStemmer stemmer = new();
    private readonly Dictionary<string, string> stems = new(StringComparer.Ordinal);
    private readonly HashSet<string> stopWords;
    private readonly Dictionary<string, List<(string[] Phrase, string[] Replacement)>> phrasesByFirstTerm = new(StringComparer.Ordinal);

    public TextAnalyser(OutcomeVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        stopWords = new HashSet<string>(LuceneStopWords, StringComparer.Ordinal);
        foreach (var w in vocabulary.ExtraStopWords) stopWords.Add(OutcomeText.Normalise(w));
        foreach (var (phrase, replacement) in vocabulary.Synonyms)
        {
            var from = StemAll(ContentWords(OutcomeText.Normalise(phrase)));
            var to = StemAll(ContentWords(OutcomeText.Normalise(replacement)));
            if (from.Length == 0) continue;
            if (!phrasesByFirstTerm.TryGetValue(from[0], out var list)) phrasesByFirstTerm[from[0]] = list = [];
            list.Add((from, to));
            list.Sort((x, y) => y.Phrase.Length.CompareTo(x.Phrase.Length));
        }
    }

    public AnalysedText Analyse(string text)
    {
        var normalised = OutcomeText.Normalise(text);
        var words = ContentWords(normalised);
        return new AnalysedText(normalised, words, ReplacePhrases(StemAll(words)));
    }

    /// <summary>Every word of the text stemmed, stop words kept, for matching lexicon cues.</summary>
    public string[] StemmedWords(string text) =>
        StemAll(OutcomeText.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private string[] ContentWords(string normalised) =>
        normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !stopWords.Contains(w)).ToArray();

    private string[] StemAll(string[] words) => Array.ConvertAll(words, Stem);

    private string Stem(string word)
    {
        if (stems.TryGetValue(word, out var stem)) return stem;
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stems[word] = stemmer.Current;
    }

    private List<string> ReplacePhrases(string[] terms)
    {
        var result = new List<string>(terms.Length);
        for (var i = 0; i < terms.Length;)
        {
            var match = phrasesByFirstTerm.TryGetValue(terms[i], out var candidates)
                ? candidates.FirstOrDefault(c => Matches(terms, i, c.Phrase))
                : default;
            if (match.Phrase is null) { result.Add(terms[i]); i++; continue; }
            result.AddRange(match.Replacement);
            i += match.Phrase.Length;
        }
        return result;
    }

    private static bool Matches(string[] terms, int start, string[] phrase)
    {
        if (start + phrase.Length > terms.Length) return false;
        for (var k = 0; k < phrase.Length; k++)
            if (terms[start + k] != phrase[k]) return false;
        return true;
    }
}
