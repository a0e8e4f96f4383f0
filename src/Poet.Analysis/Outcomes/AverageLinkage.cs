namespace Poet.Analysis.Outcomes;

/// <summary>
/// Agglomerative clustering with average linkage (UPGMA): the similarity of two clusters is the mean
/// similarity of all pairs across them. Runs the nearest-neighbour-chain algorithm (Murtagh 1983;
/// Müllner 2011, "Modern hierarchical, agglomerative clustering algorithms", §3.2), which is exact for
/// average linkage and takes O(n²) time and the n² matrix as space. Merging stops at the cut-off:
/// because average linkage never merges at a higher similarity than an earlier merge inside the same
/// cluster, every merge at or above the cut-off is kept and none below it.
/// </summary>
public static class AverageLinkage
{
    /// <summary>
    /// Clusters of statement indices: each cluster in ascending index order; clusters by size, largest
    /// first, then by their first index. Ties between equally near neighbours go to the lower index.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> Cluster(SimilarityMatrix similarities, double cutOff)
    {
        ArgumentNullException.ThrowIfNull(similarities);
        var n = similarities.Count;
        var s = (float[])similarities.Values.Clone();
        var active = new bool[n];
        var size = new int[n];
        var head = new int[n];
        var tail = new int[n];
        var nextMember = new int[n];
        for (var i = 0; i < n; i++) { active[i] = true; size[i] = 1; head[i] = tail[i] = i; nextMember[i] = -1; }
        var finished = new List<int>();
        var chain = new int[n];
        var length = 0;
        var start = 0;

        while (true)
        {
            if (length == 0)
            {
                while (start < n && !active[start]) start++;
                if (start == n) break;
                chain[length++] = start;
            }
            var a = chain[length - 1];
            var previous = length >= 2 ? chain[length - 2] : -1;
            var best = previous;
            var bestSimilarity = previous >= 0 ? s[a * n + previous] : float.NegativeInfinity;
            var row = a * n;
            for (var k = 0; k < n; k++)
                if (k != a && active[k] && s[row + k] > bestSimilarity) { bestSimilarity = s[row + k]; best = k; }

            if (best < 0 || bestSimilarity < cutOff)
            {   // a's nearest is below the cut-off, and every earlier link in the chain is no nearer: all are final.
                for (var c = 0; c < length; c++) { active[chain[c]] = false; finished.Add(chain[c]); }
                length = 0;
                continue;
            }
            if (best != previous) { chain[length++] = best; continue; }

            length -= 2;
            var (keep, drop) = a < best ? (a, best) : (best, a);
            float wk = size[keep], wd = size[drop];
            for (var k = 0; k < n; k++)
            {
                if (!active[k] || k == keep || k == drop) continue;
                var v = (wk * s[keep * n + k] + wd * s[drop * n + k]) / (wk + wd);
                s[keep * n + k] = v;
                s[k * n + keep] = v;
            }
            active[drop] = false;
            size[keep] += size[drop];
            nextMember[tail[keep]] = head[drop];
            tail[keep] = tail[drop];
        }

        return finished
            .Select(root => Members(root, head, nextMember))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c[0])
            .ToArray();
    }

    private static IReadOnlyList<int> Members(int root, int[] head, int[] nextMember)
    {
        var members = new List<int>();
        for (var m = head[root]; m >= 0; m = nextMember[m]) members.Add(m);
        members.Sort();
        return members;
    }
}
