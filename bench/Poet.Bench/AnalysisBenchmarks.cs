using BenchmarkDotNet.Attributes;
using Poet.Analysis.Ordinal;
using Poet.Analysis.Rules;

namespace Poet.Bench;

/// <summary>The health-of-the-partnership analysis for a large round: 10,000 responses × 60 items.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private const int Items = 60;
    private IReadOnlyList<int?>[] _responses = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _responses = Enumerable.Range(0, 10_000)
            .Select(_ => (IReadOnlyList<int?>)Enumerable.Range(0, Items).Select(_ => random.Next(12) == 0 ? (int?)null : random.Next(1, 6)).ToArray())
            .ToArray();
    }

    [Benchmark]
    public int DistributionsSummariesAndClassification()
    {
        var distributions = Distribution.FromResponses(_responses, Items);
        var round = new Round("p", "r", distributions.Select((d, i) => new ItemDistribution($"I{i}", d)).ToList());
        var classified = Classification.Classify(round);
        return classified.Items.Count(i => i.Class == ItemClass.Celebration) + distributions.Sum(d => OrdinalSummary.Summarise(d).Answered);
    }
}
