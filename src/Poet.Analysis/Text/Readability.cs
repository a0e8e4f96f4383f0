using System.Text.RegularExpressions;

namespace Poet.Analysis.Text;

/// <summary>Counts behind a readability score: sentences, words, syllables and the longest sentence in words.</summary>
public sealed record ReadabilityCounts(int Sentences, int Words, int Syllables, int LongestSentence)
{
    /// <summary>
    /// Flesch–Kincaid grade level (Kincaid, Fishburne, Rogers and Chissom 1975): 0.39 × words per sentence
    /// + 11.8 × syllables per word − 15.59. A US school grade; add 5 for a reading age in years.
    /// </summary>
    public double Grade => Words == 0 ? 0 : 0.39 * Words / Sentences + 11.8 * Syllables / Words - 15.59;

    /// <summary>Flesch reading ease (Flesch 1948): 206.835 − 1.015 × words per sentence − 84.6 × syllables per word; higher is easier.</summary>
    public double Ease => Words == 0 ? 100 : 206.835 - 1.015 * Words / Sentences - 84.6 * Syllables / Words;

    /// <summary>The reading age the grade suggests, in years (grade + 5), as UK plain-language guidance states targets.</summary>
    public double ReadingAge => Grade + 5;
}

/// <summary>
/// The readability check POET applies to what families read (issue 18): Flesch–Kincaid grade, Flesch reading ease
/// and sentence length. Syllables are counted by the usual rule of thumb (groups of vowels, y counting as a vowel,
/// a silent final e dropped, at least one per word), which is what readability tools such as textstat and the
/// Hemingway editor approximate too; the scores are a screen, not a verdict.
/// </summary>
public static partial class Readability
{
    public static ReadabilityCounts Measure(IEnumerable<string> texts)
    {
        var (sentences, words, syllables, longest) = (0, 0, 0, 0);
        foreach (var text in texts)
        {
            foreach (var sentence in SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0))
            {
                var inSentence = Word().Matches(sentence).Select(m => m.Value).ToList();
                if (inSentence.Count == 0) continue;
                sentences++;
                words += inSentence.Count;
                syllables += inSentence.Sum(Syllables);
                longest = Math.Max(longest, inSentence.Count);
            }
        }
        return new ReadabilityCounts(sentences, words, syllables, longest);
    }

    public static ReadabilityCounts Measure(string text) => Measure([text]);

    /// <summary>The words of a text, as the measure counts them ("co-ordinate" is one word).</summary>
    public static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    /// <summary>Vowel groups in the word, less a silent final "e" (but not "-le" as in "table"), never fewer than one.</summary>
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant().Trim('\'', '’');
        if (w.Length == 0) return 0;
        if (w.All(char.IsDigit)) return Math.Max(1, w.Length); // "2008": a number is read aloud as several syllables; count one per digit
        var groups = VowelGroup().Matches(w).Count;
        if (w.Length > 2 && w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && !w.EndsWith("ee", StringComparison.Ordinal) && groups > 1) groups--;
        else if (w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
        {
            // "makes", "liked": the e is silent unless after a t/d or an s-like sound ("wanted", "boxes").
            var before = w.Length > 2 ? w[^3] : ' ';
            if (groups > 1 && !(w.EndsWith("ed", StringComparison.Ordinal) ? before is 't' or 'd' : before is 's' or 'x' or 'z' or 'c' or 'g' or 'h')) groups--;
        }
        return Math.Max(1, groups);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|[\r\n]+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
