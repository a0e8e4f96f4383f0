using Poet.Analysis.Text;

namespace Poet.Analysis.UsersCarers;

/// <summary>A field on which the two keyings of a postal return differ; a blank field is the empty string.</summary>
public sealed record FieldDisagreement(string Field, string First, string Second);

/// <summary>
/// Double data entry: a paper return is keyed in twice and every field on which the two keyings differ is
/// listed until someone chooses the right value. Fields absent from a keying count as blank.
/// </summary>
public static class DoubleEntry
{
    /// <summary>Every field whose values differ (after trimming), in <paramref name="fieldOrder"/> order, then any others by name.</summary>
    public static IReadOnlyList<FieldDisagreement> Compare(IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second,
        IReadOnlyList<string>? fieldOrder = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var position = (fieldOrder ?? []).Select((f, i) => (f, i)).GroupBy(x => x.f).ToDictionary(g => g.Key, g => g.First().i);
        return first.Keys.Union(second.Keys)
            .Select(k => new FieldDisagreement(k, Value(first, k), Value(second, k)))
            .Where(d => d.First != d.Second)
            .OrderBy(d => position.TryGetValue(d.Field, out var i) ? i : int.MaxValue)
            .ThenBy(d => d.Field, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Disagreements not yet settled by <paramref name="resolutions"/>.</summary>
    public static IReadOnlyList<FieldDisagreement> Unresolved(IReadOnlyList<FieldDisagreement> disagreements, IReadOnlyDictionary<string, string> resolutions) =>
        disagreements.Where(d => !resolutions.ContainsKey(d.Field)).ToArray();

    /// <summary>The agreed return: values both keyings share, and the chosen value wherever they differed.</summary>
    /// <exception cref="InvalidOperationException">A disagreement has no chosen value.</exception>
    public static IReadOnlyDictionary<string, string> Merge(IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second,
        IReadOnlyDictionary<string, string> resolutions)
    {
        var open = Unresolved(Compare(first, second), resolutions);
        if (open.Count > 0)
            throw new InvalidOperationException($"{Wording.Count(open.Count, "field")} still {(open.Count == 1 ? "differs" : "differ")} between the two keyings, starting with \"{open[0].Field}\".");
        return first.Keys.Union(second.Keys)
            .Select(k => (k, v: resolutions.TryGetValue(k, out var chosen) ? chosen.Trim() : Value(first, k)))
            .Where(x => x.v.Length > 0)
            .ToDictionary(x => x.k, x => x.v);
    }

    private static string Value(IReadOnlyDictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var v) ? (v ?? "").Trim() : "";
}
