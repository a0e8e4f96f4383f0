using Poet.Analysis.Disclosure;
using Poet.Analysis.UsersCarers;

namespace Poet.Analysis.Tests.Disclosure.Attack;

/// <summary>
/// A random users-and-carers questionnaire shaped like phase two (brief §2 steps 11-14): 0 to 70 returns, most by
/// post, often a handful online by printed code or by the link (each method absent about a third of the time),
/// a mix of service users and carers with now and then a few who did not say, 2 to 4 outcomes rated with about 1 in
/// 20 answers skipped, 3 services and barriers, 2 statements, 0 to 8 consenting interviews and 0 to 2 refusals,
/// each interview marking outcomes on the sheet. Everything the release takes is kept per person, so the attacker
/// knows the true value of every unknown.
/// </summary>
public sealed class SimulatedUcRound
{
    public static readonly string[] MethodNames = ["Postal questionnaire", "Online with a printed code", "Online with the partnership link"];
    public const int Choices = 3, Statements = 2;

    public sealed record Person(int Method, RespondentGroup Group, int?[] Importance, int?[] Happens, bool[] Top, bool[] Chosen, int?[] Agreement);

    public required IReadOnlyList<string> Outcomes { get; init; }
    public required IReadOnlyList<Person> Returns { get; init; }
    /// <summary>Per consenting interview, per outcome: 0 no mark, 1 most important, 2 does not matter.</summary>
    public required IReadOnlyList<int[]> Interviews { get; init; }
    public required int Declined { get; init; }
    public int O => Outcomes.Count;

    public static SimulatedUcRound Make(int seed)
    {
        var rng = new Random(seed);
        var n = rng.Next(4) switch { 0 => rng.Next(0, 9), 1 => rng.Next(5, 25), _ => rng.Next(15, 71) };
        var methodWeight = new[] { 1.0, rng.Next(3) == 0 ? 0 : 0.02 + 0.3 * rng.NextDouble(), rng.Next(3) == 0 ? 0 : 0.02 + 0.3 * rng.NextDouble() };
        var users = 0.1 + 0.6 * rng.NextDouble();
        var notStated = rng.Next(2) == 0 ? 0 : 0.02 + 0.13 * rng.NextDouble();
        var o = rng.Next(2, 5);
        var lean = Enumerable.Range(0, o).Select(_ => rng.NextDouble()).ToArray();
        int? Pick(int size, double toward) => rng.NextDouble() < 0.05 ? null : Math.Clamp((int)Math.Floor(size * (0.5 * toward + 0.5 * rng.NextDouble())) + 1, 1, size);
        var returns = new List<Person>();
        for (var i = 0; i < n; i++)
        {
            var pick = rng.NextDouble() * methodWeight.Sum();
            var method = pick < methodWeight[0] ? 0 : pick < methodWeight[0] + methodWeight[1] ? 1 : 2;
            var g = rng.NextDouble();
            var group = g < notStated ? RespondentGroup.NotStated : g < notStated + users ? RespondentGroup.Users : RespondentGroup.Carers;
            var top = new bool[o];
            foreach (var t in Enumerable.Range(0, o).OrderBy(_ => rng.Next()).Take(rng.Next(0, Math.Min(3, o) + 1))) top[t] = true;
            returns.Add(new Person(method, group,
                Enumerable.Range(0, o).Select(k => Pick(UcScales.Importance.Size, lean[k])).ToArray(),
                Enumerable.Range(0, o).Select(k => Pick(UcScales.Happens.Size, 1 - lean[k])).ToArray(),
                top,
                Enumerable.Range(0, Choices).Select(c => rng.NextDouble() < 0.15 + 0.25 * c).ToArray(),
                Enumerable.Range(0, Statements).Select(_ => Pick(5, 0.6)).ToArray()));
        }
        var interviews = Enumerable.Range(0, rng.Next(3) == 0 ? 0 : rng.Next(0, 9))
            .Select(_ => Enumerable.Range(0, o).Select(_ => rng.Next(5) switch { 0 => 1, 1 => 2, _ => 0 }).ToArray()).ToArray();
        return new SimulatedUcRound
        {
            Outcomes = Enumerable.Range(1, o).Select(k => $"Outcome {k}").ToArray(), Returns = returns, Interviews = interviews,
            Declined = rng.Next(3) == 0 ? rng.Next(1, 3) : 0,
        };
    }

