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
    /// <summary>Whether the view shows anything: the total can be withheld while a version's tables are shown.</summary>
    public bool AnyShown => Verdict.Shown || Versions.Any(v => v.Verdict.Shown);

    public static async Task<NationalView> LoadAsync(PoetDb read, NationalQuery query, IMemoryCache? cache, CancellationToken ct)
    {
        var shared = await SharedAsync(read, cache, ct);
        var rounds = shared.Rounds;
        var pool = rounds.Select(r => r.Member).ToArray();
        var filter = query.Filter;
        var by = query.By == PoolFilter.YearDimension ? null : query.By;
        var order = by is null ? null : NationalVocabularies.Current[by].Terms.Select(t => t.Id).Append("").ToArray();
        // Every cell on the page (total, versions, columns) is decided here, once, by the same rule.
        var plan = NationalRelease.Plan(pool, filter, by, order, NationalRelease.Cached(pool));
        if (!plan.AnyShown) return new NationalView(plan.Total, 0, [], [], []);
        var selected = rounds.Where(r => filter.Matches(r.Member)).ToArray();

        // Hidden cells' sums are fetched with the rest but never leave this method.
        var byYear = await NationalSums.ByYearAsync(read, filter, ct);
        var byChoice = by is null ? null : await NationalSums.ByCodeAsync(read, filter, by, ct);
        var versions = plan.Versions
            .Select(v => Version(v, selected.Where(r => r.Version == v.Version).ToArray(), by,
                byYear.Where(s => s.Version == v.Version).ToArray(), byChoice?.Where(s => s.Version == v.Version).ToArray()))
            .ToArray();

        var vocab = OutcomeVocabularies.Current;
        var byType = OutcomeRows(rounds, filter, shared.TypeRounds, await NationalSums.OutcomeSumsAsync(read, filter, false, ct),
            vocab.Type.Select(t => (t.Id, t.Label, (string?)null)));
        var byHeading = OutcomeRows(rounds, filter, shared.HeadingRounds, await NationalSums.OutcomeSumsAsync(read, filter, true, ct),
            vocab.FrameworkHeadings.Select(t => (t.Id, t.Label, t.Group)));
        return new NationalView(plan.Total, plan.Total.Shown ? selected.Sum(r => r.Usable) : 0, versions, byType, byHeading);
    }

    /// <summary>What every view needs whatever its filter: the shared rounds and which outcome classes each holds.</summary>
    internal sealed record SharedRounds(IReadOnlyList<PoolRound> Rounds, IReadOnlyList<OutcomeClassRound> TypeRounds, IReadOnlyList<OutcomeClassRound> HeadingRounds);

    /// <summary>
    /// The outcome-class queries scan every shared round on every request, so their results are kept per instance
    /// under a stamp read from the database: opting in, withdrawing and every refresh of a round's counts change it.
    /// </summary>
    internal static async Task<SharedRounds> SharedAsync(PoetDb read, IMemoryCache? cache, CancellationToken ct)
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

    private static VersionView Version(VersionPlan plan, PoolRound[] selected, string? by, ItemSum[] byYear, ItemSum[]? byChoice)
    {
        if (!plan.Verdict.Shown) return new VersionView(plan.Version, plan.Verdict, 0, [], [], null, 0);
        var bank = BankItems(plan.Version);
        var (items, partial) = Pool(byYear, selected.Length, bank);
        IReadOnlyList<CategoryColumn> Compare(string dimension, IReadOnlyList<ColumnPlan> cells, ItemSum[] sums)
        {
            var labels = dimension == PoolFilter.YearDimension ? null : NationalVocabularies.Current[dimension];
            var columns = new List<CategoryColumn>();
            foreach (var (code, verdict) in cells)
            {
                var label = labels is null ? code : labels.LabelOf(code) ?? "Not stated";
                if (!verdict.Shown) { columns.Add(new CategoryColumn(code, label, false, null, null, new Dictionary<string, PooledItemRow>())); continue; }
                var members = selected.Where(r => NationalDisclosure.Key(dimension)(r.Member) == code).ToArray();
                var (rows, _) = Pool(sums.Where(s => s.Category == code), members.Length, bank);
                columns.Add(new CategoryColumn(code, label, true, verdict.Partnerships, members.Sum(m => m.Usable), rows.ToDictionary(r => r.ItemId)));
            }
            return columns;
        }
        return new VersionView(plan.Version, plan.Verdict, selected.Sum(r => r.Usable), items, Compare(PoolFilter.YearDimension, plan.ByYear, byYear),
            byChoice is null || plan.ByChoice is null || by is null ? null : Compare(by, plan.ByChoice, byChoice), partial);
    }

    /// <summary>
    /// Adds up per-category sums of <paramref name="roundCount"/> rounds. An item missing from any of the rounds is left
    /// out (its pool would rest on fewer partnerships than the view states); the second value counts those left out.
    /// </summary>
    internal static (IReadOnlyList<PooledItemRow> Rows, int Partial) Pool(IEnumerable<ItemSum> sums, int roundCount, IReadOnlyList<(BankItem Item, string Number)> bank)
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

    /// <summary>
    /// One row per class. A class is shown when the rounds having an outcome of that class pass the same disclosure
    /// test as the selection; its ratings are shown when the rounds having a rated outcome of that class pass it too.
    /// </summary>
    private static IReadOnlyList<OutcomeRow> OutcomeRows(IReadOnlyList<PoolRound> rounds, PoolFilter filter, IReadOnlyList<OutcomeClassRound> classRounds,
        IReadOnlyList<OutcomeSum> sums, IEnumerable<(string Id, string Label, string? Group)> classes)
    {
        var byId = rounds.ToDictionary(r => r.RoundId);
        var rows = new List<OutcomeRow>();
        foreach (var (id, label, group) in classes)
        {
            var of = classRounds.Where(c => c.Class == id && byId.ContainsKey(c.RoundId)).ToArray();
            // A class's cells pool outcomes (weighted by how many the round has), its ratings pool answers.
            var verdict = NationalDisclosure.Assess(of.Select(c => byId[c.RoundId].OutcomeMember(c.Outcomes)).ToArray(), filter);
            if (!verdict.Shown) { rows.Add(new OutcomeRow(label, group, false, null, null, null, null, null, null, null)); continue; }
            var sum = sums.FirstOrDefault(s => s.Class == id) ?? new OutcomeSum(id, 0, new int[4], new int[5]);
            var ratings = NationalDisclosure.Assess(of.Where(c => c.Rated).Select(c => byId[c.RoundId].OutcomeMember(c.RatedAnswers)).ToArray(), filter);
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
    private IReadOnlyDictionary<string, string> Profile => new Dictionary<string, string>
    {
        [NationalVocabularies.Type] = Type ?? "", [NationalVocabularies.Client] = Client ?? "", [NationalVocabularies.Governance] = Governance ?? "",
        [NationalVocabularies.Region] = Region ?? "", [NationalVocabularies.Depth] = Depth ?? "", [NationalVocabularies.Breadth] = Breadth ?? "",
    };

    /// <summary>The round as a cell of staff answers: its version among its codes, its usable responses as its weight.</summary>
    public PoolMember Member { get; } = new(RoundId, PartnershipId, Year, new Dictionary<string, string>
    {
        [NationalVocabularies.Type] = Type ?? "", [NationalVocabularies.Client] = Client ?? "", [NationalVocabularies.Governance] = Governance ?? "",
        [NationalVocabularies.Region] = Region ?? "", [NationalVocabularies.Depth] = Depth ?? "", [NationalVocabularies.Breadth] = Breadth ?? "",
        [PoolFilter.VersionDimension] = Version,
    }, (int)Frames, Usable);

    /// <summary>The round as a cell of outcomes (not split by version), weighted by what it adds to that cell.</summary>
    public PoolMember OutcomeMember(int weight) => new(RoundId, PartnershipId, Year, Profile, (int)Frames, weight);
}
