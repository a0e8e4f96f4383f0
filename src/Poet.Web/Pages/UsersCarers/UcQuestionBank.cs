using System.Text.Json;
using Poet.Data.Entities;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>One client group's starting services, barriers and statements (uc-question-bank.json).</summary>
public sealed record UcStartingSet(
    string Id, string Label, IReadOnlyList<string> ClientGroupCodes, IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Services, IReadOnlyList<string> Barriers, IReadOnlyList<string> Statements);

/// <summary>
/// The starting questions of a new users-and-carers questionnaire, chosen by the partnership's client group, so a
/// mental-health partnership does not start from the children's pilot. Read-only data shipped with the code; the
/// coordinator edits the questionnaire's own copy.
/// </summary>
public sealed record UcQuestionBank(string Version, IReadOnlyList<UcStartingSet> Banks)
{
    public const string General = "general";

    public static UcQuestionBank Current { get; } = Load();

    public UcStartingSet this[string id] => Banks.Single(b => b.Id == id);

    /// <summary>
    /// The set for a partnership: its coded client group if a set names that code; otherwise the set whose keyword
    /// comes first in the free-text client group ("Carers of older people" is carers); otherwise the general set.
    /// </summary>
    public UcStartingSet For(Partnership p)
    {
        if (Banks.FirstOrDefault(b => p.ClientGroupCode is { } code && b.ClientGroupCodes.Contains(code)) is { } coded) return coded;
        var text = p.ClientGroup ?? "";
        return Banks
            .Select(b => (Bank: b, At: b.Keywords.Select(k => text.IndexOf(k, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min()))
            .Where(x => x.At < int.MaxValue).OrderBy(x => x.At).Select(x => x.Bank).FirstOrDefault() ?? this[General];
    }

    private static UcQuestionBank Load()
    {
        const string name = "uc-question-bank.json";
        using var stream = typeof(UcQuestionBank).Assembly.GetManifestResourceStream("Poet.Web." + name)
                           ?? throw new InvalidOperationException($"{name} is not embedded in Poet.Web.");
        var bank = JsonSerializer.Deserialize<UcQuestionBank>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                   ?? throw new InvalidOperationException($"{name} is empty.");
        if (bank.Banks is null || bank.Banks.Count(b => b.Id == General) != 1)
            throw new InvalidOperationException($"{name} needs exactly one \"{General}\" set.");
        foreach (var b in bank.Banks)
        {
            if (b.Services is not { Count: > 0 } || b.Barriers is not { Count: > 0 } || b.ClientGroupCodes is null || b.Keywords is null)
                throw new InvalidOperationException($"{name}: set \"{b.Id}\" needs services, barriers, codes and keywords.");
            if (b.Statements is null || b.Statements.Count < UcOptions.MinStatements || b.Statements.Count > UcOptions.MaxStatements)
                throw new InvalidOperationException($"{name}: set \"{b.Id}\" needs {UcOptions.MinStatements} to {UcOptions.MaxStatements} statements.");
        }
        return bank;
    }
}
