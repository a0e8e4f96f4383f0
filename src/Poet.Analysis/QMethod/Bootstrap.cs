using MathNet.Numerics.LinearAlgebra;

namespace Poet.Analysis.QMethod;

/// <summary>
/// What qmethod's qindtest did to one resample's factors: whether any was matched to another target factor
/// (<see cref="Reordered"/>, the resample factor now in each target position), or could not be (<see cref="OrderError"/>:
/// one resample factor was the best match for two target factors; the step is then left out of the summaries), and
/// which factors were reflected (zero-based).
/// </summary>
public sealed record FactorMatch(Matrix<double> Loadings, IReadOnlyList<int>? Reordered, bool OrderError, IReadOnlyList<int> Reflected);

/// <summary>
/// One factor's bootstrap summary. Sorts × 1 and statements × 1 values, NaN where a value never existed (a sort never
/// drawn, or a factor without flagged sorts in every step): mean loading and its standard error (the standard deviation
/// over resamples), how often the sort was flagged when drawn, mean z-score, its standard error and 2.5% and 97.5%
/// quantiles, and the bootstrapped factor array (from the mean z-scores, as qmboots's "Bootstraped factor scores").
/// </summary>
public sealed record BootstrapFactor(
    int Factor,
    IReadOnlyList<double> MeanLoadings,
    IReadOnlyList<double> LoadingStandardErrors,
    IReadOnlyList<double> FlagFrequencies,
    IReadOnlyList<double> MeanZScores,
    IReadOnlyList<double> ZScoreStandardErrors,
    IReadOnlyList<double> ZScoreLow,
    IReadOnlyList<double> ZScoreHigh,
    IReadOnlyList<int> Array,
    double StabilityIndex,
    double NormalisedStabilityIndex);

/// <summary>
/// A bootstrap of a Q analysis as qmethod 1.8.4's qmboots(indet = "qindtest"). <see cref="Resamples"/> is sorts × steps
/// (zero-based sort indices, qmboots's "resamples"); <see cref="UsedSteps"/> counts the steps summarised (all but the
/// <see cref="OrderErrors"/>); <see cref="Full"/> is the full-sample analysis whose loadings are the target.
/// </summary>
public sealed record BootstrapResult(
    int Steps,
    int Seed,
    int[,] Resamples,
    QAnalysisResult Full,
    IReadOnlyList<BootstrapFactor> Factors,
    int UsedSteps,
    int OrderErrors,
    int OrderSwaps,
    int SignSwaps);

public static class Bootstrap
{
    public const int MaxSteps = 10_000;

