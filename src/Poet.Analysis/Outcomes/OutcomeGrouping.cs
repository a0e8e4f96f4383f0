namespace Poet.Analysis.Outcomes;

/// <summary>
/// Proposes groups of similar outcome statements for the facilitator to merge, split and rename.
/// Composes <see cref="StatementSimilarity"/> and <see cref="AverageLinkage"/>, then labels each group.
/// </summary>
public static class OutcomeGrouping
{
    /// <summary>
    /// Groups the statements. Output order is deterministic: largest group first, then by the input
    /// position of each group's first statement; ids within a group in input order. Every statement is
    /// in exactly one group; one with no content words is a group of its own unless another has the
    /// same normalised text. The label is the text of the most central statement, the one with the
    /// highest summed similarity to the rest of its group (the earliest on a tie), cut at a word boundary
    /// to <see cref="GroupingOptions.MaximumLabelLength"/> characters with "…".
    /// </summary>
    public static IReadOnlyList<ProposedGroup> Propose(IReadOnlyList<Statement> statements, GroupingOptions? options = null)
    {
        options ??= GroupingOptions.Default;
        options.Validate();
        CheckStatements(statements);
        if (statements.Count == 0) return [];

        var vectors = StatementVectors.Build(statements, options.Vocabulary ?? OutcomeVocabulary.Default);
        var similarities = StatementSimilarity.Compute(vectors, options.TrigramWeight);
        var clusters = AverageLinkage.Cluster(similarities, options.SimilarityCutOff);
        var centre = new Centre(vectors, options.TrigramWeight);
        return clusters
            .Select(c => new ProposedGroup(
                c.Select(i => statements[i].Id).ToArray(),
                Label(statements[centre.MostCentral(c)].Text, options.MaximumLabelLength)))
            .ToArray();
    }

    internal static void CheckStatements(IReadOnlyList<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < statements.Count; i++)
        {
            var s = statements[i] ?? throw new ArgumentException($"Statement {i + 1} is missing.", nameof(statements));
            if (s.Id is null) throw new ArgumentException($"Statement {i + 1} has no id.", nameof(statements));
            if (s.Text is null) throw new ArgumentException($"Statement \"{s.Id}\" has no text.", nameof(statements));
            if (!ids.Add(s.Id)) throw new ArgumentException($"Statement \"{s.Id}\" appears twice.", nameof(statements));
        }
    }

    private static string Label(string text, int maximumLength)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length <= maximumLength) return oneLine;
        var cut = oneLine.LastIndexOf(' ', maximumLength - 1);
        return oneLine[..(cut > 0 ? cut : maximumLength - 1)].TrimEnd() + "…";
    }

    /// <summary>
    /// The summed similarity of x to every member of a group is x · (sum of the members' vectors) per
    /// vector kind, so the most central member is found in time linear in the group's terms.
    /// </summary>
    private sealed class Centre(StatementVectors vectors, double trigramWeight)
    {
        private readonly double[] wordSum = new double[vectors.WordPostings.Length];
        private readonly double[] trigramSum = new double[vectors.TrigramPostings.Length];

        public int MostCentral(IReadOnlyList<int> members)
        {
            if (members.Count <= 2) return members[0];
            foreach (var m in members) { vectors.Words[m].AddTo(wordSum); vectors.Trigrams[m].AddTo(trigramSum); }
            var best = members[0];
            var bestScore = double.NegativeInfinity;
            foreach (var m in members)
            {
                var score = (1 - trigramWeight) * vectors.Words[m].Dot(wordSum) + trigramWeight * vectors.Trigrams[m].Dot(trigramSum);
                if (score > bestScore + 1e-9) { bestScore = score; best = m; }
            }
            foreach (var m in members) { vectors.Words[m].ClearIn(wordSum); vectors.Trigrams[m].ClearIn(trigramSum); }
            return best;
        }
    }
}
