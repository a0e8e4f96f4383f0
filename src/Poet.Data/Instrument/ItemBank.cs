using System.Collections.Concurrent;
using System.Text.Json;

namespace Poet.Data.Instrument;

/// <summary>
/// The standard POET staff item bank, shipped as a versioned JSON resource (Instrument/staff-bank-v1.json).
/// A round copies the bank into its own items when it is created, so later edits to the file never change
/// a round that has already run.
/// </summary>
public sealed record ItemBank(string Version, string Title, BankScale Scale, IReadOnlyList<BankSection> Sections,
    IReadOnlyDictionary<string, string> Frameworks, IReadOnlyList<BankItem> Items)
{
    public const string CurrentVersion = "poet-staff-1.0";

    private static readonly Dictionary<string, string> Files = new() { [CurrentVersion] = "staff-bank-v1.json" };
    private static readonly ConcurrentDictionary<string, ItemBank> Loaded = new();
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static IReadOnlyCollection<string> Versions => Files.Keys;

    public static ItemBank Current => Load(CurrentVersion);

    public static ItemBank Load(string version)
    {
        if (!Files.TryGetValue(version, out var file)) throw new ArgumentException($"There is no item bank called \"{version}\".", nameof(version));
        return Loaded.GetOrAdd(version, _ => Read(file));
    }

    public BankSection Section(int number) => Sections.Single(s => s.Number == number);

    private static ItemBank Read(string file)
    {
        var assembly = typeof(ItemBank).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<ItemBank>(stream, Json) ?? throw new InvalidDataException($"{file} is empty.");
    }
}

public sealed record BankScale(IReadOnlyList<ScaleOption> Options, string MiddleGuidance);

public sealed record ScaleOption(int Value, string Label);

public static class SectionKinds
{
    public const string About = "about";
    public const string Likert = "likert";
    public const string Outcomes = "outcomes";
}

/// <summary>One of the four sections. Kind is "about", "likert" or "outcomes"; only the outcomes section has <see cref="Outcomes"/>.</summary>
public sealed record BankSection(int Number, string Kind, string Title, string Intro, IReadOnlyList<AboutQuestion> Questions, OutcomesGuidance? Outcomes);

/// <summary>A section 1 question. Kind "text" is free text; "partner" and "profession" list the partnership's own, plus <see cref="OtherOption"/>.</summary>
public sealed record AboutQuestion(string Id, string Kind, string Label, string Hint, string? OtherOption);

public sealed record OutcomesGuidance(string OutcomeLabel, string OutcomeHint, string RationaleLabel, string RationaleHint,
    int MinimumRows, int MaximumRows, IReadOnlyList<string> Guidance, IReadOnlyList<OutcomeExample> Examples, IReadOnlyList<NotAnOutcome> NotOutcomes);

public sealed record OutcomeExample(string Outcome, string Rationale, string Note);

public sealed record NotAnOutcome(string Text, string Why, string Better);

/// <summary>A Likert statement. <see cref="Covers"/> names the framework themes (keys of <see cref="ItemBank.Frameworks"/>) it speaks to.</summary>
public sealed record BankItem(string Id, int Section, string Theme, string Text, string Help, string Source, IReadOnlyList<string> Covers);
