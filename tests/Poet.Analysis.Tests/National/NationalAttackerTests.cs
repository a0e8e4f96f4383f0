using System.Numerics;
using Poet.Analysis.National;
using Xunit.Abstractions;

namespace Poet.Analysis.Tests.National;

/// <summary>
/// The attacker of issue 13: sees every figure the national dashboard can show, for every combination of filters
/// (region, type, frame, from-year, to-year) and every comparison (year only, by region, by type), plus the
/// characteristic-by-outcome view (by region or frame) and the trend view (by year) of issue 20, and sets any two
/// against each other. A pair "singles out" a group when the rounds behind one figure and not the other belong to 1 to 4
/// partnerships. Also checked: a table's total less its shown columns (the hidden ones must hold none or at least 5
/// partnerships), and the (1, 50%) dominance rule on every shown figure.
/// Pools are random with a fixed seed (<see cref="Seed"/>), so a failure replays exactly; the same pools are put
/// through the rules as they were before (<see cref="LegacyNationalRules"/>) to show the attack finds real leaks.
/// </summary>
public class NationalAttackerTests(ITestOutputHelper output)
{
    private const int Seed = 20261202, Pools = 1000;
    private static readonly string[] Regions = ["london", "wales", "scotland"];
    private static readonly string[] Types = ["integrated-service", "joint-commissioning", ""];
    private static readonly string[] Versions = ["poet-staff-1.0", "poet-staff-1.1"];
    private static readonly string[] Classes = ["change", "service-process"];
    private static readonly int[] Years = [2022, 2023, 2024];

    /// <summary>One simulated shared round: its member record plus what it adds to each outcome class.</summary>
    private sealed record SimRound(PoolMember Member, Dictionary<string, (int Outcomes, bool Rated, int Answers)> Classes);

    private static SimRound[] Pool(Random rng)
    {
        var partnerships = rng.Next(8, 41);
        var profiles = Enumerable.Range(0, partnerships).Select(_ => (Region: Regions[rng.Next(3)], Type: Types[rng.Next(3)], Frames: 1 + rng.Next(3),
            Version: rng.NextDouble() < 0.85 ? Versions[0] : Versions[1])).ToArray();
        var rounds = rng.Next(partnerships, 65);
        return Enumerable.Range(0, rounds).Select(i =>
        {
            var p = i < partnerships ? i : rng.Next(partnerships);
            var (region, type, frames, version) = profiles[p];
            if (rng.NextDouble() < 0.1) type = Types[rng.Next(3)];
            var usable = rng.Next(5, 60) * (rng.NextDouble() < 0.08 ? 12 : 1);
            var classes = new Dictionary<string, (int, bool, int)>();
            if (rng.NextDouble() < 0.75) classes[Classes[0]] = (rng.Next(1, 4), rng.NextDouble() < 0.5, rng.Next(5, 80));
            if (rng.NextDouble() < 0.4) classes[Classes[1]] = (rng.Next(1, 3), rng.NextDouble() < 0.5, rng.Next(5, 80));
            var codes = new Dictionary<string, string> { ["region"] = region, ["type"] = type, [PoolFilter.VersionDimension] = version };
            return new SimRound(new PoolMember(i, p, Years[rng.Next(Years.Length)], codes, frames, usable), classes);
        }).ToArray();
    }

    /// <summary>Every selection the dashboard's filter form can make over this vocabulary (not-stated is a column, not a filter).</summary>
    private static IEnumerable<PoolFilter> Filters()
    {
        int?[] froms = [null, .. Years.Select(y => (int?)y)];
        string?[] regions = [null, .. Regions];
        foreach (var region in regions)
            foreach (var type in new string?[] { null, Types[0], Types[1] })
                foreach (var frame in new int?[] { null, 1, 2 })
                    foreach (var from in froms)
                        foreach (var to in froms)
                        {
                            if (from is { } a && to is { } b && b < a) continue;
                            var codes = new Dictionary<string, string>();
                            if (region is not null) codes["region"] = region;
                            if (type is not null) codes["type"] = type;
                            yield return new PoolFilter(codes, frame, from, to);
                        }
    }

    private static readonly string?[] Comparisons = [null, "region", "type"];

