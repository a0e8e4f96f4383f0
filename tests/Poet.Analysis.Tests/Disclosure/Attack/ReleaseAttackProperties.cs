using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Poet.Analysis.Disclosure;
using Xunit.Abstractions;

namespace Poet.Analysis.Tests.Disclosure.Attack;

/// <summary>A seed for <see cref="SimulatedRound.Make"/>, drawn from the whole int range (FsCheck's own ints stay near its size).</summary>
public sealed record RoundSeed(int Value)
{
    public override string ToString() => $"round seed {Value}";
}

public static class RoundSeeds
{
    public static Arbitrary<RoundSeed> Seeds() => Arb.From(Gen.Choose(0, int.MaxValue).Select(v => new RoundSeed(v)));
}

/// <summary>
/// The attacker of issue 13 against a round's release: publishes everything the release contains (both partner
/// columns, the profession table, totals, and the export's count for every recoded partner × profession × mode
/// combination), treats hidden zeros as known, and computes each hidden non-zero cell's exact integer interval with
/// CP-SAT. A cell is recovered when pinned exactly or proved to be 1 to 4 (<see cref="AuditedCell.Recovered"/>).
/// Replay is fixed so CI sees the same 2,000 rounds every run.
/// </summary>
public class ReleaseAttackProperties(ITestOutputHelper output)
{
    private const int T = Suppression.MinimumCellSize;

    [Property(MaxTest = 2000, Replay = "(20261202,1301)", Arbitrary = [typeof(RoundSeeds)], QuietOnSuccess = true)]
    public void Release_RandomRound_NoHiddenCellRecoveredFromEverythingPublished(RoundSeed seed)
    {
        var round = SimulatedRound.Make(seed.Value);

        var cells = Attacker.AuditRelease(round, RoundReleases.Build(round.Input));

        var recovered = cells.Where(c => c.Recovered(T)).ToArray();
        Assert.True(recovered.Length == 0, $"{seed}: " + string.Join("; ", recovered.Select(c => $"{c.Table} {c.Row} = {c.TrueValue} pinned to {c.Min}..{c.Max}")));
    }

    /// <summary>
    /// The issue's example (issue 13, first bullet): invited/usable Council 40/34, NHS Trust 7/2, Hospice 0/0,
    /// Voluntary 10/8. The old report hid NHS Trust and Hospice; the old dashboard left Hospice out, so NHS Trust = 44 − 34 − 8 = 2.
    /// </summary>
    private static SimulatedRound IssueExample()
    {
        var respondents = new List<ReleaseRespondent>();
        void Add(int partner, int n) { for (var i = 0; i < n; i++) respondents.Add(new ReleaseRespondent(partner, i % 2, true, SimulatedRound.Online)); }
        Add(0, 34); Add(1, 2); Add(3, 8);
        return new SimulatedRound(new ReleaseInput(["Council", "NHS Trust", "Hospice", "Voluntary"], [40, 7, 0, 10], ["Nurse", "Social worker"], respondents));
    }

    [Fact]
    public void OldViews_IssueExample_NhsTrustWorkedOutAsTwo()
    {
        var cells = Attacker.AuditBefore(IssueExample(), withExport: false);

        var nhs = cells.Single(c => c.Table == "usable by partner" && c.Row == "NHS Trust");
        Assert.Equal((2L, 2L), (nhs.Min, nhs.Max));
    }

    [Fact]
    public void Release_IssueExample_NhsTrustStaysBetweenZeroAndAtLeastFive()
    {
        var round = IssueExample();
        var release = RoundReleases.Build(round.Input);

        var cells = Attacker.AuditRelease(round, release);

        var nhs = cells.Single(c => c.Table == "usable by partner" && c.Row == "NHS Trust");
        Assert.Equal(0, nhs.Min);
        Assert.True(nhs.Max >= T, $"NHS Trust pinned to {nhs.Min}..{nhs.Max}");
        // Every partner is listed, Hospice and the unstated row included, whatever their counts.
        Assert.Equal(["Council", "NHS Trust", "Hospice", "Voluntary", "Unsure or other", "Not answered"], release.Partners.Select(p => p.Name));
    }

