using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.National;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.National;

namespace Poet.Web.Pages.Admin.National;

/// <summary>Item counts summed over the selected rounds of one instrument version and one category; <c>Rounds</c> is how many rounds had the item.</summary>
public sealed record ItemSum(string Version, string Category, string ItemId, int Rounds, int C1, int C2, int C3, int C4, int C5, int Unanswered);

/// <summary>
/// An outcome class as the disclosure test needs it: which opted-in rounds have one, whether it was rated there, and
/// what the round adds (its outcomes of the class, and its users' and carers' importance answers to the rated ones).
/// </summary>
public sealed record OutcomeClassRound(string Class, int RoundId, bool Rated, int Outcomes = 1, int RatedAnswers = 0);

/// <summary>Outcomes of one class within the selection, with the users' and carers' counts of the rated ones.</summary>
public sealed record OutcomeSum(string Class, int Outcomes, int[] Importance, int[] Happens);

/// <summary>
/// The dashboard's set-based reads: each sums in the database over the selected rounds, grouped by category, so a
/// view costs one pass over its rounds' item rows per section instead of one query per category.
/// </summary>
public static class NationalSums
{
    /// <summary>The opted-in rounds matching the filter, as <see cref="PoolFilter.Matches"/> decides in memory.</summary>
    public static IQueryable<NationalRound> Selected(PoetDb read, PoolFilter filter)
    {
        var q = read.NationalRounds.AsNoTracking().Where(r => r.OptedIn);
        foreach (var (dimension, code) in filter.Codes)
            q = q.Where(CodeIs(dimension, code));
        if (filter.Frame is { } frame) q = q.Where(r => (r.Frames & (Frames)frame) != Frames.None);
        if (filter.FromYear is { } from) q = q.Where(r => r.Year >= from);
        if (filter.ToYear is { } to) q = q.Where(r => r.Year <= to);
        return q;
    }

    /// <summary>Sums per version, year ("D4") and item over the selection.</summary>
    public static async Task<IReadOnlyList<ItemSum>> ByYearAsync(PoetDb read, PoolFilter filter, CancellationToken ct)
    {
        var sums = await Selected(read, filter).Join(read.NationalItems, r => r.RoundId, i => i.RoundId, (r, i) => new { r.InstrumentVersion, r.Year, i })
            .GroupBy(x => new { x.InstrumentVersion, x.Year, x.i.ItemId })
            .Select(g => new
            {
                g.Key.InstrumentVersion, g.Key.Year, g.Key.ItemId, Rounds = g.Count(), C1 = g.Sum(x => x.i.C1), C2 = g.Sum(x => x.i.C2),
                C3 = g.Sum(x => x.i.C3), C4 = g.Sum(x => x.i.C4), C5 = g.Sum(x => x.i.C5), Unanswered = g.Sum(x => x.i.Unanswered)
            })
            .ToListAsync(ct);
        return sums.Select(s => new ItemSum(s.InstrumentVersion, s.Year.ToString("D4"), s.ItemId, s.Rounds, s.C1, s.C2, s.C3, s.C4, s.C5, s.Unanswered)).ToArray();
    }

    /// <summary>Sums per version, code of <paramref name="dimension"/> ("" when not stated) and item over the selection.</summary>
    public static async Task<IReadOnlyList<ItemSum>> ByCodeAsync(PoetDb read, PoolFilter filter, string dimension, CancellationToken ct)
    {
        var sums = await Selected(read, filter).Select(Keyed(dimension))
            .Join(read.NationalItems, r => r.RoundId, i => i.RoundId, (r, i) => new { r.Version, r.Code, i })
            .GroupBy(x => new { x.Version, x.Code, x.i.ItemId })
            .Select(g => new
            {
                g.Key.Version, g.Key.Code, g.Key.ItemId, Rounds = g.Count(), C1 = g.Sum(x => x.i.C1), C2 = g.Sum(x => x.i.C2),
                C3 = g.Sum(x => x.i.C3), C4 = g.Sum(x => x.i.C4), C5 = g.Sum(x => x.i.C5), Unanswered = g.Sum(x => x.i.Unanswered)
            })
            .ToListAsync(ct);
        return sums.Select(s => new ItemSum(s.Version, s.Code ?? "", s.ItemId, s.Rounds, s.C1, s.C2, s.C3, s.C4, s.C5, s.Unanswered)).ToArray();
    }

    /// <summary>Each opted-in round's outcome classes under one scheme (type, or framework heading).</summary>
    public static async Task<IReadOnlyList<OutcomeClassRound>> ClassRoundsAsync(PoetDb read, bool byHeading, CancellationToken ct)
    {
        var rows = await Outcomes(read, read.NationalRounds.Where(r => r.OptedIn), byHeading)
            .GroupBy(o => new { o.Class, o.RoundId })
            .Select(g => new
            {
                g.Key.Class, g.Key.RoundId, Rated = g.Max(o => o.Rated ? 1 : 0), Outcomes = g.Count(),
                Answers = g.Sum(o => o.Rated ? o.I1 + o.I2 + o.I3 + o.I4 : 0)
            })
            .ToListAsync(ct);
        return rows.Select(r => new OutcomeClassRound(r.Class!, r.RoundId, r.Rated == 1, r.Outcomes, r.Answers)).ToArray();
    }