    /// <summary>What one set of rules publishes over one pool: cells (round masks) per family, and tables with their columns.</summary>
    private sealed class Release
    {
        public readonly Dictionary<string, HashSet<ulong>> Cells = new();
        public readonly HashSet<(ulong Parent, string Columns)> Tables = new();
        public readonly List<(ulong Parent, (ulong Mask, bool Shown)[] Columns)> TableList = new();
        public int ViewsWithTotal, Views;

        public void Add(string family, ulong mask)
        {
            if (!Cells.TryGetValue(family, out var set)) Cells[family] = set = new HashSet<ulong>();
            set.Add(mask);
        }

        public void Table(ulong parent, (ulong Mask, bool Shown)[] columns)
        {
            if (Tables.Add((parent, string.Join(',', columns.Select(c => $"{c.Mask}:{c.Shown}"))))) TableList.Add((parent, columns));
        }
    }

    private static ulong Mask(SimRound[] pool, Func<PoolMember, bool> where)
    {
        ulong mask = 0;
        foreach (var r in pool) if (where(r.Member)) mask |= 1UL << r.Member.Round;
        return mask;
    }

    private static PoolMember[] Subpool(SimRound[] pool, string cls, bool rated) =>
        pool.Where(r => r.Classes.TryGetValue(cls, out var c) && (!rated || c.Rated))
            .Select(r => r.Member with { Codes = r.Member.Codes.Where(c => c.Key != PoolFilter.VersionDimension).ToDictionary(), Weight = rated ? r.Classes[cls].Answers : r.Classes[cls].Outcomes })
            .ToArray();

    private static Release Current(SimRound[] pool)
    {
        var members = pool.Select(r => r.Member).ToArray();
        var assess = NationalRelease.Cached(members);
        var subpools = Classes.SelectMany(c => new[] { (Family: $"class:{c}", Pool: Subpool(pool, c, false)), (Family: $"rated:{c}", Pool: Subpool(pool, c, true)) })
            .Select(s => (s.Family, Assess: NationalRelease.Cached(s.Pool), s.Pool)).ToArray();
        var release = new Release();
        foreach (var filter in Filters())
            foreach (var by in Comparisons)
            {
                release.Views++;
                var plan = NationalRelease.Plan(members, filter, by, null, assess);
                var total = Mask(pool, m => filter.Matches(m));
                if (plan.Total.Shown) release.Add("staff", total);
                if (!plan.AnyShown) continue;
                release.ViewsWithTotal++;
                var versionCells = plan.Versions.Select(v => (Mask(pool, m => filter.Matches(m) && m.Codes[PoolFilter.VersionDimension] == v.Version), v.Verdict.Shown)).ToArray();
                if (plan.Total.Shown) release.Table(total, versionCells);
                foreach (var v in plan.Versions.Where(v => v.Verdict.Shown))
                {
                    bool InVersion(PoolMember m) => filter.Matches(m) && m.Codes[PoolFilter.VersionDimension] == v.Version;
                    var cell = Mask(pool, InVersion);
                    release.Add("staff", cell);
                    foreach (var (dimension, columns) in new[] { (PoolFilter.YearDimension, v.ByYear), (by, v.ByChoice) })
                    {
                        if (columns is null || dimension is null) continue;
                        var key = NationalDisclosure.Key(dimension);
                        var masks = columns.Select(c => (Mask(pool, m => InVersion(m) && key(m) == c.Category), c.Verdict.Shown)).ToArray();
                        foreach (var (mask, shown) in masks) if (shown) release.Add("staff", mask);
                        release.Table(cell, masks);
                    }
                }
                foreach (var (family, classAssess, sub) in subpools)
                    if (classAssess(filter).Shown) release.Add(family, sub.Where(m => filter.Matches(m)).Aggregate(0UL, (a, m) => a | 1UL << m.Round));
            }
        // The characteristic-by-outcome view (by region, type or frame) and the trend view (by year), issue 20: staff cells
        // join the staff family, users' and carers' cells the rated family of their class, so they are set against the
        // dashboard's figures too.
        var rated = subpools.Where(s => s.Family.StartsWith("rated:")).ToDictionary(s => s.Family[6..], s => (IReadOnlyList<PoolMember>)s.Pool);
        var ratedAssess = subpools.Where(s => s.Family.StartsWith("rated:")).ToDictionary(s => s.Family[6..], s => s.Assess);
        foreach (var filter in Filters())
            foreach (var by in CharacteristicBys)
            {
                if (by == PoolFilter.FrameDimension && filter.Frame is not null) continue;
                release.Views++;
                var plan = CharacteristicRelease.Plan(members, rated, filter, by, by == PoolFilter.FrameDimension ? ["1", "2"] : null, assess, ratedAssess);
                if (plan.AnyShown) release.ViewsWithTotal++;
                void Publish(string family, IReadOnlyList<PoolMember> cellPool, Verdict total, IReadOnlyList<ColumnPlan> columns)
                {
                    ulong MaskOf(Func<PoolMember, bool> where) => cellPool.Where(where).Aggregate(0UL, (a, m) => a | 1UL << m.Round);
                    var totalMask = MaskOf(m => filter.Matches(m));
                    if (total.Shown) release.Add(family, totalMask);
                    Func<PoolMember, bool> In(string category) => by == PoolFilter.FrameDimension
                        ? m => filter.Matches(m) && (m.Frames & int.Parse(category)) != 0
                        : m => filter.Matches(m) && NationalDisclosure.Key(by)(m) == category;
                    var masks = columns.Select(c => (MaskOf(In(c.Category)), c.Verdict.Shown)).ToArray();
                    foreach (var (mask, shown) in masks) if (shown) release.Add(family, mask);
                    if (total.Shown && by != PoolFilter.FrameDimension) release.Table(totalMask, masks);
                }
                Publish("staff", members, plan.Total, plan.Staff);
                foreach (var c in plan.Classes) Publish($"rated:{c.Class}", rated[c.Class], c.Total, c.Columns);
            }
        return release;
    }

