namespace Poet.Analysis.Outcomes;

/// <summary>
/// Sparse TF-IDF vectors of statements: one over stemmed terms, one over character trigrams of the
/// content words run together (so "key worker" and "keyworker", or "refferal" and "referral", share most
/// trigrams). Weighting as scikit-learn's TfidfVectorizer(sublinear_tf=True, smooth_idf=True, norm="l2"):
/// tf = 1 + ln(count), idf = ln((1 + n) / (1 + df)) + 1, then each vector scaled to unit length.
/// </summary>
internal sealed class StatementVectors
{
    private StatementVectors(int count, Posting[][] wordPostings, Posting[][] trigramPostings, SparseVector[] words, SparseVector[] trigrams, string[] normalised)
    {
        Count = count; WordPostings = wordPostings; TrigramPostings = trigramPostings; Words = words; Trigrams = trigrams; Normalised = normalised;
    }

    public int Count { get; }
    public Posting[][] WordPostings { get; }
    public Posting[][] TrigramPostings { get; }
    public SparseVector[] Words { get; }
    public SparseVector[] Trigrams { get; }
    public string[] Normalised { get; }

    public static StatementVectors Build(IReadOnlyList<Statement> statements, OutcomeVocabulary vocabulary)
    {
        var analyser = new TextAnalyser(vocabulary);
        var analysed = statements.Select(s => analyser.Analyse(s.Text)).ToArray();
        var (words, wordPostings) = Weigh(analysed.Select(a => (IEnumerable<string>)a.Terms).ToArray());
        var (trigrams, trigramPostings) = Weigh(analysed.Select(a => TrigramsOf(a.ContentWords)).ToArray());
        return new(statements.Count, wordPostings, trigramPostings, words, trigrams, analysed.Select(a => a.Normalised).ToArray());
    }

    private static IEnumerable<string> TrigramsOf(IReadOnlyList<string> contentWords)
    {
        if (contentWords.Count == 0) yield break;
        var joined = "^" + string.Concat(contentWords) + "$";
        for (var i = 0; i + 3 <= joined.Length; i++) yield return joined.Substring(i, 3);
    }

    private static (SparseVector[] Vectors, Posting[][] Postings) Weigh(IEnumerable<string>[] documents)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<Dictionary<int, int>>(documents.Length);
        var df = new List<int>();
        foreach (var doc in documents)
        {
            var tf = new Dictionary<int, int>();
            foreach (var token in doc)
            {
                if (!ids.TryGetValue(token, out var id)) { id = ids.Count; ids[token] = id; df.Add(0); }
                tf[id] = tf.GetValueOrDefault(id) + 1;
            }
            foreach (var id in tf.Keys) df[id]++;
            counts.Add(tf);
        }

        var n = documents.Length;
        var vectors = new SparseVector[n];
        var postings = new List<Posting>[ids.Count];
        for (var t = 0; t < postings.Length; t++) postings[t] = new List<Posting>(df[t]);
        for (var d = 0; d < n; d++)
        {
            var terms = counts[d].Keys.Order().ToArray();
            var weights = terms.Select(t => (1 + Math.Log(counts[d][t])) * (Math.Log((1.0 + n) / (1.0 + df[t])) + 1)).ToArray();
            var norm = Math.Sqrt(weights.Sum(w => w * w));
            var unit = weights.Select(w => (float)(w / norm)).ToArray();
            vectors[d] = new SparseVector(terms, unit);
            for (var k = 0; k < terms.Length; k++) postings[terms[k]].Add(new Posting(d, unit[k]));
        }
        return (vectors, postings.Select(p => p.ToArray()).ToArray());
    }
}

internal readonly record struct Posting(int Statement, float Weight);

internal sealed record SparseVector(int[] Terms, float[] Weights)
{
    public double Dot(double[] dense)
    {
        var sum = 0.0;
        for (var k = 0; k < Terms.Length; k++) sum += Weights[k] * dense[Terms[k]];
        return sum;
    }

    public void AddTo(double[] dense)
    {
        for (var k = 0; k < Terms.Length; k++) dense[Terms[k]] += Weights[k];
    }

    public void ClearIn(double[] dense)
    {
        foreach (var t in Terms) dense[t] = 0;
    }
}
