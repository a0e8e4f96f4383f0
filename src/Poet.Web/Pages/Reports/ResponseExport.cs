using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Disclosure;
using Poet.Analysis.Ordinal;
using Poet.Data;

namespace Poet.Web.Pages.Reports;

/// <summary>A cell is a string or a whole number; null is an empty cell.</summary>
public sealed record DataTable(IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows);

/// <summary>
/// Anonymised response data for researchers: one row per usable response in a random order (storage order could
/// follow submission order), numbered 1..n, with partner and profession merged into "Other" where a group is small.
/// </summary>
public sealed record ResponseExport(string RoundTitle, string InstrumentVersion, int Usable, DataTable Responses, DataTable Codebook)
{
    public const string Other = "Other";
    public const string Hidden = "Hidden";
    private const int Unstated = -1;

    private static string Name(Dictionary<int, string> names, int? id) => names.GetValueOrDefault(id ?? Unstated, Hidden);

    public static async Task<ResponseExport> LoadAsync(PoetDb db, int pid, int rid, CancellationToken ct = default)
    {
        var round = await db.Rounds.AsNoTracking().Where(r => r.Id == rid && r.PartnershipId == pid).Select(r => new { r.Title, r.InstrumentVersion }).SingleAsync(ct);
        var items = await HealthReport.ItemsAsync(db, rid, ct);
        var partners = await db.PartnerOrganisations.AsNoTracking().Where(p => p.PartnershipId == pid).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var professions = await db.ProfessionalGroups.AsNoTracking().Where(g => g.PartnershipId == pid).OrderBy(g => g.Id).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        var rows = new List<UsableResponse>();
        var tally = await RoundTally.LoadAsync(db, rid, items.Select(i => i.Id).ToArray(), rows.Add, ct);

        var partnerNames = PublishedNames(HealthReport.Groups(partners.Select(p => (p.Id, p.Name)), tally.ByPartner, HealthReport.PartnerUnstated, tally.PartnerUnstated), tally.Usable);
        var professionNames = PublishedNames(HealthReport.Groups(professions.Select(p => (p.Id, p.Name)), tally.ByProfession, HealthReport.ProfessionUnstated, tally.ProfessionUnstated), tally.Usable);
        var shuffled = rows.ToArray();
        RandomNumberGenerator.Shuffle<UsableResponse>(shuffled);

        var variables = VariableNames(items.Select(i => i.ItemId));
        var headers = new[] { "response_number", "mode", "partner", "profession" }.Concat(variables).ToArray();
        var data = shuffled.Select((r, n) => new object?[] { n + 1, r.Mode.ToString(), Name(partnerNames, r.PartnerId), Name(professionNames, r.ProfessionId) }
            .Concat(r.Answers.Select(a => (object?)a)).ToArray()).ToArray();

        var codes = string.Join("; ", LikertScale.Staff.Options.Select(o => $"{o.Code} = {o.Label}")) + "; blank = not answered";
        var codebook = new List<object?[]>
        {
            new object?[] { "response_number", "Response number, 1 to n, in a random order (not the order of submission)", "", round.InstrumentVersion },
            new object?[] { "mode", "How the response was collected", "Online; Paper", round.InstrumentVersion },
            new object?[] { "partner", $"Employing partner. Groups under {Suppression.MinimumCellSize} are merged into \"{Other}\"", string.Join("; ", partnerNames.Values.Distinct()), round.InstrumentVersion },
            new object?[] { "profession", $"Professional group. Groups under {Suppression.MinimumCellSize} are merged into \"{Other}\"", string.Join("; ", professionNames.Values.Distinct()), round.InstrumentVersion },
        };
        codebook.AddRange(items.Select((it, i) => new object?[] { variables[i], $"{it.Number} {it.Text}", codes, round.InstrumentVersion }));
        return new ResponseExport(round.Title, round.InstrumentVersion, tally.Usable,
            new DataTable(headers, data), new DataTable(["variable", "label", "values", "instrument_version"], codebook));
    }

    /// <summary>Each group's name as exported: its own, "Other" when merged, "Hidden" when even merging cannot protect it.</summary>
    private static Dictionary<int, string> PublishedNames(IReadOnlyList<HealthReport.NamedTally> groups, int total)
    {
        // Only groups that have rows: one with nobody in it has nothing to protect, and counting it would drag a real group into "Other".
        groups = groups.Where(g => g.Tally.Responses > 0).ToArray();
        var merged = Suppression.MergeSmallGroups(groups.Select(g => new GroupCount(g.Name, g.Tally.Responses)).ToArray(), total);
        var mergedNames = merged.MergedNames.ToHashSet();
        var hidden = merged.Groups.Where(g => g.Suppressed).Select(g => g.Name).ToHashSet();
        return groups.ToDictionary(g => g.Id ?? Unstated,
            g => mergedNames.Contains(g.Name) ? Other : hidden.Contains(g.Name) ? Hidden : g.Name);
    }

    /// <summary>Item ids as variable names that statistics packages accept: letters, digits and underscores, unique.</summary>
    public static IReadOnlyList<string> VariableNames(IEnumerable<string> itemIds)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return itemIds.Select(id =>
        {
            var name = Regex.Replace(id, "[^A-Za-z0-9_]", "_");
            if (name.Length == 0 || char.IsDigit(name[0])) name = "item_" + name;
            var unique = name;
            for (var n = 2; !seen.Add(unique); n++) unique = $"{name}_{n}";
            return unique;
        }).ToArray();
    }
}
