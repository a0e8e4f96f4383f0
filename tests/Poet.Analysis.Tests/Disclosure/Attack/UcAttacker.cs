using Poet.Analysis.Disclosure;
using Poet.Analysis.UsersCarers;

namespace Poet.Analysis.Tests.Disclosure.Attack;

/// <summary>
/// The attacker of issue 13 against a users-and-carers questionnaire. The unknowns are the questionnaire's full
/// tabulation (<see cref="SimulatedUcRound"/>): returns by method × who answered, interviews, and every answer count
/// per group. The attacker knows how they fit together (each outcome's answers per group add up to the group's
/// returns, each statement's and each tick box's to all returns, each outcome's sheet marks to the consenting
/// interviews), writes down every number published, treats hidden zeros as known, and asks CP-SAT for each hidden
/// non-zero cell's integer interval, as <see cref="Attacker"/> does for staff rounds.
/// </summary>
public static class UcAttacker
{
    /// <summary>What one set of views publishes about a questionnaire; null means not published.</summary>
    public sealed record Published(
        int?[] Methods, int?[] Groups, int? Returns, int?[] Interviews, int? InterviewsTotal,
        PhaseTwoResult? Answers, IReadOnlyList<int>? Chosen, IReadOnlyList<IReadOnlyList<int>?> Statements, IReadOnlyList<UcSheetCount>? Sheet);

    /// <summary>Everything the release contains.</summary>
    public static Published FromRelease(UcRelease r) => new(
        r.Methods.Select(m => m.N).ToArray(), r.Groups.Select(g => g.N).ToArray(), r.Returns,
        r.Interviews.Select(i => i.N).ToArray(), r.InterviewsTotal,
        r.EnoughToReport ? r.Analysis : null, r.Chosen, r.Statements, r.Sheet);

    /// <summary>
    /// What the code before the release published (UcReport, MethodCounts, the phase page, the local report and its
    /// files, at commit 9a11e61): returns per method always, so their total; interviews with consent and declined on
    /// the report and all interviews on the phase page; with 5 returns the answers, the service users' and carers'
    /// figures and sizes when <see cref="PhaseTwoAnalysis"/> showed the groups, tick-box counts, statements from 5
    /// answers; the sheet from 5 consenting interviews.
    /// </summary>
    public static Published Before(SimulatedUcRound round)
    {
        var input = round.Input;
        var methods = Enumerable.Range(0, 3).Select(m => (int?)round.Returns.Count(p => p.Method == m)).ToArray();
        var analysis = PhaseTwoAnalysis.Analyse(input.Outcomes, input.Returns.Select(r => r.Answers).ToArray());
        var groups = analysis.Groups.Count > 0
            ? Enumerable.Range(0, 3).Select(g => (int?)round.Returns.Count(p => (int)p.Group == g)).ToArray()
            : [null, null, null];
        var enough = round.Returns.Count >= Suppression.MinimumCellSize;
        return new Published(methods, groups, round.Returns.Count, [round.Interviews.Count, round.Declined], round.Interviews.Count + round.Declined,
            enough ? analysis : null, enough ? input.Chosen : null,
            input.Statements!.Select(s => enough && s.Sum() >= Suppression.MinimumCellSize ? s : null).ToArray(),
            round.Interviews.Count >= Suppression.MinimumCellSize ? input.Sheet : null);
    }

