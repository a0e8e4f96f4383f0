using FsCheck.Xunit;
using Poet.Analysis.National;

namespace Poet.Analysis.Tests.National;

/// <summary>
/// Random pools (up to 40 rounds of up to 16 partnerships, 3 regions, 3 types, 2 frames, 4 years) and random filters.
/// The reader is assumed to see every shown selection and its pooled counts, and to subtract one from another.
/// </summary>
public class NationalDisclosureProperties
{
    private static readonly string[] Regions = ["london", "wales", "scotland"];
    private static readonly string[] Types = ["integrated-service", "joint-commissioning", ""];

    private static PoolMember[] Pool(byte[]? raw) => (raw ?? []).Take(40).Select((b, i) => new PoolMember(i, b % 16, 2020 + b / 16 % 4,
        new Dictionary<string, string> { ["region"] = Regions[b / 64 % 3], ["type"] = Types[(b + i) % 3] }, 1 + (b + i / 3) % 3)).ToArray();

    private static PoolFilter Filter(byte f)
    {
        var codes = new Dictionary<string, string>();
        if (f % 4 > 0) codes["region"] = Regions[f % 4 - 1];
        if (f / 4 % 4 > 0) codes["type"] = Types[f / 4 % 4 - 1];
        int? from = f / 16 % 4 == 0 ? null : 2019 + f / 16 % 4;
        return new PoolFilter(codes, f / 64 % 2 == 1 ? 1 : null, from, from is null ? null : from + f / 128);
    }

    private static int PartnershipsOnlyIn(PoolMember[] pool, Func<PoolMember, bool> a, Func<PoolMember, bool> b) =>
        pool.Where(m => a(m) && !b(m)).Select(m => m.Partnership).Distinct().Count();

    private static bool ZeroOrEnough(int n) => n == 0 || n >= NationalDisclosure.MinimumPartnerships;

    [Property(MaxTest = 2000)]
    public bool Assess_Shown_RestsOnAtLeastFivePartnerships(byte[] raw, byte f)
    {
        var pool = Pool(raw);
        var filter = Filter(f);
        var verdict = NationalDisclosure.Assess(pool, filter);
        return !verdict.Shown || pool.Where(m => filter.Matches(m)).Select(m => m.Partnership).Distinct().Count() >= 5;
    }

    [Property(MaxTest = 2000)]
    public bool Assess_Shown_RelaxingAnyOneFilterToAShownSelectionAddsNoneOrAtLeastFivePartnerships(byte[] raw, byte f)
    {
        // Since issue 13 the wider selection may be the one withheld instead; only two shown selections can be compared.
        var pool = Pool(raw);
        var filter = Filter(f);
        if (!NationalDisclosure.Assess(pool, filter).Shown) return true;
        return filter.Active.All(d => !NationalDisclosure.Assess(pool, NationalDisclosure.Relax(filter, d)).Shown
                                      || ZeroOrEnough(PartnershipsOnlyIn(pool, m => filter.Matches(m, d), m => filter.Matches(m))));
    }

    [Property(MaxTest = 2000)]
    public bool Assess_AnyTwoShownSelections_DifferByNoneOrAtLeastFivePartnerships(byte[] raw, byte f, byte g)
    {
        // Any number of filters changed at once (issue 13).
        var pool = Pool(raw);
        var (a, b) = (Filter(f), Filter(g));
        if (!NationalDisclosure.Assess(pool, a).Shown || !NationalDisclosure.Assess(pool, b).Shown) return true;
        return ZeroOrEnough(PartnershipsOnlyIn(pool, m => a.Matches(m), m => b.Matches(m)))
               && ZeroOrEnough(PartnershipsOnlyIn(pool, m => b.Matches(m), m => a.Matches(m)));
    }

    [Property(MaxTest = 2000)]
    public bool Assess_TwoShownSelectionsDifferingInOneFilter_DifferByNoneOrAtLeastFivePartnerships(byte[] raw, byte f, byte g)
    {
        var pool = Pool(raw);
        var a = Filter(f);
        // Same codes and frame as a; only the year range may differ.
        var b = a with { FromYear = Filter(g).FromYear, ToYear = Filter(g).ToYear };
        if (!NationalDisclosure.Assess(pool, a).Shown || !NationalDisclosure.Assess(pool, b).Shown) return true;
        return ZeroOrEnough(PartnershipsOnlyIn(pool, m => a.Matches(m), m => b.Matches(m)))
               && ZeroOrEnough(PartnershipsOnlyIn(pool, m => b.Matches(m), m => a.Matches(m)));
    }

    [Property(MaxTest = 2000)]
    public bool Breakdown_ShownCellsHaveFiveAndHiddenCellsTogetherNoneOrFive(byte[] raw)
    {
        var pool = Pool(raw);
        var cells = NationalDisclosure.Breakdown(pool, m => m.Codes["region"]);
        var partnershipsIn = (Func<string, bool> which) => pool.Where(m => which(m.Codes["region"])).Select(m => m.Partnership).Distinct().Count();
        var hidden = cells.Where(c => !c.Shown).Select(c => c.Category).ToHashSet();
        return cells.Where(c => c.Shown).All(c => partnershipsIn(r => r == c.Category) >= 5)
               && (ZeroOrEnough(partnershipsIn(hidden.Contains)) || cells.All(c => !c.Shown));
    }
}
