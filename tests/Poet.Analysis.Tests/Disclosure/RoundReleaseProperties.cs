using FsCheck.Xunit;
using Poet.Analysis.Disclosure;
using Poet.Analysis.Tests.Disclosure.Attack;

namespace Poet.Analysis.Tests.Disclosure;

/// <summary>Rules of the round release that need no solver, on the same kind of random rounds as the attacker test.</summary>
public class RoundReleaseProperties
{
    private const int T = Suppression.MinimumCellSize;

    [Property(MaxTest = 3000, Replay = "(20261202,1303)", Arbitrary = [typeof(RoundSeeds)], QuietOnSuccess = true)]
    public void Export_RandomRound_EveryQuasiIdentifierCombinationHasAtLeastFiveRows(RoundSeed seed)
    {
        var round = SimulatedRound.Make(seed.Value);
        var release = RoundReleases.Build(round.Input);
        if (!release.EnoughToReport) return;

        var combinations = round.Input.Respondents.Where(r => r.Usable)
            .GroupBy(r => (release.Export.PartnerLabels[round.Row(r.Partner)], release.Export.ProfessionLabels[round.Col(r.Profession)], release.Export.Mode(r.Mode)))
            .Select(g => (g.Key, N: g.Count())).ToArray();

        Assert.All(combinations, c => Assert.True(c.N >= T, $"{seed}: {c.Key} has {c.N} rows"));
    }

    [Property(MaxTest = 3000, Replay = "(20261202,1305)", Arbitrary = [typeof(RoundSeeds)], QuietOnSuccess = true)]
    public void Release_RandomRound_ListsEveryCategoryAndPublishesNoSmallCell(RoundSeed seed)
    {
        var round = SimulatedRound.Make(seed.Value);

        var release = RoundReleases.Build(round.Input);

        Assert.Equal(round.Input.Partners.Append("Unsure or other").Append("Not answered"), release.Partners.Select(p => p.Name));
        Assert.Equal(round.Input.Professions.Append("None or other").Append("Not answered"), release.Professions.Select(p => p.Name));
        var shown = release.Partners.SelectMany(p => new[] { p.Submitted, p.Usable }).Concat(release.Professions.Select(p => p.Usable)).OfType<int>();
        Assert.All(shown, n => Assert.True(n == 0 || n >= T, $"{seed}: a cell of {n} is shown"));
        // A zero is shown only where nobody could be by design: the unstated rows and partners nobody was invited from.
        Assert.All(release.Partners.Where(p => p.Submitted == 0), p => Assert.True(p.Index is null or < 0 || p.Invited == 0, $"{seed}: {p.Name} shows 0 of {p.Invited} invited"));
        Assert.All(release.Professions.Where(p => p.Usable == 0), p => Assert.True(p.Index is null or < 0, $"{seed}: {p.Name} shows 0"));
    }

    [Fact]
    public void Build_SmallUnsureRow_AlwaysListedAndHiddenWithAComplement()
    {
        // 12 Council, 9 NHS Trust, 2 "Unsure or other": the unsure row is hidden, and so is NHS Trust (the smallest non-zero row).
        var respondents = Enumerable.Repeat(new ReleaseRespondent(0, 0, true, "Online"), 12)
            .Concat(Enumerable.Repeat(new ReleaseRespondent(1, 0, true, "Online"), 9))
            .Concat(Enumerable.Repeat(new ReleaseRespondent(ReleaseRespondent.Other, 0, true, "Online"), 2)).ToArray();

        var release = RoundReleases.Build(new ReleaseInput(["Council", "NHS Trust"], [20, 10], ["Nurse"], respondents));

        Assert.Equal([12, null, null, 0], release.Partners.Select(p => p.Usable));
        Assert.Equal(23, release.TotalUsable);
    }

    private static ReleaseRespondent[] Respondents(params (int? Partner, int? Profession, int N)[] groups) =>
        groups.SelectMany(g => Enumerable.Repeat(new ReleaseRespondent(g.Partner, g.Profession, true, "Online"), g.N)).ToArray();

    [Fact]
    public void Build_SkippedAndOther_TwoRowsEachWithItsOwnCount()
    {
        // 12 Council, 9 NHS Trust, 6 chose "Unsure or other", 7 skipped the question; professions likewise.
        var respondents = Respondents((0, 0, 12), (1, 0, 9), (ReleaseRespondent.Other, ReleaseRespondent.Other, 6), (null, null, 7));

        var release = RoundReleases.Build(new ReleaseInput(["Council", "NHS Trust"], [20, 10], ["Nurse"], respondents));

        Assert.Equal(["Council", "NHS Trust", "Unsure or other", "Not answered"], release.Partners.Select(p => p.Name));
        Assert.Equal([12, 9, 6, 7], release.Partners.Select(p => p.Usable));
        Assert.Equal([0, 1, ReleaseRespondent.Other, null], release.Partners.Select(p => p.Index));
        Assert.Equal(["Nurse", "None or other", "Not answered"], release.Professions.Select(p => p.Name));
        Assert.Equal([21, 6, 7], release.Professions.Select(p => p.Usable));
        Assert.Equal(["Council", "NHS Trust", "Unsure or other", "Not answered"], release.Export.PartnerLabels);
    }

    [Fact]
    public void Build_FewSkipped_NotAnsweredHiddenWithAComplementAndMergedInTheExport()
    {
        // 2 skipped the partner question: that row is hidden, and so is the smallest other row ("Unsure or other", 6),
        // so the two cannot be told apart from the total; the export merges both.
        var respondents = Respondents((0, 0, 12), (1, 0, 9), (ReleaseRespondent.Other, 0, 6), (null, 0, 2));

        var release = RoundReleases.Build(new ReleaseInput(["Council", "NHS Trust"], [20, 10], ["Nurse"], respondents));

        Assert.Equal([12, 9, null, null], release.Partners.Select(p => p.Usable));
        Assert.True(release.Partner(null).Hidden);
        Assert.Equal(29, release.TotalUsable);
        Assert.Equal(["Council", "NHS Trust", RoundReleases.MergedCategory, RoundReleases.MergedCategory], release.Export.PartnerLabels);
        Assert.Equal(["Unsure or other", "Not answered"], release.Export.MergedPartners);
    }

    [Fact]
    public void Build_NoUnsureAnswers_UnsureRowStillListedAsZero()
    {
        var respondents = Enumerable.Repeat(new ReleaseRespondent(0, 0, true, "Online"), 6).ToArray();

        var release = RoundReleases.Build(new ReleaseInput(["Council"], [10], ["Nurse"], respondents));

        Assert.Equal(("Unsure or other", (int?)0), (release.Partners[1].Name, release.Partners[1].Usable));
        Assert.Equal(("Not answered", (int?)0), (release.Partners[2].Name, release.Partners[2].Usable));
    }

    [Fact]
    public void Build_FourUsable_NoTotalsNoExport()
    {
        var respondents = Enumerable.Repeat(new ReleaseRespondent(0, 0, true, "Online"), 4).ToArray();

        var release = RoundReleases.Build(new ReleaseInput(["Council"], [10], ["Nurse"], respondents));

        Assert.Null(release.TotalUsable);
        Assert.False(release.EnoughToReport);
        Assert.Equal(0, release.Export.Rows);
    }
}