    /// <summary>
    /// Audits every identity cell (returns per method, per group, interviews) that is non-zero and either hidden or
    /// small: a small cell that is published is recovered by reading it.
    /// </summary>
    public static IReadOnlyList<AuditedCell> Audit(SimulatedUcRound round, Published published, int threshold = Suppression.MinimumCellSize)
    {
        var truth = round.Truth();
        int V(int[] cell) => cell.Sum(v => truth[v]);
        var system = Structure(round);
        var identity = new List<(string Table, string Row, int[] Cell, int? Shown)>();
        for (var m = 0; m < 3; m++) identity.Add(("returns by method", SimulatedUcRound.MethodNames[m], round.MethodCell(m), published.Methods[m]));
        for (var g = 0; g < 3; g++) identity.Add(("returns by who answered", ((RespondentGroup)g).ToString(), round.GroupCell(g), published.Groups[g]));
        identity.Add(("interviews", "consented", [round.Consented], published.Interviews[0]));
        identity.Add(("interviews", "declined", [round.DeclinedVar], published.Interviews[1]));
        foreach (var c in identity.Where(c => c.Shown is not null)) system.Publish(c.Cell, c.Shown!.Value);
        if (published.Returns is int n) system.Publish(round.AllReturns, n);
        if (published.InterviewsTotal is int t) system.Publish([round.Consented, round.DeclinedVar], t);

        if (published.Answers is { } a)
        {
            for (var o = 0; o < round.O; o++)
            {
                var r = a.Outcomes[o];
                if (r.ImportanceShown) PublishDistribution(system, r.Importance, l => Enumerable.Range(0, 3).Select(g => round.Importance(o, g, l)).ToArray());
                if (r.HappensShown) PublishDistribution(system, r.Happens, l => Enumerable.Range(0, 3).Select(g => round.Happens(o, g, l)).ToArray());
                system.Publish(Enumerable.Range(0, 3).Select(g => round.Top(o, g, true)), r.TopThree);
                // A group's "very important" share and size: published here as the group's whole distributions, more than the views show.
                foreach (var group in a.Groups)
                {
                    var g = (int)group.Group;
                    PublishDistribution(system, group.Outcomes[o].Importance, l => [round.Importance(o, g, l)]);
                    PublishDistribution(system, group.Outcomes[o].Happens, l => [round.Happens(o, g, l)]);
                    system.Publish(round.GroupCell(g), group.Respondents);
                }
            }
        }
        if (published.Chosen is { } chosen)
            for (var c = 0; c < chosen.Count; c++) system.Publish([round.Choice(c, true)], chosen[c]);
        for (var s = 0; s < published.Statements.Count; s++)
            if (published.Statements[s] is { } counts)
                for (var l = 0; l < 5; l++) system.Publish([round.Statement(s, l)], counts[l]);
        if (published.Sheet is { } sheet)
            for (var o = 0; o < sheet.Count; o++)
            {
                system.Publish([round.Sheet(o, 1)], sheet[o].MostImportant);
                system.Publish([round.Sheet(o, 2)], sheet[o].DoesNotMatter);
            }

        foreach (var c in identity.Where(c => c.Shown is null && V(c.Cell) == 0)) system.Publish(c.Cell, 0); // zeros are known
        return identity.Where(c => V(c.Cell) > 0 && (c.Shown is null || V(c.Cell) < threshold))
            .Select(c =>
            {
                var (min, max) = c.Shown is int shown ? (shown, shown) : system.Interval(c.Cell);
                return new AuditedCell(c.Table, c.Row, V(c.Cell), min, max);
            })
            .ToArray();
    }

    private static void PublishDistribution(LinearSystem system, Poet.Analysis.Ordinal.Distribution d, Func<int, int[]> cell)
    {
        for (var l = 0; l < d.Counts.Count; l++) system.Publish(cell(l), d.Counts[l]);
        system.Publish(cell(d.Counts.Count), d.Missing);
    }

    /// <summary>How the unknowns fit together, known to anyone who has seen the questionnaire.</summary>
    private static LinearSystem Structure(SimulatedUcRound round)
    {
        var system = new LinearSystem(round.VariableCount);
        for (var o = 0; o < round.O; o++)
        {
            for (var g = 0; g < 3; g++)
            {
                system.Relate(Enumerable.Range(0, 5).Select(l => round.Importance(o, g, l)), round.GroupCell(g));
                system.Relate(Enumerable.Range(0, 6).Select(l => round.Happens(o, g, l)), round.GroupCell(g));
                system.Relate([round.Top(o, g, true), round.Top(o, g, false)], round.GroupCell(g));
            }
            system.Relate(Enumerable.Range(0, 3).Select(m => round.Sheet(o, m)), [round.Consented]);
        }
        for (var c = 0; c < SimulatedUcRound.Choices; c++) system.Relate([round.Choice(c, true), round.Choice(c, false)], round.AllReturns);
        for (var s = 0; s < SimulatedUcRound.Statements; s++) system.Relate(Enumerable.Range(0, 6).Select(l => round.Statement(s, l)), round.AllReturns);
        return system;
    }
}