    /// <summary>
    /// Figures for the ADR: the same 1,000 rounds against the old views and the release. Asserts the before attack
    /// still works (so the audit is not blind) and the release leaks nothing.
    /// </summary>
    [Fact]
    public void Figures_SimulatedRounds_OldViewsLeakReleaseDoesNot()
    {
        var clock = Stopwatch.StartNew();
        // POET_ATTACK_ROUNDS runs more for the ADR's figures; CI runs the default.
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("POET_ATTACK_ROUNDS"), out var n) && n > 0 ? n : 1000;
        int oldExportsWithOne = 0, oldExportsUnderK = 0, beforeRounds = 0, beforeExact = 0, beforeSmall = 0, beforeRoundsExport = 0, beforeExactExport = 0, afterRecovered = 0, afterSensitive = 0;
        int cellsBefore = 0, hiddenBefore = 0, cellsTotal = 0, cellsHiddenAfter = 0, cellsZeroHidden = 0, exportPartnerRecoded = 0, exportProfessionRecoded = 0, modeDropped = 0, exportRows = 0, exportRecoded = 0, releases = 0;
        for (var seed = 1; seed <= rounds; seed++)
        {
            var round = SimulatedRound.Make(seed);
            var before = Attacker.AuditBefore(round, withExport: false, out var oldCells, out var oldHidden);
            cellsBefore += oldCells;
            hiddenBefore += oldHidden;
            var beforeWithExport = Attacker.AuditBefore(round, withExport: true);
            var release = RoundReleases.Build(round.Input);
            var after = Attacker.AuditRelease(round, release);
            if (before.Any(c => c.Recovered(T))) beforeRounds++;
            beforeExact += before.Count(c => c.Exact);
            beforeSmall += before.Count(c => c.Recovered(T) && !c.Exact);
            if (beforeWithExport.Any(c => c.Recovered(T))) beforeRoundsExport++;
            beforeExactExport += beforeWithExport.Count(c => c.Exact);
            afterRecovered += after.Count(c => c.Recovered(T));
            afterSensitive += after.Count(c => c.Recovered(T) && c.Sensitive(T));
            if (after.Any(c => c.Recovered(T))) output.WriteLine($"seed {seed}: " + string.Join("; ", after.Where(c => c.Recovered(T)).Select(c => $"{c.Table} {c.Row} = {c.TrueValue} pinned to {c.Min}..{c.Max}")));
            if (release.EnoughToReport)
            {
                // The old export: any partner × profession × mode combination with 1 to 4 rows, or exactly 1?
                var (pl, ql) = Attacker.OldExportLabels(round);
                var oldCombos = round.Input.Respondents.Where(r => r.Usable)
                    .GroupBy(r => (pl[round.Row(r.Partner)], ql[round.Col(r.Profession)], r.Mode)).Select(g => g.Count()).ToArray();
                if (oldCombos.Any(c => c == 1)) oldExportsWithOne++;
                if (oldCombos.Any(c => c < T)) oldExportsUnderK++;
                releases++;
                cellsTotal += release.Cells;
                cellsHiddenAfter += release.HiddenCells;
                cellsZeroHidden += release.Partners.Count(p => p.Submitted is null && round.Value(round.Submitted(round.Row(p.Index))) == 0)
                    + release.Partners.Count(p => p.Usable is null && round.Value(round.Usable(round.Row(p.Index))) == 0)
                    + release.Professions.Count(p => p.Hidden && round.Value(round.ByProfession(round.Col(p.Index))) == 0);
                exportRows += release.Export.Rows;
                exportRecoded += release.Export.Recoded;
                exportPartnerRecoded += release.Export.PartnerRecoded;
                exportProfessionRecoded += release.Export.ProfessionRecoded;
                if (!release.Export.ModeKept) modeDropped++;
            }
        }
        output.WriteLine($"{rounds} rounds in {clock.Elapsed.TotalSeconds:0} s; {releases} with at least {T} usable responses");
        output.WriteLine($"before (report + dashboard): {beforeRounds} rounds with a cell recovered; {beforeExact} non-zero cells exact, {beforeSmall} more pinned to 1..{T - 1}");
        output.WriteLine($"before (report + dashboard + export): {beforeRoundsExport} rounds; {beforeExactExport} non-zero cells exact");
        output.WriteLine($"after (release): {afterRecovered} cells recovered, {afterSensitive} of them small groups");
        output.WriteLine($"information loss before (rounds with at least {T} usable): {hiddenBefore} of {cellsBefore} listed cells hidden ({100.0 * hiddenBefore / cellsBefore:0.0}%)");
        output.WriteLine($"information loss: {cellsHiddenAfter} of {cellsTotal} breakdown cells hidden ({100.0 * cellsHiddenAfter / cellsTotal:0.0}%), {cellsZeroHidden} of them zeros");
        output.WriteLine($"old export: {oldExportsWithOne} of {releases} held a partner × profession × mode combination of one row, {oldExportsUnderK} one under {T}");
        output.WriteLine($"export: {exportRows} rows; partner recoded in {exportPartnerRecoded} ({100.0 * exportPartnerRecoded / exportRows:0.0}%), profession in {exportProfessionRecoded} ({100.0 * exportProfessionRecoded / exportRows:0.0}%), partner or profession in {exportRecoded} ({100.0 * exportRecoded / exportRows:0.0}%); mode dropped in {modeDropped} of {releases} exports");
        Assert.True(beforeRounds > 0, "the old views should leak in some rounds, or the attacker is blind");
        Assert.Equal(0, afterRecovered);
    }
}
