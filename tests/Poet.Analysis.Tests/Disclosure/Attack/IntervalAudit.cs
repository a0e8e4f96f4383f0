using Google.OrTools.Sat;

namespace Poet.Analysis.Tests.Disclosure.Attack;

/// <summary>
/// What an attacker can write down about a round: non-negative whole-number unknowns (the round's full microdata
/// tabulation) and linear equalities (every published number is a sum of unknowns). For each protected cell,
/// <see cref="Interval"/> gives the smallest and largest value it can take over every whole-number table that agrees
/// with everything published: the exact integer-interval audit (tau-Argus / sdcTable's "attacker problem").
/// </summary>
public sealed class LinearSystem(int variables)
{
    /// <summary>No count in a round exceeds this; far above any simulated round, so it binds nothing real.</summary>
    public const int Bound = 10_000;

    public int Variables { get; } = variables;
    private readonly List<(int[] Vars, long Value)> equalities = [];

    private readonly List<(int[] Left, int[] Right)> relations = [];

    public void Publish(IEnumerable<int> vars, long value) => equalities.Add((vars.ToArray(), value));

    /// <summary>A structural fact rather than a published number: two sums of unknowns are equal (the same people counted two ways).</summary>
    public void Relate(IEnumerable<int> left, IEnumerable<int> right) => relations.Add((left.ToArray(), right.ToArray()));

    public (long Min, long Max) Interval(IReadOnlyList<int> cell)
    {
        var model = new CpModel();
        var x = Enumerable.Range(0, Variables).Select(i => model.NewIntVar(0, Bound, $"x{i}")).ToArray();
        foreach (var (vars, value) in equalities)
            model.Add(LinearExpr.Sum(vars.Select(v => x[v])) == value);
        foreach (var (left, right) in relations)
            model.Add(LinearExpr.Sum(left.Select(v => x[v])) == LinearExpr.Sum(right.Select(v => x[v])));
        var target = LinearExpr.Sum(cell.Select(v => x[v]));
        var solver = new CpSolver { StringParameters = "num_workers:1" };
        model.Minimize(target);
        var min = Solve(solver, model);
        model.Maximize(target);
        var max = Solve(solver, model);
        return (min, max);
    }

    private static long Solve(CpSolver solver, CpModel model)
    {
        var status = solver.Solve(model);
        if (status != CpSolverStatus.Optimal)
            throw new InvalidOperationException($"The attacker's problem has no optimum ({status}): the published numbers contradict each other.");
        return (long)Math.Round(solver.ObjectiveValue);
    }
}

/// <summary>A protected (hidden) cell, its true value and the attacker's interval.</summary>
public sealed record AuditedCell(string Table, string Row, int TrueValue, long Min, long Max)
{
    /// <summary>
    /// Recovered: pinned exactly, or proved to be a small non-zero group (1 to threshold − 1), which is what hiding it
    /// was meant to prevent (sdcTable's protection interval: the interval must reach 0 or the threshold).
    /// </summary>
    public bool Recovered(int threshold) => Min == Max || (Min >= 1 && Max <= threshold - 1);
    public bool Exact => Min == Max;
    /// <summary>A small group (1 to threshold − 1): the cells suppression exists for (sdcTable's primary cells).</summary>
    public bool Sensitive(int threshold) => TrueValue < threshold;
}
