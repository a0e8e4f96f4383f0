using Poet.Analysis.Disclosure;

namespace Poet.Analysis.Tests.Disclosure.Attack;

/// <summary>
/// The attacker: writes everything a round's views publish as equalities over the round's microdata tabulation,
/// assumes every hidden zero is known to be zero (the coordinator knows which partners had nobody invited, and
/// "zeros treated as known" is the conservative reading), then computes each hidden non-zero cell's integer interval.
/// </summary>
public static class Attacker
{
    public sealed record Hidden(string Table, string Row, int[] Cell);

    /// <summary>Everything the new release publishes: the partner table (submitted and usable), the profession table,
    /// the totals, and the anonymised export's count of rows for every combination of its recoded partner, profession and mode.</summary>
    public static IReadOnlyList<AuditedCell> AuditRelease(SimulatedRound round, RoundRelease release)
    {
        var system = new LinearSystem(round.VariableCount);
        var hidden = new List<Hidden>();
        for (var p = 0; p < round.P; p++)
        {
            var row = release.Partners[p];
            if (row.Submitted is int sp) system.Publish(round.Submitted(p), sp);
            else hidden.Add(new("submitted by partner", row.Name, round.Submitted(p)));
            if (row.Usable is int up) system.Publish(round.Usable(p), up);
            else hidden.Add(new("usable by partner", row.Name, round.Usable(p)));
        }
        for (var q = 0; q < round.Q; q++)
        {
            var row = release.Professions[q];
            if (row.Hidden) hidden.Add(new("usable by profession", row.Name, round.ByProfession(q)));
            else system.Publish(round.ByProfession(q), row.Usable!.Value);
        }
        if (release.TotalSubmitted is int s) system.Publish(round.AllSubmitted, s);
        if (release.TotalUsable is int u) system.Publish(round.AllUsable, u);

        var export = release.Export;
        if (export.Rows > 0)
        {
            var truth = round.Truth();
            var blocks = new Dictionary<(string, string, string), List<int>>();
            for (var p = 0; p < round.P; p++)
                for (var q = 0; q < round.Q; q++)
                    for (var m = 0; m < 2; m++)
                    {
                        var key = (export.PartnerLabels[p], export.ProfessionLabels[q], export.Mode(m == 0 ? SimulatedRound.Online : SimulatedRound.Paper));
                        if (!blocks.TryGetValue(key, out var list)) blocks[key] = list = [];
                        list.Add(round.X(p, q, m));
                    }
            foreach (var (_, vars) in blocks) system.Publish(vars, vars.Sum(v => truth[v])); // absent combinations publish a zero
        }
        return Audit(round, system, hidden, release.Threshold);
    }

    /// <summary>
    /// What the code before the release published (reproduced from the old callers: HealthReport, Rounds/Index,
    /// ResponseExport): the report's usable-by-partner and usable-by-profession tables, each suppressed on its own in id
    /// order with the unstated row only when non-zero; the dashboard's submitted-by-partner table in name order,
    /// leaving out partners with nobody invited and nobody submitted; the dashboard's submitted and usable counts
    /// (always shown); and, with <paramref name="withExport"/>, the old export (partner and profession merged
    /// each on its own, mode never). The old code stored "Unsure or other" and "Not answered" alike, as one unstated
    /// row (<see cref="OldRows"/>).
    /// </summary>
    public static IReadOnlyList<AuditedCell> AuditBefore(SimulatedRound round, bool withExport, int threshold = Suppression.MinimumCellSize) =>
        AuditBefore(round, withExport, out _, out _, threshold);

