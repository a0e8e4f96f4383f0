using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.National;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Data.National;
using Poet.Data.Outcomes;

namespace Poet.Web.Pages.Admin.National;

/// <summary>Pooled answers to one standard item; <c>Counts</c> per staff code 1..5 (3 is "Don't know").</summary>
public sealed record PooledItemRow(string ItemId, string Number, string Text, int[] Counts, int Unanswered)
{
    private int View => Counts[0] + Counts[1] + Counts[3] + Counts[4];
    public double? AgreePercent => View == 0 ? null : 100.0 * (Counts[3] + Counts[4]) / View;
    public double? DisagreePercent => View == 0 ? null : 100.0 * (Counts[0] + Counts[1]) / View;
    public double? DontKnowPercent => Counts.Sum() == 0 ? null : 100.0 * Counts[2] / Counts.Sum();
}

/// <summary>One category of a comparison: hidden categories carry no counts at all.</summary>
public sealed record CategoryColumn(string Code, string Label, bool Shown, int? Partnerships, int? Responses, IReadOnlyDictionary<string, PooledItemRow> Items);

/// <summary>Outcomes of one class across partnerships, with users' and carers' ratings once enough partnerships have them.</summary>
public sealed record OutcomeRow(string Label, string? Group, bool Shown, int? Partnerships, int? Outcomes, int? RatedPartnerships,
    double? ImportantPercent, double? HappensPercent, int? ImportanceAnswers, int? HappensAnswers);

/// <summary>The standard items of one instrument version within the selection.</summary>
public sealed record VersionView(string Version, Verdict Verdict, int Responses, IReadOnlyList<PooledItemRow> Items,
    IReadOnlyList<CategoryColumn> ByYear, IReadOnlyList<CategoryColumn>? ByChoice, int NotAskedEverywhere);