    private static readonly string[] CharacteristicBys = ["region", PoolFilter.FrameDimension, PoolFilter.YearDimension];

    private static Release Legacy(SimRound[] pool)
    {
        var members = pool.Select(r => r.Member).ToArray();
        var subpools = Classes.SelectMany(c => new[] { (Family: $"class:{c}", Pool: Subpool(pool, c, false)), (Family: $"rated:{c}", Pool: Subpool(pool, c, true)) }).ToArray();
        var release = new Release();
        foreach (var filter in Filters())
            foreach (var by in Comparisons)
            {
                release.Views++;
                if (!LegacyNationalRules.Assess(members, filter)) continue;
                release.ViewsWithTotal++;
                var total = Mask(pool, m => filter.Matches(m));
                release.Add("staff", total);
                var selected = members.Where(m => filter.Matches(m)).ToArray();
                var versionCells = new List<(ulong, bool)>();
                foreach (var version in selected.Select(m => m.Codes[PoolFilter.VersionDimension]).Distinct().Order(StringComparer.Ordinal))
                {
                    var ofVersion = selected.Where(m => m.Codes[PoolFilter.VersionDimension] == version).ToArray();
                    var cell = ofVersion.Aggregate(0UL, (a, m) => a | 1UL << m.Round);
                    var shown = LegacyNationalRules.Assess(members.Where(m => m.Codes[PoolFilter.VersionDimension] == version).ToArray(), filter);
                    versionCells.Add((cell, shown));
                    if (!shown) continue;
                    release.Add("staff", cell);
                    foreach (var dimension in new[] { PoolFilter.YearDimension, by })
                    {
                        if (dimension is null) continue;
                        var key = NationalDisclosure.Key(dimension);
                        var masks = LegacyNationalRules.Breakdown(ofVersion, key)
                            .Select(c => (ofVersion.Where(m => key(m) == c.Category).Aggregate(0UL, (a, m) => a | 1UL << m.Round), c.Shown)).ToArray();
                        foreach (var (mask, s) in masks) if (s) release.Add("staff", mask);
                        release.Table(cell, masks);
                    }
                }
                release.Table(total, versionCells.ToArray());
                foreach (var (family, sub) in subpools)
                    if (LegacyNationalRules.Assess(sub, filter)) release.Add(family, sub.Where(m => filter.Matches(m)).Aggregate(0UL, (a, m) => a | 1UL << m.Round));
            }
        return release;
    }

    private sealed record Findings(int Pairs, int PairsSingleOne, int Tables, int Dominated)
    {
        public bool Leaky => Pairs + Tables + Dominated > 0;
    }