    /// <param name="cells">Cells the old views listed (report rows and dashboard rows).</param>
    /// <param name="hiddenCells">How many of them were hidden.</param>
    public static IReadOnlyList<AuditedCell> AuditBefore(SimulatedRound round, bool withExport, out int cells, out int hiddenCells, int threshold = Suppression.MinimumCellSize)
    {
        var listed = 0;
        var hiddenListed = 0;
        var system = new LinearSystem(round.VariableCount);
        var hidden = new List<Hidden>();
        var truth = round.Truth();
        int V(int[] cell) => cell.Sum(v => truth[v]);
        var np = round.Input.Partners.Count;
        var nq = round.Input.Professions.Count;
        var usableTotal = V(round.AllUsable);
        var usableOf = OldRows(round.Usable, np);
        var submittedOf = OldRows(round.Submitted, np);
        var byProfessionOf = OldRows(round.ByProfession, nq);
        system.Publish(round.AllSubmitted, V(round.AllSubmitted)); // dashboard "Submitted"
        system.Publish(round.AllUsable, usableTotal);              // dashboard "Usable"

        // Report: shown when at least the threshold are usable.
        if (usableTotal >= Suppression.MinimumCellSize)
        {
            void ReportTable(string table, int n, Func<int, int[]> cell, Func<int, string> name)
            {
                var rows = Enumerable.Range(0, n).ToList();
                if (V(cell(n)) > 0) rows.Add(n); else system.Publish(cell(n), 0); // the unstated row, shown only when non-zero
                var t = Suppression.Suppress(rows.Select(k => new GroupCount(name(k), V(cell(k)))).ToArray(), usableTotal);
                listed += rows.Count;
                hiddenListed += t.Groups.Count(g => g.Suppressed);
                for (var i = 0; i < rows.Count; i++)
                    if (t.Groups[i].Suppressed) hidden.Add(new(table, name(rows[i]), cell(rows[i])));
                    else system.Publish(cell(rows[i]), t.Groups[i].N!.Value);
            }
            ReportTable("usable by partner", np, usableOf, round.PartnerName);
            ReportTable("usable by profession", nq, byProfessionOf, round.ProfessionName);
        }

        // Dashboard: name order, partners with nothing invited and nothing submitted left out, unsure only when non-zero.
        var dash = new List<(int Row, ParticipationCount Count)>();
        foreach (var p in Enumerable.Range(0, np).OrderBy(p => round.Input.Partners[p]))
        {
            var count = new ParticipationCount(round.PartnerName(p), round.Input.InvitedByPartner[p], V(submittedOf(p)));
            if (count.Invited > 0 || count.Responded > 0) dash.Add((p, count));
            else system.Publish(submittedOf(p), 0);
        }
        if (V(submittedOf(np)) > 0) dash.Add((np, new ParticipationCount(round.PartnerName(np), null, V(submittedOf(np)))));
        else system.Publish(submittedOf(np), 0);
        var table = Suppression.SuppressParticipation(dash.Select(d => d.Count).ToArray());
        if (usableTotal >= Suppression.MinimumCellSize) { listed += dash.Count; hiddenListed += table.Rows.Count(r => r.Suppressed); }
        cells = listed;
        hiddenCells = hiddenListed;
        for (var i = 0; i < dash.Count; i++)
            if (table.Rows[i].Suppressed) hidden.Add(new("submitted by partner", dash[i].Count.Name, round.Submitted(dash[i].Row)));
            else system.Publish(submittedOf(dash[i].Row), table.Rows[i].Responded!.Value);

        if (withExport && usableTotal >= Suppression.MinimumCellSize)
        {
            var (pl, ql) = OldExportLabels(round);
            var blocks = new Dictionary<(string, string, int), List<int>>();
            for (var p = 0; p < round.P; p++)
                for (var q = 0; q < round.Q; q++)
                    for (var m = 0; m < 2; m++)
                    {
                        var key = (pl[p], ql[q], m);
                        if (!blocks.TryGetValue(key, out var list)) blocks[key] = list = [];
                        list.Add(round.X(p, q, m));
                    }
            foreach (var (_, vars) in blocks) system.Publish(vars, vars.Sum(v => truth[v]));
        }
        return Audit(round, system, hidden, threshold);
    }

    /// <summary>
    /// The old export's partner and profession labels per row (ResponseExport before the release): each merged on its
    /// own with <see cref="Suppression.MergeSmallGroups"/> over the groups with rows. A group written under its own name
    /// is its own block; every other group (merged, hidden or absent) is one block to the reader.
    /// </summary>
    public static (string[] Partners, string[] Professions) OldExportLabels(SimulatedRound round)
    {
        var truth = round.Truth();
        int V(int[] cell) => cell.Sum(v => truth[v]);
        var usableTotal = V(round.AllUsable);
        string[] Labels(int n, Func<int, int[]> cell, Func<int, string> name)
        {
            var withRows = Enumerable.Range(0, n + 1).Where(k => V(cell(k)) > 0).ToArray();
            var merged = Suppression.MergeSmallGroups(withRows.Select(k => new GroupCount(name(k), V(cell(k)))).ToArray(), usableTotal);
            var inOther = merged.MergedNames.ToHashSet();
            var shown = merged.Groups.Where(g => !g.Suppressed && !inOther.Contains(g.Name)).Select(g => g.Name).ToHashSet();
            var labels = Enumerable.Range(0, n + 1).Select(k => shown.Contains(name(k)) && name(k) != "Other" ? name(k) : "(not named)").ToArray();
            return [.. labels, labels[n]]; // "Not answered" was stored as the unstated row
        }
        var (np, nq) = (round.Input.Partners.Count, round.Input.Professions.Count);
        return (Labels(np, OldRows(round.Usable, np), round.PartnerName), Labels(nq, OldRows(round.ByProfession, nq), round.ProfessionName));
    }

    /// <summary>A table's cells as the old code had them: row n, the unstated row, held "Unsure or other" and "Not answered" (row n + 1) together.</summary>
    private static Func<int, int[]> OldRows(Func<int, int[]> cell, int n) => k => k == n ? [.. cell(n), .. cell(n + 1)] : cell(k);

    private static IReadOnlyList<AuditedCell> Audit(SimulatedRound round, LinearSystem system, List<Hidden> hidden, int threshold)
    {
        var truth = round.Truth();
        int V(int[] cell) => cell.Sum(v => truth[v]);
        foreach (var h in hidden.Where(h => V(h.Cell) == 0)) system.Publish(h.Cell, 0); // zeros are known
        return hidden.Where(h => V(h.Cell) > 0)
            .Select(h => { var (min, max) = system.Interval(h.Cell); return new AuditedCell(h.Table, h.Row, V(h.Cell), min, max); })
            .ToArray();
    }
}
