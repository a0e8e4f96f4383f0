using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.National;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Data.National;
using Poet.Data.Outcomes;
using Poet.Web.Pages.Rounds;

namespace Poet.Web.Pages.Admin.National;

/// <summary>Staff answers pooled over every standard statement of one cell; hidden cells carry no counts.</summary>
public sealed record StaffCell(string Code, string Label, bool Shown, int? Partnerships, int? Responses, PooledItemRow? Answers);

/// <summary>What users and carers said about one outcome type in one cell: importance and whether it happens.</summary>
public sealed record FamilyCell(string Code, string Label, bool Shown, int? Partnerships, int? Answers, double? ImportantPercent, double? HappensPercent);

public sealed record ClassRow(string Class, string Label, FamilyCell Total, IReadOnlyList<FamilyCell> Columns);

/// <summary>
/// The host's characteristic-by-outcome view (and, compared by year, the trend view): every cell decided by
/// <see cref="CharacteristicRelease.Plan"/> before any sum is read, hidden cells dropped here.
/// </summary>
public sealed record CharacteristicView(string By, Verdict Verdict, StaffCell Total, IReadOnlyList<StaffCell> Staff, IReadOnlyList<ClassRow> Classes)
{
    public bool AnyShown => Total.Shown || Staff.Any(c => c.Shown) || Classes.Any(c => c.Total.Shown || c.Columns.Any(x => x.Shown));

    /// <summary>The characteristics this view compares by: the six coded ones and the frames.</summary>
    public static IEnumerable<(string Id, string Label)> Choices =>
        NationalQuery.CodeFields.Select(f => (f, NationalVocabularies.Current[f].Label)).Append((PoolFilter.FrameDimension, "Frame"));

    public static string Label(string by, string code) => by switch
    {
        PoolFilter.YearDimension => code,
        PoolFilter.FrameDimension => NationalFrames.All.FirstOrDefault(f => ((int)f.Frame).ToString() == code).Label ?? code,
        _ => NationalVocabularies.Current[by].LabelOf(code) ?? "Not stated",
    };

    public static async Task<CharacteristicView> LoadAsync(PoetDb read, PoolFilter filter, string by, IMemoryCache? cache, CancellationToken ct)
    {
        var shared = await NationalView.SharedAsync(read, cache, ct);
        var byId = shared.Rounds.ToDictionary(r => r.RoundId);
        var staff = shared.Rounds.Select(r => r.Member).ToArray();
        var types = OutcomeVocabularies.Current.Type;
        var rated = types.ToDictionary(t => t.Id, t => (IReadOnlyList<PoolMember>)shared.TypeRounds
            .Where(c => c.Class == t.Id && c.Rated && byId.ContainsKey(c.RoundId)).Select(c => byId[c.RoundId].OutcomeMember(c.RatedAnswers)).ToArray());
        var order = by switch
        {
            PoolFilter.YearDimension => null,
            PoolFilter.FrameDimension => NationalFrames.All.Select(f => ((int)f.Frame).ToString()).ToArray(),
            _ => NationalVocabularies.Current[by].Terms.Select(t => t.Id).Append("").ToArray(),
        };
        // Every cell on the page is decided here, once, by the rule every national view uses.
        var plan = CharacteristicRelease.Plan(staff, rated, filter, by, order, NationalRelease.Cached(staff));
        if (!plan.AnyShown) return new CharacteristicView(by, plan.Total, new StaffCell("", "All", false, null, null, null), [], []);

        var selected = shared.Rounds.Where(r => filter.Matches(r.Member)).ToArray();
        PoolFilter Narrow(string code) => by switch
        {
            PoolFilter.FrameDimension => filter with { Frame = int.Parse(code) },
            PoolFilter.YearDimension => filter with { FromYear = int.Parse(code), ToYear = int.Parse(code) },
            _ => filter.With(by, code),
        };
        bool In(PoolRound r, string code) => by == PoolFilter.FrameDimension ? ((int)r.Frames & int.Parse(code)) != 0 : NationalDisclosure.Key(by)(r.Member) == code;

        // Hidden cells' sums are read with the rest but never leave this method.
        IReadOnlyDictionary<string, int[]> staffSums;
        IReadOnlyList<(string Category, OutcomeSum Sum)> outcomeSums;
        if (by == PoolFilter.FrameDimension)
        {
            var s = new Dictionary<string, int[]>();
            var o = new List<(string, OutcomeSum)>();
            foreach (var column in plan.Staff.Where(c => c.Verdict.Shown)) s[column.Category] = await NationalSums.StaffTotalAsync(read, Narrow(column.Category), ct);
            foreach (var code in plan.Classes.SelectMany(c => c.Columns).Where(c => c.Verdict.Shown).Select(c => c.Category).Distinct())
                o.AddRange((await NationalSums.OutcomeSumsAsync(read, Narrow(code), false, ct)).Select(x => (code, x)));
            (staffSums, outcomeSums) = (s, o);
        }
        else (staffSums, outcomeSums) = (await NationalSums.StaffByAsync(read, filter, by, ct), await NationalSums.OutcomeSumsByAsync(read, filter, by, ct));

        StaffCell Staff(string code, string label, Verdict v, int[]? counts, int responses) =>
            v.Shown ? new StaffCell(code, label, true, v.Partnerships, responses, new PooledItemRow("all", "", "Every standard statement", counts ?? new int[5], 0))
                : new StaffCell(code, label, false, null, null, null);
        var total = Staff("", "All", plan.Total, plan.Total.Shown ? await NationalSums.StaffTotalAsync(read, filter, ct) : null, selected.Sum(r => r.Usable));
        var columns = plan.Staff.Select(c => Staff(c.Category, Label(by, c.Category), c.Verdict, staffSums.GetValueOrDefault(c.Category),
            selected.Where(r => In(r, c.Category)).Sum(r => r.Usable))).ToArray();

        var totals = plan.Classes.Any(c => c.Total.Shown) ? await NationalSums.OutcomeSumsAsync(read, filter, false, ct) : [];
        FamilyCell Family(string code, string label, Verdict v, OutcomeSum? sum) => !v.Shown
            ? new FamilyCell(code, label, false, null, null, null, null)
            : new FamilyCell(code, label, true, v.Partnerships, sum?.Importance.Sum() ?? 0, ImportantPercent(sum), HappensPercent(sum));
        var classes = plan.Classes.Select(c => new ClassRow(c.Class, OutcomeVocabularies.Current.LabelOf(types, c.Class) ?? c.Class,
            Family("", "All", c.Total, totals.FirstOrDefault(t => t.Class == c.Class)),
            c.Columns.Select(x => Family(x.Category, Label(by, x.Category), x.Verdict,
                outcomeSums.FirstOrDefault(o => o.Category == x.Category && o.Sum.Class == c.Class).Sum)).ToArray())).ToArray();
        return new CharacteristicView(by, plan.Total, total, columns, classes);
    }

    /// <summary>Share of importance answers that were quite or very important.</summary>
    public static double? ImportantPercent(OutcomeSum? s) => s is null || s.Importance.Sum() == 0 ? null
        : 100.0 * (s.Importance[UcScales.VeryImportant - 1] + s.Importance[UcScales.VeryImportant - 2]) / s.Importance.Sum();

    /// <summary>Share of delivery answers that were usually or always, of those who did not answer don't know.</summary>
    public static double? HappensPercent(OutcomeSum? s)
    {
        if (s is null) return null;
        var known = s.Happens.Take(4).Sum();
        return known == 0 ? null : 100.0 * (s.Happens[UcScales.Always - 1] + s.Happens[UcScales.Usually - 1]) / known;
    }
}