    private static Findings Attack(SimRound[] pool, Release release)
    {
        var partnershipOf = pool.Select(r => r.Member.Partnership).ToArray();
        int Partnerships(ulong mask)
        {
            var set = 0UL;
            for (; mask != 0; mask &= mask - 1) set |= 1UL << partnershipOf[BitOperations.TrailingZeroCount(mask)];
            return BitOperations.PopCount(set);
        }
        long Weight(string family, SimRound r) => family == "staff" ? r.Member.Weight
            : family.StartsWith("class:") ? r.Classes[family[6..]].Outcomes : r.Classes[family[6..]].Answers;

        int pairs = 0, single = 0, dominated = 0, tables = 0;
        foreach (var (family, set) in release.Cells)
        {
            var cells = set.ToArray();
            for (var i = 0; i < cells.Length; i++)
            {
                for (var j = 0; j < cells.Length; j++)
                {
                    if (i == j) continue;
                    var n = Partnerships(cells[i] & ~cells[j]);
                    if (n is > 0 and < NationalDisclosure.MinimumPartnerships) { pairs++; if (n == 1) single++; }
                }
                var rounds = pool.Where(r => (cells[i] >> r.Member.Round & 1) == 1).ToArray();
                var total = rounds.Sum(r => Weight(family, r));
                if (total > 0 && rounds.GroupBy(r => r.Member.Partnership).Max(g => g.Sum(r => Weight(family, r))) > NationalDisclosure.DominanceShare * total)
                    dominated++;
            }
        }
        foreach (var (_, columns) in release.TableList)
        {
            var hidden = columns.Where(c => !c.Shown).Aggregate(0UL, (a, c) => a | c.Mask);
            if (Partnerships(hidden) is > 0 and < NationalDisclosure.MinimumPartnerships) tables++;
        }
        return new Findings(pairs, single, tables, dominated);
    }

    private (int Leaky, int Pairs, int Single, int Tables, int Dominated, double ViewsShown, int Cells) Run(Func<SimRound[], Release> rules)
    {
        var rng = new Random(Seed);
        int leaky = 0, pairs = 0, single = 0, tables = 0, dominated = 0, cells = 0;
        long views = 0, shown = 0;
        for (var p = 0; p < Pools; p++)
        {
            var pool = Pool(rng);
            var release = rules(pool);
            var f = Attack(pool, release);
            if (f.Leaky) leaky++;
            (pairs, single, tables, dominated) = (pairs + f.Pairs, single + f.PairsSingleOne, tables + f.Tables, dominated + f.Dominated);
            views += release.Views;
            shown += release.ViewsWithTotal;
            cells += release.Cells.Values.Sum(s => s.Count);
        }
        return (leaky, pairs, single, tables, dominated, 100.0 * shown / views, cells);
    }

    [Fact]
    public void Attack_EveryPairOfViews_NoFigureSinglesOutFewerThanFivePartnershipsOrIsDominated()
    {
        var after = Run(Current);
        output.WriteLine($"after: {after.Leaky} of {Pools} pools leaky; {after.Pairs} isolating pairs ({after.Single} of one partnership), "
                         + $"{after.Tables} tables, {after.Dominated} dominated cells; views showing something {after.ViewsShown:F1}%; {after.Cells} distinct cells");

        Assert.Equal((0, 0, 0, 0), (after.Leaky, after.Pairs, after.Tables, after.Dominated));
        Assert.True(after.Cells > 0, "the rules must still publish something, or the attack proves nothing");
    }

    /// <summary>The same attack on the rules before issue 13 finds leaks, so the test above is able to fail.</summary>
    [Fact]
    public void Attack_OldRules_FoundLeaking()
    {
        var before = Run(Legacy);
        output.WriteLine($"before: {before.Leaky} of {Pools} pools leaky; {before.Pairs} isolating pairs ({before.Single} of one partnership), "
                         + $"{before.Tables} tables, {before.Dominated} dominated cells; views showing something {before.ViewsShown:F1}%; {before.Cells} distinct cells");

        Assert.True(before.Leaky > Pools / 4, $"expected the old rules to leak in many pools, found {before.Leaky}");
        Assert.True(before.Single > 0);
    }
}