    /// <summary>Per class, the selection's outcomes and the summed ratings of those users and carers rated.</summary>
    public static async Task<IReadOnlyList<OutcomeSum>> OutcomeSumsAsync(PoetDb read, PoolFilter filter, bool byHeading, CancellationToken ct)
    {
        var rows = await Outcomes(read, Selected(read, filter), byHeading)
            .GroupBy(o => o.Class)
            .Select(g => new
            {
                Class = g.Key, Outcomes = g.Count(),
                I1 = g.Sum(o => o.Rated ? o.I1 : 0), I2 = g.Sum(o => o.Rated ? o.I2 : 0), I3 = g.Sum(o => o.Rated ? o.I3 : 0), I4 = g.Sum(o => o.Rated ? o.I4 : 0),
                H1 = g.Sum(o => o.Rated ? o.H1 : 0), H2 = g.Sum(o => o.Rated ? o.H2 : 0), H3 = g.Sum(o => o.Rated ? o.H3 : 0),
                H4 = g.Sum(o => o.Rated ? o.H4 : 0), H5 = g.Sum(o => o.Rated ? o.H5 : 0)
            })
            .ToListAsync(ct);
        return rows.Select(r => new OutcomeSum(r.Class!, r.Outcomes, [r.I1, r.I2, r.I3, r.I4], [r.H1, r.H2, r.H3, r.H4, r.H5])).ToArray();
    }

    /// <summary>Staff answer counts (codes 1..5) over every standard item of the selection, per category of <paramref name="by"/> (a coded characteristic or the year).</summary>
    public static async Task<IReadOnlyDictionary<string, int[]>> StaffByAsync(PoetDb read, PoolFilter filter, string by, CancellationToken ct)
    {
        var keyed = by == PoolFilter.YearDimension
            ? Selected(read, filter).Select(r => new KeyedRound { RoundId = r.RoundId, Version = r.InstrumentVersion, Code = null, Year = r.Year })
            : Selected(read, filter).Select(Keyed(by));
        var rows = await keyed.Join(read.NationalItems, r => r.RoundId, i => i.RoundId, (r, i) => new { r.Code, r.Year, i })
            .GroupBy(x => new { x.Code, x.Year })
            .Select(g => new { g.Key.Code, g.Key.Year, C1 = g.Sum(x => x.i.C1), C2 = g.Sum(x => x.i.C2), C3 = g.Sum(x => x.i.C3), C4 = g.Sum(x => x.i.C4), C5 = g.Sum(x => x.i.C5) })
            .ToListAsync(ct);
        return rows.GroupBy(r => by == PoolFilter.YearDimension ? r.Year.ToString("D4") : r.Code ?? "")
            .ToDictionary(g => g.Key, g => new[] { g.Sum(r => r.C1), g.Sum(r => r.C2), g.Sum(r => r.C3), g.Sum(r => r.C4), g.Sum(r => r.C5) });
    }

    /// <summary>Staff answer counts (codes 1..5) over every standard item of the selection.</summary>
    public static async Task<int[]> StaffTotalAsync(PoetDb read, PoolFilter filter, CancellationToken ct)
    {
        var row = await Selected(read, filter).Join(read.NationalItems, r => r.RoundId, i => i.RoundId, (r, i) => i).GroupBy(i => 1)
            .Select(g => new { C1 = g.Sum(i => i.C1), C2 = g.Sum(i => i.C2), C3 = g.Sum(i => i.C3), C4 = g.Sum(i => i.C4), C5 = g.Sum(i => i.C5) })
            .FirstOrDefaultAsync(ct);
        return row is null ? new int[5] : [row.C1, row.C2, row.C3, row.C4, row.C5];
    }

    /// <summary>Per category of <paramref name="by"/> and outcome type, the users' and carers' counts of the rated outcomes.</summary>
    public static async Task<IReadOnlyList<(string Category, OutcomeSum Sum)>> OutcomeSumsByAsync(PoetDb read, PoolFilter filter, string by, CancellationToken ct)
    {
        var keyed = by == PoolFilter.YearDimension
            ? Selected(read, filter).Select(r => new KeyedRound { RoundId = r.RoundId, Version = r.InstrumentVersion, Code = null, Year = r.Year })
            : Selected(read, filter).Select(Keyed(by));
        var rows = await keyed.Join(read.NationalOutcomes.Where(o => o.Type != null && o.HasPhaseTwo), r => r.RoundId, o => o.RoundId, (r, o) => new { r.Code, r.Year, o })
            .GroupBy(x => new { x.Code, x.Year, x.o.Type })
            .Select(g => new
            {
                g.Key.Code, g.Key.Year, g.Key.Type, Outcomes = g.Count(),
                I1 = g.Sum(x => x.o.I1), I2 = g.Sum(x => x.o.I2), I3 = g.Sum(x => x.o.I3), I4 = g.Sum(x => x.o.I4),
                H1 = g.Sum(x => x.o.H1), H2 = g.Sum(x => x.o.H2), H3 = g.Sum(x => x.o.H3), H4 = g.Sum(x => x.o.H4), H5 = g.Sum(x => x.o.H5)
            })
            .ToListAsync(ct);
        return rows.GroupBy(r => (Category: by == PoolFilter.YearDimension ? r.Year.ToString("D4") : r.Code ?? "", r.Type))
            .Select(g => (g.Key.Category, new OutcomeSum(g.Key.Type!, g.Sum(r => r.Outcomes),
                [g.Sum(r => r.I1), g.Sum(r => r.I2), g.Sum(r => r.I3), g.Sum(r => r.I4)],
                [g.Sum(r => r.H1), g.Sum(r => r.H2), g.Sum(r => r.H3), g.Sum(r => r.H4), g.Sum(r => r.H5)]))).ToArray();
    }

