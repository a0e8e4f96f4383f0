using System.Collections.Concurrent;
using System.Text.Json;

namespace Poet.Data.Instrument;

/// <summary>
/// The family of POET staff item banks, each a versioned JSON resource: the standard health and social care bank
/// (Instrument/staff-bank-v1.json) and its variants for other settings (Instrument/staff-bank-*-v1.json), written as
/// changes to the standard bank. The one mapping rule: an item corresponds to the standard item with the same id
/// (<see cref="StandardItemFor"/>); any other id is setting-specific, so reports and the national dataset compare
/// rounds only on the ids they share. A round copies its bank into its own items when it is created, so later edits
/// to a file never change a round that has already run.
/// </summary>
public sealed record ItemBank(string Version, string Title, BankScale Scale, IReadOnlyList<BankSection> Sections,
    IReadOnlyDictionary<string, string> Frameworks, IReadOnlyList<BankItem> Items)
{
    public const string CurrentVersion = "poet-staff-1.0";
    public const string StandardSetting = "Health and social care partnerships";

    /// <summary>Who the bank is written for, as the coordinator picks it when creating a round.</summary>
    public string Setting { get; init; } = StandardSetting;

    /// <summary>The bank a variant changes; null for the standard bank.</summary>
    public string? Base { get; init; }

    private static readonly Dictionary<string, string> Files = new()
    {
        [CurrentVersion] = "staff-bank-v1.json",
        ["poet-community-safety-1.0"] = "staff-bank-community-safety-v1.json",
        ["poet-safeguarding-adults-1.0"] = "staff-bank-safeguarding-adults-v1.json",
        ["poet-safeguarding-children-1.0"] = "staff-bank-safeguarding-children-v1.json",
        ["poet-childrens-trust-1.0"] = "staff-bank-childrens-trust-v1.json",
    };
    private static readonly ConcurrentDictionary<string, ItemBank> Loaded = new();
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Every shipped bank, the standard one first.</summary>
    public static IReadOnlyCollection<string> Versions => Files.Keys;

    public static ItemBank Current => Load(CurrentVersion);

    public static ItemBank Load(string version)
    {
        if (!Files.TryGetValue(version, out var file)) throw new ArgumentException($"There is no item bank called \"{version}\".", nameof(version));
        return Loaded.GetOrAdd(version, _ => Read(file));
    }

    /// <summary>A round's bank: the one it was created from, or the standard bank for a version POET no longer ships.</summary>
    public static ItemBank ForRound(string instrumentVersion) => Files.ContainsKey(instrumentVersion) ? Load(instrumentVersion) : Current;

    /// <summary>The standard item an item of any bank corresponds to, or null when it is setting-specific.</summary>
    public static string? StandardItemFor(string itemId) => Current.Items.Any(i => i.Id == itemId) ? itemId : null;

    public BankSection Section(int number) => Sections.Single(s => s.Number == number);

    private static ItemBank Read(string file)
    {
        var assembly = typeof(ItemBank).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        if (doc.RootElement.TryGetProperty("base", out _))
            return (doc.RootElement.Deserialize<BankVariant>(Json) ?? throw new InvalidDataException($"{file} is empty.")).Apply(Load);
        return doc.RootElement.Deserialize<ItemBank>(Json) ?? throw new InvalidDataException($"{file} is empty.");
    }
}

/// <summary>
/// A variant bank as its file states it: changes to a base bank. Items whose id is in the base replace its wording
/// (and still correspond to it); <see cref="Drop"/> removes base items; other items are setting-specific and go at
/// the end of their section.
/// </summary>
public sealed record BankVariant(string Version, string Title, string Setting, string Base, IReadOnlyList<SectionChange> Sections,
    IReadOnlyList<string> Drop, IReadOnlyList<VariantItem> Items)
{
    public ItemBank Apply(Func<string, ItemBank> load)
    {
        var basis = load(Base);
        var byId = Items.ToDictionary(i => i.Id);
        var kept = basis.Items.Where(i => !Drop.Contains(i.Id))
            .Select(i => byId.TryGetValue(i.Id, out var v) ? i with { Text = v.Text, Help = v.Help, Theme = v.Theme ?? i.Theme } : i).ToList();
        foreach (var extra in Items.Where(i => basis.Items.All(b => b.Id != i.Id)))
        {
            var item = new BankItem(extra.Id, extra.Section ?? throw new InvalidDataException($"{Version}: {extra.Id} needs a section"),
                extra.Theme ?? "", extra.Text, extra.Help, extra.Source ?? "", extra.Covers ?? []);
            var last = kept.FindLastIndex(k => k.Section <= item.Section);
            kept.Insert(last + 1, item);
        }
        var sections = basis.Sections.Select(s => Sections.FirstOrDefault(c => c.Number == s.Number) is { } c ? c.ApplyTo(s) : s).ToArray();
        return new ItemBank(Version, Title, basis.Scale, sections, basis.Frameworks, kept) { Setting = Setting, Base = Base };
    }
}

public sealed record SectionChange(int Number, string? Title, string? Intro, string? OutcomeLabel, string? OutcomeHint, IReadOnlyList<OutcomeExample>? Examples)
{
    public BankSection ApplyTo(BankSection s) => s with
    {
        Title = Title ?? s.Title,
        Intro = Intro ?? s.Intro,
        Outcomes = s.Outcomes is null ? null : s.Outcomes with
        {
            OutcomeLabel = OutcomeLabel ?? s.Outcomes.OutcomeLabel,
            OutcomeHint = OutcomeHint ?? s.Outcomes.OutcomeHint,
            Examples = Examples ?? s.Outcomes.Examples,
        },
    };
}

public sealed record VariantItem(string Id, int? Section, string? Theme, string Text, string Help, string? Source, IReadOnlyList<string>? Covers);

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
