using MathNet.Numerics.LinearAlgebra;

namespace Poet.Analysis.QMethod;

/// <summary>How far a difference in z-scores exceeds the standard error of differences (SED), as qmethod's qdc.</summary>
public enum Significance
{
    /// <summary>|difference| ≤ 1.960 SED; qmethod shows "".</summary>
    None,
    /// <summary>p &lt; .05, |difference| &gt; 1.960 SED; "*".</summary>
    P05,
    /// <summary>p &lt; .01, &gt; 2.576 SED; "**".</summary>
    P01,
    /// <summary>p &lt; .001, &gt; 3.291 SED; "***".</summary>
    P001,
    /// <summary>p &lt; .000001, &gt; 4.8916 SED; "6*".</summary>
    P000001,
}

/// <summary>A comparison of two factors (zero-based), First &lt; Second, named "f1_f2" as in qmethod.</summary>
public sealed record FactorPair(int First, int Second)
{
    public string Name => $"f{First + 1}_f{Second + 1}";
}

/// <summary>
/// One statement's z-score differences and their significance, one per pair (null when a factor has no z-scores),
/// and qmethod's label: "Consensus", "Distinguishing" (two factors), or with more factors
/// "Distinguishes f2 only", "Distinguishes all", "Distinguishes f1 Distinguishes f3", or "".
/// </summary>
public sealed record StatementDistinction(
    int Statement,
    IReadOnlyList<double> Differences,
    IReadOnlyList<Significance?> Significances,
    string Label);

public sealed record DistinctionSet(IReadOnlyList<FactorPair> Pairs, IReadOnlyList<StatementDistinction> Statements);

public static class Statements
{
    public const string Consensus = "Consensus";
    public const string Distinguishing = "Distinguishing";

    /// <summary>
    /// Distinguishing and consensus statements as qmethod's qdc: for each pair of factors f &lt; g, difference =
    /// z_f − z_g, graded against multiples of SED[f, g]. A statement with no significant difference is consensus.
    /// With two factors any other statement is distinguishing; with more, a factor is distinguished when all its
    /// pairs are significant ("only" when no other pair is; "all" when every pair is).
    /// </summary>
    /// <remarks>
    /// Factors whose z-scores are NaN (no flagged Q-sorts) get null significances and are left out of the labels.
    /// Pairs are matched by factor number, so unlike qdc (which matches names with grep) ten or more factors work.
    /// With a single factor there are no pairs and every label is "" (qdc returns a warning instead).
    /// </remarks>
    public static DistinctionSet DistinguishingAndConsensus(Matrix<double> zScores, Matrix<double> differenceStandardErrors)
    {
        var k = zScores.ColumnCount;
        var pairs = new List<FactorPair>();
        for (var f = 0; f < k; f++)
            for (var g = f + 1; g < k; g++)
                pairs.Add(new FactorPair(f, g));
        var usable = Enumerable.Range(0, k).Where(f => !zScores.Column(f).Any(double.IsNaN)).ToArray();

        var statements = Enumerable.Range(0, zScores.RowCount).Select(s =>
        {
            var differences = pairs.Select(p => zScores[s, p.First] - zScores[s, p.Second]).ToArray();
            var significances = pairs.Select((p, i) => Grade(differences[i], differenceStandardErrors[p.First, p.Second])).ToArray();
            var significant = pairs.Select((p, i) => (p, i))
                .Where(x => usable.Contains(x.p.First) && usable.Contains(x.p.Second))
                .ToDictionary(x => x.p, x => significances[x.i] is { } sig && sig != Significance.None);
            return new StatementDistinction(s, differences, significances, Label(usable, significant));
        }).ToArray();
        return new DistinctionSet(pairs, statements);
    }

    /// <summary>qdc's thresholds: 1.960, 2.576, 3.291 and 4.8916 standard errors of differences.</summary>
    public static Significance? Grade(double difference, double differenceStandardError)
    {
        if (double.IsNaN(difference) || double.IsNaN(differenceStandardError)) return null;
        var a = Math.Abs(difference);
        return a > differenceStandardError * 4.8916 ? Significance.P000001
            : a > differenceStandardError * 3.291 ? Significance.P001
            : a > differenceStandardError * 2.576 ? Significance.P01
            : a > differenceStandardError * 1.960 ? Significance.P05
            : Significance.None;
    }

    /// <summary>The text qmethod prints for a significance level.</summary>
    public static string Symbol(Significance? significance) => significance switch
    {
        Significance.P05 => "*",
        Significance.P01 => "**",
        Significance.P001 => "***",
        Significance.P000001 => "6*",
        _ => "",
    };

    private static string Label(IReadOnlyList<int> factors, IReadOnlyDictionary<FactorPair, bool> significant)
    {
        if (significant.Count == 0) return "";
        if (significant.Values.All(v => !v)) return Consensus;
        if (factors.Count == 2) return Distinguishing;
        var label = "";
        foreach (var f in factors)
        {
            var inside = significant.Where(x => x.Key.First == f || x.Key.Second == f).Select(x => x.Value).ToArray();
            var outside = significant.Where(x => x.Key.First != f && x.Key.Second != f).Select(x => x.Value).ToArray();
            var all = significant.Values.All(v => v);
            if (inside.All(v => v) && outside.All(v => !v)) label = $"Distinguishes f{f + 1} only";
            else if (all) label = "Distinguishes all";
            else if (inside.All(v => v) && outside.Any(v => v)) label += $"Distinguishes f{f + 1} ";
        }
        return label.TrimEnd();
    }
}