    private sealed class ClassedOutcome
    {
        public int RoundId { get; init; }
        public string? Class { get; init; }
        public bool Rated { get; init; }
        public int I1 { get; init; }
        public int I2 { get; init; }
        public int I3 { get; init; }
        public int I4 { get; init; }
        public int H1 { get; init; }
        public int H2 { get; init; }
        public int H3 { get; init; }
        public int H4 { get; init; }
        public int H5 { get; init; }
    }

    private static IQueryable<ClassedOutcome> Outcomes(PoetDb read, IQueryable<NationalRound> rounds, bool byHeading) =>
        read.NationalOutcomes.AsNoTracking().Where(o => rounds.Any(r => r.RoundId == o.RoundId))
            .Select(byHeading ? ByHeading : ByType).Where(o => o.Class != null);

    private static readonly Expression<Func<NationalOutcome, ClassedOutcome>> ByType = o => new ClassedOutcome
    {
        RoundId = o.RoundId, Class = o.Type,
        Rated = o.HasPhaseTwo, I1 = o.I1, I2 = o.I2, I3 = o.I3, I4 = o.I4, H1 = o.H1, H2 = o.H2, H3 = o.H3, H4 = o.H4, H5 = o.H5
    };

    private static readonly Expression<Func<NationalOutcome, ClassedOutcome>> ByHeading = o => new ClassedOutcome
    {
        RoundId = o.RoundId, Class = o.FrameworkHeading,
        Rated = o.HasPhaseTwo, I1 = o.I1, I2 = o.I2, I3 = o.I3, I4 = o.I4, H1 = o.H1, H2 = o.H2, H3 = o.H3, H4 = o.H4, H5 = o.H5
    };

    private sealed class KeyedRound
    {
        public int RoundId { get; init; }
        public string Version { get; init; } = "";
        public string? Code { get; init; }
        public int Year { get; init; }
    }

    private static Expression<Func<NationalRound, KeyedRound>> Keyed(string dimension) => dimension switch
    {
        NationalVocabularies.Type => r => new KeyedRound { RoundId = r.RoundId, Version = r.InstrumentVersion, Code = r.TypeCode, Year = r.Year },
        NationalVocabularies.Client => r => new KeyedRound { RoundId = r.RoundId, Version = r.InstrumentVersion, Code = r.ClientGroupCode, Year = r.Year },
        NationalVocabularies.Governance => r => new KeyedRound { RoundId = r.RoundId, Version = r.InstrumentVersion, Code = r.GovernanceCode, Year = r.Year },
        NationalVocabularies.Region => r => new KeyedRound { RoundId = r.RoundId, Version = r.InstrumentVersion, Code = r.RegionCode, Year = r.Year },
        NationalVocabularies.Depth => r => new KeyedRound { RoundId = r.RoundId, Version = r.InstrumentVersion, Code = r.DepthCode, Year = r.Year },
        NationalVocabularies.Breadth => r => new KeyedRound { RoundId = r.RoundId, Version = r.InstrumentVersion, Code = r.BreadthCode, Year = r.Year },
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a coded characteristic."),
    };

    private static Expression<Func<NationalRound, string?>> CodeOf(string dimension) => dimension switch
    {
        NationalVocabularies.Type => r => r.TypeCode,
        NationalVocabularies.Client => r => r.ClientGroupCode,
        NationalVocabularies.Governance => r => r.GovernanceCode,
        NationalVocabularies.Region => r => r.RegionCode,
        NationalVocabularies.Depth => r => r.DepthCode,
        NationalVocabularies.Breadth => r => r.BreadthCode,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a coded characteristic."),
    };

    /// <summary>code == value, with the value as a closure member so that EF sends it as a parameter, not a literal.</summary>
    private static Expression<Func<NationalRound, bool>> CodeIs(string dimension, string value)
    {
        var code = CodeOf(dimension);
        var holder = new ValueHolder(value);
        return Expression.Lambda<Func<NationalRound, bool>>(
            Expression.Equal(code.Body, Expression.Property(Expression.Constant(holder), nameof(ValueHolder.Value))), code.Parameters);
    }

    private sealed record ValueHolder(string Value);
}
