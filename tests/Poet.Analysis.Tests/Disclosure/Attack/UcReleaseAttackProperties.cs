using System.Diagnostics;
using FsCheck.Xunit;
using Poet.Analysis.Disclosure;
using Xunit.Abstractions;

namespace Poet.Analysis.Tests.Disclosure.Attack;

/// <summary>
/// The attacker against the users-and-carers release (<see cref="UcAttacker"/>): publishes everything the release
/// contains, answers included, and tries to recover any hidden or small count of who took part. Replay is fixed, so
/// CI sees the same 2,000 questionnaires every run.
/// </summary>
public class UcReleaseAttackProperties(ITestOutputHelper output)
{
    private const int T = Suppression.MinimumCellSize;

    [Property(MaxTest = 2000, Replay = "(20261203,1301)", Arbitrary = [typeof(RoundSeeds)], QuietOnSuccess = true)]
    public void UcRelease_RandomQuestionnaire_NoHiddenCellRecoveredFromEverythingPublished(RoundSeed seed)
    {
        var round = SimulatedUcRound.Make(seed.Value);

        var cells = UcAttacker.Audit(round, UcAttacker.FromRelease(UcReleases.Build(round.Input)));

        var recovered = cells.Where(c => c.Recovered(T)).ToArray();
        Assert.True(recovered.Length == 0, $"{seed}: " + string.Join("; ", recovered.Select(c => $"{c.Table} {c.Row} = {c.TrueValue} pinned to {c.Min}..{c.Max}")));
    }

    /// <summary>
    /// The brief's example: 40 postal returns and 3 interviews. Before, the report said "3 interview(s) recorded with
    /// consent"; the release hides the 3, and with it the total of interviews (3 is under 5), so nothing gives it away.
    /// </summary>
    [Fact]
    public void UcRelease_FortyPostalThreeInterviews_InterviewsHiddenEverywhere()
    {
        var round = Round(postal: 40, code: 0, link: 0, interviews: 3);
        var release = UcReleases.Build(round.Input);

        Assert.Equal([40, 0, 0], release.Methods.Select(m => m.N));
        Assert.Null(release.InterviewsConsented);
        Assert.Null(release.InterviewsTotal);
        Assert.Equal(0, release.InterviewsDeclined);
        var consented = UcAttacker.Audit(round, UcAttacker.FromRelease(release)).Single(c => c.Row == "consented");
        Assert.False(consented.Recovered(T), $"pinned to {consented.Min}..{consented.Max}");
        var before = UcAttacker.Audit(round, UcAttacker.Before(round)).Single(c => c.Row == "consented");
        Assert.True(before.Exact);
    }

    /// <summary>
    /// 40 postal and 3 by printed code: the 3 are hidden, and so is the next smallest non-zero method (the 40, since the
    /// link brought none), or 40 = 43 − 3 would give the 3 back from the total.
    /// </summary>
    [Fact]
    public void UcRelease_ThreeByCode_PostalHiddenToo()
    {
        var round = Round(postal: 40, code: 3, link: 0, interviews: 0);
        var release = UcReleases.Build(round.Input);

        Assert.Equal([null, null, 0], release.Methods.Select(m => m.N));
        Assert.Equal(43, release.Returns);
        var code = UcAttacker.Audit(round, UcAttacker.FromRelease(release)).Single(c => c.Row == SimulatedUcRound.MethodNames[1]);
        Assert.Equal((0L, 43L), (code.Min, code.Max));
    }

    private static SimulatedUcRound Round(int postal, int code, int link, int interviews)
    {
        var methods = Enumerable.Repeat(0, postal).Concat(Enumerable.Repeat(1, code)).Concat(Enumerable.Repeat(2, link)).ToArray();
        return new SimulatedUcRound
        {
            Outcomes = ["Being treated with kindness and care"],
            Returns = methods.Select((m, i) => new SimulatedUcRound.Person(m, i % 2 == 0 ? Poet.Analysis.UsersCarers.RespondentGroup.Carers : Poet.Analysis.UsersCarers.RespondentGroup.Users,
                [4], [3], [true], [true, false, false], [4, 4])).ToArray(),
            Interviews = Enumerable.Range(0, interviews).Select(_ => new[] { 1 }).ToArray(),
            Declined = 0,
        };
    }

    /// <summary>Figures for the ADR: the same questionnaires against the old views and the release.</summary>
    [Fact]
    public void Figures_SimulatedQuestionnaires_OldViewsLeakReleaseDoesNot()
    {
        var clock = Stopwatch.StartNew();
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("POET_ATTACK_ROUNDS"), out var n) && n > 0 ? n : 1000;
        int beforeRounds = 0, beforeRecovered = 0, beforeSmall = 0, afterRecovered = 0, cells = 0, hiddenCells = 0, hiddenZero = 0, groupsBefore = 0, groupsAfter = 0, reports = 0;
        for (var seed = 1; seed <= rounds; seed++)
        {
            var round = SimulatedUcRound.Make(seed);
            var release = UcReleases.Build(round.Input);
            var before = UcAttacker.Audit(round, UcAttacker.Before(round));
            var after = UcAttacker.Audit(round, UcAttacker.FromRelease(release));
            if (before.Any(c => c.Recovered(T))) beforeRounds++;
            beforeRecovered += before.Count(c => c.Recovered(T));
            beforeSmall += before.Count(c => c.Sensitive(T));
            afterRecovered += after.Count(c => c.Recovered(T));
            if (after.Any(c => c.Recovered(T))) output.WriteLine($"seed {seed}: " + string.Join("; ", after.Where(c => c.Recovered(T)).Select(c => $"{c.Table} {c.Row} = {c.TrueValue} pinned to {c.Min}..{c.Max}")));
            cells += release.Cells;
            hiddenCells += release.HiddenCells;
            var truth = new[] { round.Input.Returns.Count(r => r.Method == 0), round.Input.Returns.Count(r => r.Method == 1), round.Input.Returns.Count(r => r.Method == 2) };
            hiddenZero += release.Methods.Where((m, i) => m.Hidden && truth[i] == 0).Count();
            if (release.EnoughToReport)
            {
                reports++;
                if (UcAttacker.Before(round).Answers!.Groups.Count > 0) groupsBefore++;
                if (release.Analysis.Groups.Count > 0) groupsAfter++;
            }
        }
        output.WriteLine($"{rounds} questionnaires in {clock.Elapsed.TotalSeconds:0} s; {reports} with at least {T} returns");
        output.WriteLine($"before: {beforeRounds} questionnaires with a count of who took part recovered; {beforeRecovered} cells recovered ({beforeSmall} non-zero cells of 1..{T - 1})");
        output.WriteLine($"after: {afterRecovered} cells recovered");
        output.WriteLine($"information loss: {hiddenCells} of {cells} identity cells hidden ({100.0 * hiddenCells / cells:0.0}%), {hiddenZero} of them zeros");
        output.WriteLine($"users and carers shown separately: before {groupsBefore}, after {groupsAfter} of {reports} reports");
        Assert.True(beforeRounds > 0, "the old views should leak in some questionnaires, or the attacker is blind");
        Assert.Equal(groupsBefore, groupsAfter);
        Assert.Equal(0, afterRecovered);
    }
}
