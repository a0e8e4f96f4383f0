using Microsoft.EntityFrameworkCore;
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
    public static async Task<NationalView> LoadAsync(PoetDb read, NationalQuery query, CancellationToken ct)
    {
        var rounds = await read.NationalRounds.AsNoTracking().Where(r => r.OptedIn)
            .Select(r => new PoolRound(r.RoundId, r.PartnershipId, r.Year, r.InstrumentVersion, r.Usable,
                r.TypeCode, r.ClientGroupCode, r.GovernanceCode, r.RegionCode, r.DepthCode, r.BreadthCode, r.Frames))
            .ToListAsync(ct);
        var pool = rounds.Select(r => r.Member).ToArray();
        var filter = query.Filter;
        var verdict = NationalDisclosure.Assess(pool, filter);
        if (!verdict.Shown) return new NationalView(verdict, 0, [], [], []);
        var selected = rounds.Where(r => filter.Matches(r.Member)).ToArray();

        var versions = new List<VersionView>();
        foreach (var group in selected.GroupBy(r => r.Version).OrderBy(g => g.Key, StringComparer.Ordinal))
            versions.Add(await VersionAsync(read, rounds.Where(r => r.Version == group.Key).ToArray(), group.ToArray(), query, ct));

        var outcomes = await read.NationalOutcomes.AsNoTracking().Where(o => read.NationalRounds.Any(r => r.RoundId == o.RoundId && r.OptedIn))
            .Select(o => new OutcomeCounts(o.RoundId, o.Type, o.FrameworkHeading, o.HasPhaseTwo, new[] { o.I1, o.I2, o.I3, o.I4 }, new[] { o.H1, o.H2, o.H3, o.H4, o.H5 }))
            .ToListAsync(ct);
        var vocab = OutcomeVocabularies.Current;
        var byType = OutcomeRows(pool, filter, outcomes, o => o.Type, vocab.Type.Select(t => (t.Id, t.Label, (string?)null)));
        var byHeading = OutcomeRows(pool, filter, outcomes, o => o.Heading, vocab.FrameworkHeadings.Select(t => (t.Id, t.Label, t.Group)));
        return new NationalView(verdict, selected.Sum(r => r.Usable), versions, byType, byHeading);
    }

    private sealed record OutcomeCounts(int RoundId, string? Type, string? Heading, bool Rated, int[] Importance, int[] Happens);

    private static async Task<VersionView> VersionAsync(PoetDb read, PoolRound[] all, PoolRound[] selected, NationalQuery query, CancellationToken ct)
    {
        var version = selected[0].Version;
        var verdict = NationalDisclosure.Assess(all.Select(r => r.Member).ToArray(), query.Filter);
        if (!verdict.Shown) return new VersionView(version, verdict, 0, [], [], null, 0);
        var bank = BankItems(version);
        var (items, partial) = await PoolAsync(read, selected, bank, ct);
        async Task<IReadOnlyList<CategoryColumn>> CompareAsync(string by)
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
                var (rows, _) = await PoolAsync(read, members, bank, ct);
                columns.Add(new CategoryColumn(code, label, true, members.Select(m => m.PartnershipId).Distinct().Count(), members.Sum(m => m.Usable),
                    rows.ToDictionary(r => r.ItemId)));
            }
            return columns;
        }
        var byYear = await CompareAsync(PoolFilter.YearDimension);
        var byChoice = query.By == PoolFilter.YearDimension ? null : await CompareAsync(query.By);
        return new VersionView(version, verdict, selected.Sum(r => r.Usable), items, byYear, byChoice, partial);
    }

    /// <summary>
    /// Sums the item counts of the given rounds in the database. An item missing from any of the rounds is left out
    /// (its pool would rest on fewer partnerships than the view states); the second value counts those left out.
    /// </summary>
    private static async Task<(IReadOnlyList<PooledItemRow> Rows, int Partial)> PoolAsync(PoetDb read, PoolRound[] rounds, IReadOnlyList<(BankItem Item, string Number)> bank, CancellationToken ct)
    {
        var ids = rounds.Select(r => r.RoundId).ToList();
        var sums = await read.NationalItems.AsNoTracking().Where(i => ids.Contains(i.RoundId)).GroupBy(i => i.ItemId)
            .Select(g => new { ItemId = g.Key, Rounds = g.Count(), C1 = g.Sum(x => x.C1), C2 = g.Sum(x => x.C2), C3 = g.Sum(x => x.C3),
                C4 = g.Sum(x => x.C4), C5 = g.Sum(x => x.C5), Unanswered = g.Sum(x => x.Unanswered) })
            .ToDictionaryAsync(x => x.ItemId, ct);
        var rows = bank.Where(b => sums.TryGetValue(b.Item.Id, out var s) && s.Rounds == ids.Count)
            .Select(b => (b, s: sums[b.Item.Id]))
            .Select(x => new PooledItemRow(x.b.Item.Id, x.b.Number, x.b.Item.Text, [x.s.C1, x.s.C2, x.s.C3, x.s.C4, x.s.C5], x.s.Unanswered)).ToArray();
        return (rows, sums.Count(s => s.Value.Rounds != ids.Count));
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
    private static IReadOnlyList<OutcomeRow> OutcomeRows(PoolMember[] pool, PoolFilter filter, List<OutcomeCounts> outcomes,
        Func<OutcomeCounts, string?> key, IEnumerable<(string Id, string Label, string? Group)> classes)
    {
        var rows = new List<OutcomeRow>();
        var selectedIds = pool.Where(m => filter.Matches(m)).Select(m => m.Round).ToHashSet();
        foreach (var (id, label, group) in classes)
        {
            var of = outcomes.Where(o => key(o) == id).ToArray();
            var withClass = of.Select(o => o.RoundId).ToHashSet();
            var verdict = NationalDisclosure.Assess(pool.Where(m => withClass.Contains(m.Round)).ToArray(), filter);
            if (!verdict.Shown) { rows.Add(new OutcomeRow(label, group, false, null, null, null, null, null, null, null)); continue; }
            var inSelection = of.Where(o => selectedIds.Contains(o.RoundId)).ToArray();
            var rated = inSelection.Where(o => o.Rated).ToArray();
            var ratedRounds = of.Where(o => o.Rated).Select(o => o.RoundId).ToHashSet();
            var ratings = NationalDisclosure.Assess(pool.Where(m => ratedRounds.Contains(m.Round)).ToArray(), filter);
            int Sum(Func<OutcomeCounts, int> f) => rated.Sum(f);
            var importance = Enumerable.Range(0, 4).Select(i => Sum(o => o.Importance[i])).ToArray();
            var happens = Enumerable.Range(0, 5).Select(i => Sum(o => o.Happens[i])).ToArray();
            var known = happens.Take(4).Sum();
            rows.Add(new OutcomeRow(label, group, true, verdict.Partnerships, inSelection.Length,
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