    public UcReleaseInput Input => new(
        MethodNames, Outcomes,
        Returns.Select(p => new UcReleaseReturn(p.Method, new UcReturn(p.Group, p.Importance, p.Happens, p.Top))).ToArray(),
        Interviews.Count, Declined, null,
        Enumerable.Range(0, Choices).Select(c => Returns.Count(p => p.Chosen[c])).ToArray(),
        Enumerable.Range(0, Statements).Select(s => (IReadOnlyList<int>)Enumerable.Range(1, 5).Select(l => Returns.Count(p => p.Agreement[s] == l)).ToArray()).ToArray(),
        Enumerable.Range(0, O).Select(k => new UcSheetCount(Interviews.Count(i => i[k] == 1), Interviews.Count(i => i[k] == 2))).ToArray());

    // The unknowns. Returns by method × group; interviews (consenting, declined); per outcome and group the importance
    // levels and skipped (5), happens levels and skipped (6), in or not in the top three (2); per choice item ticked or
    // not; per statement the levels and skipped (6); per outcome the sheet's marks (most important, does not matter, none).
    private const int ImportanceCells = 5, HappensCells = 6, TopCells = 2, PerGroup = ImportanceCells + HappensCells + TopCells;
    public int X(int method, int group) => method * 3 + group;
    public int Consented => 9;
    public int DeclinedVar => 10;
    private int OutcomeBase(int o) => 11 + o * 3 * PerGroup;
    public int Importance(int o, int group, int level) => OutcomeBase(o) + group * PerGroup + level;          // level 0..3 = codes 1..4, 4 = skipped
    public int Happens(int o, int group, int level) => OutcomeBase(o) + group * PerGroup + ImportanceCells + level; // 0..4 = codes 1..5, 5 = skipped
    public int Top(int o, int group, bool chosen) => OutcomeBase(o) + group * PerGroup + ImportanceCells + HappensCells + (chosen ? 0 : 1);
    private int ChoiceBase => OutcomeBase(O);
    public int Choice(int c, bool chosen) => ChoiceBase + c * 2 + (chosen ? 0 : 1);
    private int StatementBase => ChoiceBase + Choices * 2;
    public int Statement(int s, int level) => StatementBase + s * 6 + level;                                   // 0..4 = codes 1..5, 5 = skipped
    private int SheetBase => StatementBase + Statements * 6;
    public int Sheet(int o, int mark) => SheetBase + o * 3 + mark;                                              // 0 none, 1 most important, 2 does not matter
    public int VariableCount => SheetBase + O * 3;

    public int[] MethodCell(int m) => [X(m, 0), X(m, 1), X(m, 2)];
    public int[] GroupCell(int g) => [X(0, g), X(1, g), X(2, g)];
    public int[] AllReturns => Enumerable.Range(0, 9).ToArray();

    public int[] Truth()
    {
        var t = new int[VariableCount];
        foreach (var p in Returns)
        {
            var g = (int)p.Group;
            t[X(p.Method, g)]++;
            for (var o = 0; o < O; o++)
            {
                t[Importance(o, g, p.Importance[o] is { } i ? i - 1 : 4)]++;
                t[Happens(o, g, p.Happens[o] is { } h ? h - 1 : 5)]++;
                t[Top(o, g, p.Top[o])]++;
            }
            for (var c = 0; c < Choices; c++) t[Choice(c, p.Chosen[c])]++;
            for (var s = 0; s < Statements; s++) t[Statement(s, p.Agreement[s] is { } a ? a - 1 : 5)]++;
        }
        t[Consented] = Interviews.Count;
        t[DeclinedVar] = Declined;
        foreach (var i in Interviews)
            for (var o = 0; o < O; o++) t[Sheet(o, i[o])]++;
        return t;
    }

    public int Value(IEnumerable<int> cell) { var t = Truth(); return cell.Sum(v => t[v]); }
}
