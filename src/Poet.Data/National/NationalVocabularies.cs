using System.Text.Json;
using Poet.Data.Outcomes;

namespace Poet.Data.National;

public sealed record CodedDimension(string Id, string Label, bool Ordered, IReadOnlyList<VocabularyTerm> Terms)
{
    public string? LabelOf(string? code) => Terms.FirstOrDefault(t => t.Id == code)?.Label;
    public bool IsCode(string? code) => Terms.Any(t => t.Id == code);
}

/// <summary>
/// The coded partnership characteristics that national filters use (national-vocabularies.json). A partnership's
/// code is null when the coordinator has not chosen one; it is then pooled as "not stated".
/// </summary>
public sealed record NationalVocabularies(string Version, IReadOnlyList<CodedDimension> Dimensions)
{
    public const string Type = "type", Client = "client", Governance = "governance", Region = "region", Depth = "depth", Breadth = "breadth";

    public static NationalVocabularies Current { get; } = Load();

    public CodedDimension this[string id] => Dimensions.Single(d => d.Id == id);

    private static NationalVocabularies Load()
    {
        using var stream = typeof(NationalVocabularies).Assembly.GetManifestResourceStream("Poet.Data.National.national-vocabularies.json")
                           ?? throw new InvalidOperationException("national-vocabularies.json is not embedded in Poet.Data.");
        var v = JsonSerializer.Deserialize<NationalVocabularies>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                ?? throw new InvalidOperationException("national-vocabularies.json is empty.");
        var expected = new[] { Type, Client, Governance, Region, Depth, Breadth };
        if (v.Dimensions is null || !expected.All(id => v.Dimensions.Count(d => d.Id == id) == 1))
            throw new InvalidOperationException($"national-vocabularies.json needs exactly one of each dimension: {string.Join(", ", expected)}.");
        foreach (var d in v.Dimensions)
        {
            if (d.Terms is null || d.Terms.Count == 0 || d.Terms.Any(t => string.IsNullOrWhiteSpace(t.Id) || string.IsNullOrWhiteSpace(t.Label)))
                throw new InvalidOperationException($"national-vocabularies.json: every term of \"{d.Id}\" needs an id and a label.");
            if (d.Terms.Select(t => t.Id).Distinct().Count() != d.Terms.Count)
                throw new InvalidOperationException($"national-vocabularies.json repeats a code in \"{d.Id}\".");
        }
        return v;
    }
}
