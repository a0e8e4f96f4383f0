using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Poet.Analysis.UsersCarers;
using Poet.Data.Entities;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// A paper return as flat fields (name → value), so two keyings can be compared field by field:
/// "type", "length", "svc-{id}", "imp-{id}", "hap-{id}", "top-{id}", "missing", "bar-{id}", "bar-other", "att-{id}", "else".
/// A ticked box is "1"; a blank field is absent.
/// </summary>
public sealed class PostalFields(IReadOnlyList<UcItem> items)
{
    public const string Type = "type", Length = "length", BarrierOther = "bar-other", Missing = "missing", Else = "else", Ticked = "1";

    private IEnumerable<UcItem> Of(UcItemKind kind) => items.Where(i => i.Kind == kind).OrderBy(i => i.Order);

    public IReadOnlyList<UcItem> Outcomes => Of(UcItemKind.Outcome).ToList();
    public IReadOnlyList<UcItem> Services => Of(UcItemKind.Service).ToList();
    public IReadOnlyList<UcItem> Barriers => Of(UcItemKind.Barrier).ToList();
    public IReadOnlyList<UcItem> Statements => Of(UcItemKind.Statement).ToList();

    /// <summary>Every field in the order the paper form asks it.</summary>
    public IReadOnlyList<string> Order =>
    [
        Type, .. Services.Select(s => $"svc-{s.Id}"), Length,
        .. Outcomes.SelectMany(o => new[] { $"imp-{o.Id}", $"hap-{o.Id}" }), .. Outcomes.Select(o => $"top-{o.Id}"), Missing,
        .. Barriers.Select(b => $"bar-{b.Id}"), BarrierOther, .. Statements.Select(s => $"att-{s.Id}"), Else,
    ];

    /// <summary>Choices for a field with a fixed set of answers (value, label); null for tick boxes and free text.</summary>
    public IReadOnlyList<(string Value, string Label)>? Choices(string field) => Prefix(field) switch
    {
        Type => UcOptions.RespondentTypes.Select(t => (((int)t.Type).ToString(), t.Label)).ToList(),
        Length => UcOptions.SupportLengths.Select(l => (l.Code.ToString(), l.Label)).ToList(),
        "imp" => UcScales.FormOrder(UcScales.Importance).Select(o => (o.Code.ToString(), o.Label)).ToList(),
        "hap" => UcScales.FormOrder(UcScales.Happens).Select(o => (o.Code.ToString(), o.Label)).ToList(),
        "att" => UcOptions.Agreement.Select(a => (a.Code.ToString(), a.Label)).ToList(),
        _ => null,
    };

    public static bool IsTickBox(string field) => Prefix(field) is "svc" or "top" or "bar" && field != BarrierOther;

    public string Label(string field)
    {
        string Text() => items.SingleOrDefault(i => $"{Prefix(field)}-{i.Id}" == field)?.Text ?? field;
        return Prefix(field) switch
        {
            Type => "Who is answering",
            Length => "How long they have had support",
            "svc" => $"Service received: {Text()}",
            "imp" => $"How important: {Text()}",
            "hap" => $"Does it happen: {Text()}",
            "top" => $"One of the 3 that matter most: {Text()}",
            Missing => "Missing from the list of outcomes (written)",
            "bar" when field == BarrierOther => "Other barriers (written)",
            "bar" => $"Barrier: {Text()}",
            "att" => $"Statement: {Text()}",
            Else => "Anything else",
            _ => field,
        };
    }

    public string ValueLabel(string field, string value)
    {
        if (value.Length == 0) return "Blank";
        if (IsTickBox(field)) return value == Ticked ? "Ticked" : value;
        return Choices(field)?.FirstOrDefault(c => c.Value == value).Label ?? value;
    }

    /// <summary>Keeps known fields with non-blank values; an unknown choice or more than 3 top choices is an error under <paramref name="prefix"/>.</summary>
    public Dictionary<string, string> Clean(IDictionary<string, string?> typed, ModelStateDictionary state, string prefix)
    {
        var clean = new Dictionary<string, string>();
        foreach (var field in Order)
        {
            var value = typed.TryGetValue(field, out var v) ? v?.Trim() ?? "" : "";
            if (value.Length == 0) continue;
            if (Choices(field) is { } choices && choices.All(c => c.Value != value))
                state.AddModelError($"{prefix}[{field}]", $"Choose one of the answers for \"{Label(field)}\"");
            else if (IsTickBox(field) && value != Ticked)
                continue;
            else if (value.Length > UcOptions.MaxTextLength)
                state.AddModelError($"{prefix}[{field}]", $"\"{Label(field)}\" must be 4,000 characters or fewer");
            else
                clean[field] = value;
        }
        if (Outcomes.Count(o => clean.ContainsKey($"top-{o.Id}")) > UcOptions.TopChoices)
            state.AddModelError($"{prefix}[top]", $"Tick no more than {UcOptions.TopChoices} outcomes that matter most. If the form has more ticked, leave them all blank");
        return clean;
    }

    public UcResponse ToResponse(IReadOnlyDictionary<string, string> values, int questionnaireId, DateOnly today)
    {
        int? Code(string field) => values.TryGetValue(field, out var v) && int.TryParse(v, out var n) ? n : null;
        bool Tick(string field) => values.TryGetValue(field, out var v) && v == Ticked;
        var response = new UcResponse
        {
            Id = Guid.NewGuid(), QuestionnaireId = questionnaireId, Method = UcMethod.Postal, IsSubmitted = true, SubmittedOn = today,
            RespondentType = Code(Type) is { } t && Enum.IsDefined((UcRespondentType)t) ? (UcRespondentType)t : null,
            SupportLength = Code(Length),
            BarrierOther = values.GetValueOrDefault(BarrierOther) ?? "",
            AnythingElse = values.GetValueOrDefault(Else) ?? "",
            MissingOutcomes = values.GetValueOrDefault(Missing) ?? "",
        };
        foreach (var s in Services) response.Answers.Add(new UcAnswer { ItemId = s.Id, Chosen = Tick($"svc-{s.Id}") });
        foreach (var o in Outcomes)
            response.Answers.Add(new UcAnswer { ItemId = o.Id, Importance = Code($"imp-{o.Id}"), Happens = Code($"hap-{o.Id}"), Chosen = Tick($"top-{o.Id}") });
        foreach (var b in Barriers) response.Answers.Add(new UcAnswer { ItemId = b.Id, Chosen = Tick($"bar-{b.Id}") });
        foreach (var s in Statements) response.Answers.Add(new UcAnswer { ItemId = s.Id, Agreement = Code($"att-{s.Id}") });
        return response;
    }

    public static string ToJson(IReadOnlyDictionary<string, string> values) => JsonSerializer.Serialize(values);

    public static Dictionary<string, string> FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    private static string Prefix(string field) => field.Split('-')[0];

    /// <summary>
    /// The printed form of a typed reference: upper case, spaces and any dashes or dots dropped, and the dash put back
    /// in an eight-character reference as printed, so "pupu 6383", "PUPU6383" and "pupu–6383" all find "PUPU-6383".
    /// </summary>
    public static string NormaliseReference(string? typed)
    {
        var plain = new string((typed ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return plain.Length == 8 ? $"{plain[..4]}-{plain[4..]}" : plain;
    }
}