public sealed record NationalView(Verdict Verdict, int Responses, IReadOnlyList<VersionView> Versions,
    IReadOnlyList<OutcomeRow> ByType, IReadOnlyList<OutcomeRow> ByHeading)
{
    public static async Task<NationalView> LoadAsync(PoetDb read, NationalQuery query, IMemoryCache? cache, CancellationToken ct)
    {
        var shared = await SharedAsync(read, cache, ct);
        var rounds = shared.Rounds;
        var pool = rounds.Select(r => r.Member).ToArray();
        var filter = query.Filter;
        var verdict = NationalDisclosure.Assess(pool, filter);
        if (!verdict.Shown) return new NationalView(verdict, 0, [], [], []);
        var selected = rounds.Where(r => filter.Matches(r.Member)).ToArray();

        // Hidden categories' sums are fetched with the rest but never leave this method.
        var byYear = await NationalSums.ByYearAsync(read, filter, ct);
        var byChoice = query.By == PoolFilter.YearDimension ? null : await NationalSums.ByCodeAsync(read, filter, query.By, ct);
        var versions = selected.GroupBy(r => r.Version).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Version(rounds.Where(r => r.Version == g.Key).ToArray(), g.ToArray(), query,
                byYear.Where(s => s.Version == g.Key).ToArray(), byChoice?.Where(s => s.Version == g.Key).ToArray()))
            .ToArray();

        var vocab = OutcomeVocabularies.Current;
        var byType = OutcomeRows(pool, filter, shared.TypeRounds, await NationalSums.OutcomeSumsAsync(read, filter, false, ct),
            vocab.Type.Select(t => (t.Id, t.Label, (string?)null)));
        var byHeading = OutcomeRows(pool, filter, shared.HeadingRounds, await NationalSums.OutcomeSumsAsync(read, filter, true, ct),
            vocab.FrameworkHeadings.Select(t => (t.Id, t.Label, t.Group)));
        return new NationalView(verdict, selected.Sum(r => r.Usable), versions, byType, byHeading);
    }

    /// <summary>What every view needs whatever its filter: the shared rounds and which outcome classes each holds.</summary>
    private sealed record SharedRounds(IReadOnlyList<PoolRound> Rounds, IReadOnlyList<OutcomeClassRound> TypeRounds, IReadOnlyList<OutcomeClassRound> HeadingRounds);

    /// <summary>
    /// The outcome-class queries scan every shared round on every request, so their results are kept per instance
    /// under a stamp read from the database: opting in, withdrawing and every refresh of a round's counts change it.
    /// </summary>
    private static async Task<SharedRounds> SharedAsync(PoetDb read, IMemoryCache? cache, CancellationToken ct)
    {
        var key = await StampAsync(read, ct);
        if (cache is not null && cache.TryGetValue(key, out SharedRounds? hit)) return hit!;
        var rounds = await read.NationalRounds.AsNoTracking().Where(r => r.OptedIn)
            .Select(r => new PoolRound(r.RoundId, r.PartnershipId, r.Year, r.InstrumentVersion, r.Usable,
                r.TypeCode, r.ClientGroupCode, r.GovernanceCode, r.RegionCode, r.DepthCode, r.BreadthCode, r.Frames))
            .ToListAsync(ct);
        var shared = new SharedRounds(rounds, await NationalSums.ClassRoundsAsync(read, false, ct), await NationalSums.ClassRoundsAsync(read, true, ct));
        // A change while these were read could file withdrawn data under a stamp that recurs; then keep nothing.
        if (cache is not null && Equals(key, await StampAsync(read, ct)))
            cache.Set(key, shared, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) });
        return shared;
    }

    private static async Task<object> StampAsync(PoetDb read, CancellationToken ct)
    {
        var stamp = await read.NationalRounds.Where(r => r.OptedIn).GroupBy(r => 1)
            .Select(g => new { Count = g.Count(), Ids = g.Sum(r => (long)r.RoundId), Aggregated = g.Max(r => r.AggregatedUtc), OptedIn = g.Max(r => r.OptedInUtc) })
            .FirstOrDefaultAsync(ct);
        return ("national-shared", read.Database.GetConnectionString(), stamp?.Count, stamp?.Ids, stamp?.Aggregated, stamp?.OptedIn);
    }

    private static VersionView Version(PoolRound[] all, PoolRound[] selected, NationalQuery query, ItemSum[] byYear, ItemSum[]? byChoice)
    {
        var version = selected[0].Version;
        var verdict = NationalDisclosure.Assess(all.Select(r => r.Member).ToArray(), query.Filter);
        if (!verdict.Shown) return new VersionView(version, verdict, 0, [], [], null, 0);
        var bank = BankItems(version);
        var (items, partial) = Pool(byYear, selected.Length, bank);
        IReadOnlyList<CategoryColumn> Compare(string by, ItemSum[] sums)
        {
            var labels = by == PoolFilter.YearDimension ? null : NationalVocabularies.Current[by];
            var order = labels?.Terms.Select(t => t.Id).Append("").ToArray();
            var cells = NationalDisclosure.Breakdown(selected.Select(r => r.Member).ToArray(), Key(by), order);
            var columns = new List<CategoryColumn>();
            foreach (var (code, shown) in cells)
            {
                var label = labels is null ? code : labels.LabelOf(code) ?? "Not stated";
                if (!shown) { columns.Add(new CategoryColumn(code, label, false, null, null, new Dictionary<string, PooledItemRow>())); continue; }
                var members = selected.Where(r => Key(by)(r.Member) == code).ToArray();
                var (rows, _) = Pool(sums.Where(s => s.Category == code), members.Length, bank);
                columns.Add(new CategoryColumn(code, label, true, members.Select(m => m.PartnershipId).Distinct().Count(), members.Sum(m => m.Usable),
                    rows.ToDictionary(r => r.ItemId)));
            }
            return columns;
        }
        return new VersionView(version, verdict, selected.Sum(r => r.Usable), items, Compare(PoolFilter.YearDimension, byYear),
            byChoice is null ? null : Compare(query.By, byChoice), partial);
    }

    /// <summary>
    /// Adds up per-category sums of <paramref name="roundCount"/> rounds. An item missing from any of the rounds is left
    /// out (its pool would rest on fewer partnerships than the view states); the second value counts those left out.
    /// </summary>
    private static (IReadOnlyList<PooledItemRow> Rows, int Partial) Pool(IEnumerable<ItemSum> sums, int roundCount, IReadOnlyList<(BankItem Item, string Number)> bank)
    {
        var totals = sums.GroupBy(s => s.ItemId).ToDictionary(g => g.Key, g => (Rounds: g.Sum(s => s.Rounds),
            Counts: new[] { g.Sum(s => s.C1), g.Sum(s => s.C2), g.Sum(s => s.C3), g.Sum(s => s.C4), g.Sum(s => s.C5) }, Unanswered: g.Sum(s => s.Unanswered)));
        var rows = bank.Where(b => totals.TryGetValue(b.Item.Id, out var t) && t.Rounds == roundCount)
            .Select(b => new PooledItemRow(b.Item.Id, b.Number, b.Item.Text, totals[b.Item.Id].Counts, totals[b.Item.Id].Unanswered)).ToArray();
        return (rows, totals.Count(t => t.Value.Rounds != roundCount));
    }

    /// <summary>The Likert items of a bank in questionnaire order, numbered "section.position" as in the staff report.</summary>
    internal static IReadOnlyList<(BankItem Item, string Number)> BankItems(string version) =>
        !ItemBank.Versions.Contains(version) ? [] : ItemBank.Load(version).Items.Where(i => ItemBank.Load(version).Section(i.Section).Kind == SectionKinds.Likert)
            .GroupBy(i => i.Section).SelectMany(g => g.Select((item, n) => (item, $"{g.Key}.{n + 1}"))).ToArray();

    private static Func<PoolMember, string> Key(string by) =>
        by == PoolFilter.YearDimension ? m => m.Year.ToString("D4") : m => m.Codes.GetValueOrDefault(by, "");

    /// <summary>
    /// One row per class. A class is shown when the rounds having an outcome of that class pass the same disclosure
    /// test as the selection; its ratings are shown when the rounds having a rated outcome of that class pass it too.
    /// </summary>
    private static IReadOnlyList<OutcomeRow> OutcomeRows(PoolMember[] pool, PoolFilter filter, IReadOnlyList<OutcomeClassRound> classRounds,
        IReadOnlyList<OutcomeSum> sums, IEnumerable<(string Id, string Label, string? Group)> classes)
    {
        var rows = new List<OutcomeRow>();
        foreach (var (id, label, group) in classes)
        {
            var of = classRounds.Where(c => c.Class == id).ToArray();
            var withClass = of.Select(c => c.RoundId).ToHashSet();
            var verdict = NationalDisclosure.Assess(pool.Where(m => withClass.Contains(m.Round)).ToArray(), filter);
            if (!verdict.Shown) { rows.Add(new OutcomeRow(label, group, false, null, null, null, null, null, null, null)); continue; }
            var sum = sums.FirstOrDefault(s => s.Class == id) ?? new OutcomeSum(id, 0, new int[4], new int[5]);
            var ratedRounds = of.Where(c => c.Rated).Select(c => c.RoundId).ToHashSet();
            var ratings = NationalDisclosure.Assess(pool.Where(m => ratedRounds.Contains(m.Round)).ToArray(), filter);
            var (importance, happens) = (sum.Importance, sum.Happens);
            var known = happens.Take(4).Sum();
            rows.Add(new OutcomeRow(label, group, true, verdict.Partnerships, sum.Outcomes,
                ratings.Shown ? ratings.Partnerships : null,
                ratings.Shown && importance.Sum() > 0 ? 100.0 * (importance[UcScales.VeryImportant - 1] + importance[2]) / importance.Sum() : null,
                ratings.Shown && known > 0 ? 100.0 * (happens[UcScales.Always - 1] + happens[UcScales.Usually - 1]) / known : null,
                ratings.Shown ? importance.Sum() : null, ratings.Shown ? happens.Sum() : null));
        }
        return rows;
    }
}

/// <summary>An opted-in round as the dashboard reads it.</summary>
public sealed record PoolRound(int RoundId, int PartnershipId, int Year, string Version, int Usable,
    string? Type, string? Client, string? Governance, string? Region, string? Depth, string? Breadth, Frames Frames)
{
    public PoolMember Member { get; } = new(RoundId, PartnershipId, Year, new Dictionary<string, string>
    {
        [NationalVocabularies.Type] = Type ?? "", [NationalVocabularies.Client] = Client ?? "", [NationalVocabularies.Governance] = Governance ?? "",
        [NationalVocabularies.Region] = Region ?? "", [NationalVocabularies.Depth] = Depth ?? "", [NationalVocabularies.Breadth] = Breadth ?? "",
    }, (int)Frames);
}
