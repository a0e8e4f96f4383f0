namespace Poet.Analysis.Outcomes;

/// <summary>Pairwise similarities of n statements in [0, 1], row-major, symmetric, with 1 on the diagonal.</summary>
public sealed class SimilarityMatrix
{
    internal SimilarityMatrix(int count, float[] values) { Count = count; Values = values; }

    /// <summary>A matrix from given values, for trying the clustering on similarities made elsewhere.</summary>
    public static SimilarityMatrix From(double[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var n = values.GetLength(0);
        if (values.GetLength(1) != n) throw new ArgumentException("A similarity matrix must be square.", nameof(values));
        var flat = new float[n * n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                if (values[i, j] != values[j, i])
                    throw new ArgumentException($"A similarity matrix must be symmetric; [{i},{j}] and [{j},{i}] differ.", nameof(values));
                flat[i * n + j] = (float)values[i, j];
            }
        return new SimilarityMatrix(n, flat);
    }

    public int Count { get; }

    internal float[] Values { get; }

    public double this[int i, int j] => Values[i * Count + j];
}
