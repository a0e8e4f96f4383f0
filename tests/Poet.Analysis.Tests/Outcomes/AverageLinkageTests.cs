using Poet.Analysis.Outcomes;

namespace Poet.Analysis.Tests.Outcomes;

public class AverageLinkageTests
{
    // A-B 0.9 and C-D 0.8 merge first. Then {A,B}-{C,D} is the mean of 0.3, 0.2, 0.5, 0.1 = 0.275 under
    // average linkage (single linkage would say 0.5, complete linkage 0.1). Worked by hand; as distances
    // 1 - S these are the heights hclust(as.dist(1 - S), "average") reports: 0.1, 0.2, 0.725.
    private static readonly SimilarityMatrix FourPoints = SimilarityMatrix.From(new double[,]
    {
        { 1.0, 0.9, 0.3, 0.2 },
        { 0.9, 1.0, 0.5, 0.1 },
        { 0.3, 0.5, 1.0, 0.8 },
        { 0.2, 0.1, 0.8, 1.0 },
    });

    [Fact]
    public void Cluster_CutAboveMeanButBelowMaximum_KeepsTwoPairs()
    {   // Single linkage would join all four at 0.3.
        Assert.Equal([[0, 1], [2, 3]], AverageLinkage.Cluster(FourPoints, 0.3));
    }

    [Fact]
    public void Cluster_CutBelowMean_JoinsAll()
    {   // Complete linkage would stop at 0.25.
        Assert.Equal([[0, 1, 2, 3]], AverageLinkage.Cluster(FourPoints, 0.25));
    }

    [Fact]
    public void Cluster_CutBetweenPairs_KeepsOnlyTheCloserPair()
    {
        Assert.Equal([[0, 1], [2], [3]], AverageLinkage.Cluster(FourPoints, 0.85));
    }

    [Fact]
    public void Cluster_Empty_GivesNoClusters()
    {
        Assert.Empty(AverageLinkage.Cluster(SimilarityMatrix.From(new double[0, 0]), 0.5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Cluster_RandomMatrix_MatchesNaiveAverageLinkage(int seed)
    {   // Oracle: the textbook O(n³) UPGMA below, always merging the globally most similar pair.
        var random = new Random(seed);
        const int n = 40;
        var s = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = i; j < n; j++)
                s[i, j] = s[j, i] = i == j ? 1 : random.NextDouble();

        var actual = AverageLinkage.Cluster(SimilarityMatrix.From(s), 0.55);

        Assert.Equal(Naive(s, 0.55), actual.Select(c => c.ToArray()).ToArray());
    }

    private static int[][] Naive(double[,] s, double cutOff)
    {
        var n = s.GetLength(0);
        var clusters = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        double Mean(List<int> a, List<int> b) => a.SelectMany(x => b.Select(y => (double)(float)s[x, y])).Average();
        while (clusters.Count > 1)
        {
            var (bi, bj, best) = (-1, -1, double.NegativeInfinity);
            for (var i = 0; i < clusters.Count; i++)
                for (var j = i + 1; j < clusters.Count; j++)
                {
                    var m = Mean(clusters[i], clusters[j]);
                    if (m > best) (bi, bj, best) = (i, j, m);
                }
            if (best < cutOff) break;
            clusters[bi].AddRange(clusters[bj]);
            clusters.RemoveAt(bj);
        }
        return clusters.Select(c => c.Order().ToArray()).OrderByDescending(c => c.Length).ThenBy(c => c[0]).ToArray();
    }
}
