using Poet.Analysis.Ordinal;

namespace Poet.Analysis.National;

/// <summary>One item of a closed round with its counts over usable responses. Standard = in the bank of the round's instrument version.</summary>
public sealed record RoundItemCounts(string ItemId, int Section, bool IsStandard, Distribution Counts);

/// <summary>How a facilitator classified one source statement of an agreed outcome; null = not classified on that dimension.</summary>
public sealed record SourceClass(string? Focus, string? Type, string? FrameworkHeading);

/// <summary>An agreed outcome; <c>Confirmed</c> holds the classes the coordinator confirmed when sharing, which win over the sources' consensus.</summary>
public sealed record AgreedOutcomeInput(int Order, string Wording, IReadOnlyList<SourceClass> Sources, SourceClass? Confirmed = null);

/// <summary>A phase-two outcome as users and carers rated it: importance on 1..4, delivery on 1..5 (5 "Don't know").</summary>
public sealed record PhaseTwoOutcome(string Wording, Distribution Importance, Distribution Happens);

public sealed record PooledItem(string ItemId, int Section, IReadOnlyList<int> Counts, int Unanswered);

public sealed record PooledOutcome(int Order, string Wording, string? Focus, string? Type, string? FrameworkHeading,
    IReadOnlyList<int>? Importance, IReadOnlyList<int>? Happens);

/// <summary>What one round contributes to the national dataset: counts and codes only.</summary>
public sealed record RoundAggregate(int Invited, int Usable, IReadOnlyList<PooledItem> Items, IReadOnlyList<PooledOutcome> Outcomes, int? UcReturns);

/// <summary>
/// Builds a round's contribution to the national dataset. Local items are dropped (they mean nothing beside other
/// partnerships' items); comments, outcome statements and rationales are not inputs, so they cannot leak. An agreed
/// outcome's class on each dimension is the one the coordinator confirmed when sharing, else the one most of its
/// source statements were given (none on a tie), and its
/// phase-two counts are those of the questionnaire outcome with the same wording, ignoring case and spacing.
/// </summary>
public static class RoundAggregation
{
    public static RoundAggregate Aggregate(int invited, int usable, IReadOnlyList<RoundItemCounts> items,
        IReadOnlyList<AgreedOutcomeInput> outcomes, IReadOnlyList<PhaseTwoOutcome>? phaseTwo, int? ucReturns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(invited);
        ArgumentOutOfRangeException.ThrowIfNegative(usable);
        if ((phaseTwo is null) != (ucReturns is null))
            throw new ArgumentException("Phase-two outcomes and the number of returns come together or not at all.", nameof(ucReturns));
        var pooledItems = items.Where(i => i.IsStandard)
            .Select(i => new PooledItem(i.ItemId, i.Section, i.Counts.Counts.ToArray(), i.Counts.Missing)).ToArray();
        var rated = (phaseTwo ?? []).GroupBy(p => Normalise(p.Wording)).ToDictionary(g => g.Key, g => g.First());
        var pooledOutcomes = outcomes.OrderBy(o => o.Order).Select(o =>
        {
            var uc = rated.GetValueOrDefault(Normalise(o.Wording));
            return new PooledOutcome(o.Order, o.Wording.Trim(),
                Consensus(o.Sources.Select(s => s.Focus)),
                o.Confirmed?.Type ?? Consensus(o.Sources.Select(s => s.Type)),
                o.Confirmed?.FrameworkHeading ?? Consensus(o.Sources.Select(s => s.FrameworkHeading)),
                uc?.Importance.Counts.ToArray(), uc?.Happens.Counts.ToArray());
        }).ToArray();
        return new RoundAggregate(invited, usable, pooledItems, pooledOutcomes, ucReturns);
    }

    /// <summary>The value given most often (nulls ignored); null when there is none or the top two tie.</summary>
    public static string? Consensus(IEnumerable<string?> values)
    {
        var ranked = values.Where(v => !string.IsNullOrEmpty(v)).GroupBy(v => v!, StringComparer.Ordinal)
            .Select(g => (Value: g.Key, Count: g.Count())).OrderByDescending(x => x.Count).Take(2).ToArray();
        return ranked.Length == 0 || (ranked.Length == 2 && ranked[0].Count == ranked[1].Count) ? null : ranked[0].Value;
    }

    /// <summary>Lower case, single spaces, no surrounding space or final full stop: how two wordings are judged the same.</summary>
    public static string Normalise(string wording) =>
        string.Join(' ', wording.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
}