    /// <summary>
    /// qmboots(dataset, nfactors, nsteps, load = the full analysis's loadings, indet = "qindtest"), step by step as its
    /// source (R/qmboots.R, qbstep.R, qindtest.R, qfsi.R) does it:
    /// <list type="number">
    /// <item>Resamples: the sort numbers 1..n repeated <paramref name="steps"/> times, shuffled, cut into blocks of n, so
    /// every resample draws n sorts with replacement and every sort is drawn equally often overall. POET shuffles with
    /// .NET's Random(<paramref name="seed"/>), so a seed repeats a bootstrap here but not R's.</item>
    /// <item>Each resample: Pearson correlations, principal components (psych::principal, unrotated), varimax, then
    /// <see cref="Match"/> against the target's rows for the sorts drawn; flags by qflag, z-scores by qzscores.</item>
    /// <item>A sort drawn more than once gives the loadings and flags of its first copy, as qmboots matches names.</item>
    /// <item>Steps whose factors could not be matched are left out; means and standard deviations skip missing values
    /// (psych::describe); quantiles are R's type 7.</item>
    /// <item>The bootstrapped array puts the statements in order of mean z-score into the grid's cells; the factor
    /// stability index is the mean absolute difference from the full-sample array, and normalised, that over twice the
    /// sum of the grid's absolute cell values (qfsi).</item>
    /// </list>
    /// The target is the full analysis as given, hand rotations and manual flags included (qmboots's load = matrix);
    /// each step flags automatically. qmboots extracts principal components, so centroid extraction is refused.
    /// </summary>
    /// <exception cref="QMethodInputException">Too few or too many steps, centroid extraction, or data the analysis cannot take.</exception>
    public static BootstrapResult Run(QSortSet sorts, QAnalysisOptions options, int steps, int seed)
    {
        ArgumentNullException.ThrowIfNull(sorts);
        ArgumentNullException.ThrowIfNull(options);
        if (steps < 1 || steps > MaxSteps)
            throw new QMethodInputException($"Choose between 1 and {MaxSteps} bootstrap resamples; {steps} were asked for.");
        if (options.Extraction != ExtractionMethod.PrincipalComponents)
            throw new QMethodInputException("The bootstrap follows qmethod's qmboots, which extracts principal components; choose principal components extraction to bootstrap.");
        var full = QAnalysis.Run(sorts, options);
        var target = full.Loadings;
        var n = sorts.SortCount;
        var m = sorts.StatementCount;
        var k = options.Factors;
        var data = sorts.ToMatrix();
        var resamples = Resample(n, steps, seed);

        var loadings = new double[k][,];
        var flagged = new bool?[k][,];
        var zscores = new double[k][,];
        for (var f = 0; f < k; f++)
        {
            loadings[f] = Filled(n, steps, double.NaN);
            flagged[f] = new bool?[n, steps];
            zscores[f] = Filled(m, steps, double.NaN);
        }
        var bad = new bool[steps];
        int errors = 0, swaps = 0, signs = 0;
        var drawn = new int[n];
        for (var b = 0; b < steps; b++)
        {
            for (var i = 0; i < n; i++) drawn[i] = resamples[i, b];
            var step = Step(data, drawn, target, m);
            if (step.Match.OrderError) { bad[b] = true; errors++; }
            else if (step.Match.Reordered is not null) swaps++;
            if (step.Match.Reflected.Count > 0) signs++;
            for (var f = 0; f < k; f++)
            {
                for (var s = 0; s < m; s++) zscores[f][s, b] = step.ZScores[s, f];
                for (var i = n - 1; i >= 0; i--) // first copy wins: write the later copies first
                {
                    loadings[f][drawn[i], b] = step.Match.Loadings[i, f];
                    flagged[f][drawn[i], b] = step.Flags[i, f];
                }
            }
        }

        var used = Enumerable.Range(0, steps).Where(b => !bad[b]).ToArray();
        var cells = options.Grid.Distribution;
        var maxChange = 2.0 * cells.Sum(c => Math.Abs(c));
        var factors = Enumerable.Range(0, k).Select(f =>
        {
            double[] Row(double[,] x, int i) => used.Select(b => x[i, b]).Where(v => !double.IsNaN(v)).ToArray();
            var meanLoadings = Enumerable.Range(0, n).Select(i => Mean(Row(loadings[f], i))).ToArray();
            var loadingSe = Enumerable.Range(0, n).Select(i => Sd(Row(loadings[f], i))).ToArray();
            var flagFrequency = Enumerable.Range(0, n).Select(i =>
            {
                var seen = used.Select(b => flagged[f][i, b]).Where(v => v is not null).ToArray();
                return seen.Length == 0 ? double.NaN : seen.Count(v => v == true) / (double)seen.Length;
            }).ToArray();
            var zRows = Enumerable.Range(0, m).Select(s => Row(zscores[f], s)).ToArray();
            var meanZ = zRows.Select(Mean).ToArray();
            var array = new int[m];
            var order = Enumerable.Range(0, m).OrderBy(s => double.IsNaN(meanZ[s]) ? double.PositiveInfinity : meanZ[s]).ToArray(); // stable, as R's order
            for (var r = 0; r < m; r++) array[order[r]] = cells[r];
            var fsi = Enumerable.Range(0, m).Sum(s => full.Scores.Arrays[s, f] is { } c ? Math.Abs(c - array[s]) : double.NaN) / m;
            return new BootstrapFactor(f, meanLoadings, loadingSe, flagFrequency, meanZ, zRows.Select(Sd).ToArray(),
                zRows.Select(z => Quantile(z, 0.025)).ToArray(), zRows.Select(z => Quantile(z, 0.975)).ToArray(),
                array, fsi, fsi / maxChange);
        }).ToArray();
        return new BootstrapResult(steps, seed, resamples, full, factors, used.Length, errors, swaps, signs);
    }

    /// <summary>qmboots's resamples: 1..n repeated <paramref name="steps"/> times, shuffled (Fisher–Yates with Random(seed)), as sorts × steps.</summary>
    public static int[,] Resample(int sorts, int steps, int seed)
    {
        var all = new int[sorts * steps];
        for (var i = 0; i < all.Length; i++) all[i] = i % sorts;
        var random = new Random(seed);
        for (var i = all.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (all[i], all[j]) = (all[j], all[i]);
        }
        var blocks = new int[sorts, steps];
        for (var b = 0; b < steps; b++)
            for (var i = 0; i < sorts; i++)
                blocks[i, b] = all[b * sorts + i];
        return blocks;
    }

