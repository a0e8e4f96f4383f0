using BenchmarkDotNet.Attributes;
using Poet.Analysis.Outcomes;

namespace Poet.Bench;

/// <summary>Issue 5: proposing groups for 2,000 staff outcome statements should take under a second.</summary>
[MemoryDiagnoser]
public class GroupingBenchmarks
{
    private static readonly string[] Themes =
    [
        "single point of referral for families", "joint assessment with health and social care", "integrated IT system to share information",
        "regular team meetings across agencies", "families know what services are available", "better transition to adult services",
        "improve parking at the building", "training and development for staff", "keyworker for every family", "parents involved in planning",
        "fewer repeated assessments", "shorter waiting times", "services closer to home", "clear information in plain language",
        "support for carers", "reduce hospital admissions", "faster discharge from hospital", "interpreters for families",
    ];
    private static readonly string[] Openings = ["Better", "Improve", "More", "Develop", "Ensure", "Have a", "Work towards", "Introduce"];
    private IReadOnlyList<Statement> _statements = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        _statements = Enumerable.Range(0, 2000)
            .Select(i => new Statement($"s{i}", $"{Openings[random.Next(Openings.Length)]} {Themes[random.Next(Themes.Length)]}{(random.Next(3) == 0 ? " so families get a better service" : "")}"))
            .ToList();
    }

    [Benchmark]
    public int Propose2000Statements() => OutcomeGrouping.Propose(_statements).Count;
}