    /// <summary>One qbstep: the drawn sorts (columns of <paramref name="data"/>, statements × sorts) analysed and matched to the target's rows for them.</summary>
    public static (FactorMatch Match, bool[,] Flags, Matrix<double> ZScores) Step(Matrix<double> data, IReadOnlyList<int> drawn, Matrix<double> target, int statements)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(drawn);
        ArgumentNullException.ThrowIfNull(target);
        var sub = Matrix<double>.Build.Dense(data.RowCount, drawn.Count, (s, i) => data[s, drawn[i]]);
        var k = target.ColumnCount;
        var pca = Extraction.PrincipalComponents(Correlations.Pearson(sub), k);
        var rotated = Rotation.Varimax(pca.Loadings).Loadings;
        var subTarget = Matrix<double>.Build.Dense(drawn.Count, k, (i, f) => target[drawn[i], f]);
        var match = Match(rotated, subTarget);
        var flags = Flagging.Automatic(match.Loadings, statements);
        var z = FactorScores.ZScores(sub * FactorScores.Weights(match.Loadings, flags));
        for (var f = 0; f < k; f++)
            if (Flagging.CountOnFactor(flags, f) == 0) z.SetColumn(f, Vector<double>.Build.Dense(z.RowCount, double.NaN));
        return (match, flags, z);
    }

    /// <summary>
    /// qmethod's qindtest: correlate each resample factor with each target factor over the sorts (cor(loa, target)).
    /// If for some target factor another resample factor correlates more strongly (in absolute value) than the one in its
    /// place, every target factor takes the resample factor that correlates most strongly with it (the first on a tie);
    /// if that puts one resample factor in two places (their correlation above 0.999), the order is left as it was and
    /// the step is an order error. Then each factor that correlates negatively with its target factor is reflected.
    /// </summary>
    public static FactorMatch Match(Matrix<double> loadings, Matrix<double> target)
    {
        ArgumentNullException.ThrowIfNull(loadings);
        ArgumentNullException.ThrowIfNull(target);
        var k = loadings.ColumnCount;
        var loa = loadings.Clone();
        var cor = Cross(loa, target);
        var swap = Enumerable.Range(0, k).Any(i => Enumerable.Range(0, k).Any(o => o != i && Math.Abs(cor[i, i]) < Math.Abs(cor[o, i])));
        IReadOnlyList<int>? reordered = null;
        var error = false;
        if (swap)
        {
            var pick = Enumerable.Range(0, k).Select(j => Enumerable.Range(0, k).MaxBy(i => Math.Abs(cor[i, j]))).ToArray();
            var candidate = Matrix<double>.Build.Dense(loa.RowCount, k, (q, j) => loa[q, pick[j]]);
            var self = Correlations.Pearson(candidate);
            var twice = Enumerable.Range(0, k).Any(a => Enumerable.Range(0, k).Any(b => a != b && Math.Abs(self[a, b]) > 0.999));
            if (twice) error = true;
            else
            {
                loa = candidate;
                reordered = pick;
            }
        }
        cor = Cross(loa, target);
        var reflected = Enumerable.Range(0, k).Where(i => cor[i, i] < 0).ToArray();
        foreach (var i in reflected) loa.SetColumn(i, -loa.Column(i));
        return new FactorMatch(loa, reordered, error, reflected);
    }

    /// <summary>cor(x, y): Pearson correlations of x's columns (rows) with y's columns (columns).</summary>
    private static Matrix<double> Cross(Matrix<double> x, Matrix<double> y) =>
        Correlations.UnitColumns(x).TransposeThisAndMultiply(Correlations.UnitColumns(y));

    private static double[,] Filled(int rows, int columns, double value)
    {
        var a = new double[rows, columns];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++)
                a[i, j] = value;
        return a;
    }

    private static double Mean(double[] x) => x.Length == 0 ? double.NaN : x.Average();

    /// <summary>Sample standard deviation (n − 1); NaN for fewer than 2 values, as R's sd.</summary>
    private static double Sd(double[] x)
    {
        if (x.Length < 2) return double.NaN;
        var mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
    }

    /// <summary>R's quantile(type = 7): linear interpolation between order statistics at (n − 1)p.</summary>
    public static double Quantile(IReadOnlyList<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
