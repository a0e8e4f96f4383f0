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
/// follow submission order), numbered 1..n. Partner, profession and mode are written as the round's release recodes
/// them (<see cref="ExportRecoding"/>): every combination of the three holds at least 5 rows. Role titles and other
/// "about you" answers are never exported.
/// </summary>
public sealed record ResponseExport(string RoundTitle, string InstrumentVersion, int Usable, DataTable Responses, DataTable Codebook)
{
    public const string Other = RoundReleases.MergedCategory;

    public static async Task<ResponseExport> LoadAsync(PoetDb db, int pid, int rid, CancellationToken ct = default)
    {
        var round = await db.Rounds.AsNoTracking().Where(r => r.Id == rid && r.PartnershipId == pid).Select(r => new { r.Title, r.InstrumentVersion }).SingleAsync(ct);
        var items = await HealthReport.ItemsAsync(db, rid, ct);
        var rows = new List<UsableResponse>();
        var tally = await RoundTally.LoadAsync(db, rid, items.Select(i => i.Id).ToArray(), rows.Add, ct);
        var release = await RoundReleaseData.LoadAsync(db, pid, rid, tally, ct);
        var recoding = release.Release.Export;
        var shuffled = rows.ToArray();
        RandomNumberGenerator.Shuffle<UsableResponse>(shuffled);

        var variables = VariableNames(items.Select(i => i.ItemId));
        var headers = new[] { "response_number", "mode", "partner", "profession" }.Concat(variables).ToArray();
        // With fewer than 5 usable responses the release exports nothing, and the download says why.
        var data = recoding.Rows == 0 ? [] : shuffled.Select((r, n) => new object?[] { n + 1, recoding.Mode(r.Mode.ToString()), release.ExportPartner(r.PartnerId), release.ExportProfession(r.ProfessionId) }
            .Concat(r.Answers.Select(a => (object?)a)).ToArray()).ToArray();

        var codes = string.Join("; ", LikertScale.Staff.Options.Select(o => $"{o.Code} = {o.Label}")) + "; blank = not answered";
        var codebook = new List<object?[]>
        {
            new object?[] { "response_number", "Response number, 1 to n, in a random order (not the order of submission)", "", round.InstrumentVersion },
            new object?[] { "mode", recoding.ModeKept ? "How the response was collected"
                : $"How the response was collected. Not shown for this round: some combination of partner, professional group and mode had fewer than {Suppression.MinimumCellSize} responses", string.Join("; ", recoding.ModeKept ? ["Online", "Paper"] : [ExportRecoding.ModeNotShown]), round.InstrumentVersion },
            new object?[] { "partner", $"Employing partner, as the respondent chose it; \"{HealthReport.NotAnswered}\" when the question was skipped. " + Merged(recoding.MergedPartners), Values(recoding.PartnerLabels), round.InstrumentVersion },
            new object?[] { "profession", $"Professional group, as the respondent chose it; \"{HealthReport.NotAnswered}\" when the question was skipped. " + Merged(recoding.MergedProfessions), Values(recoding.ProfessionLabels), round.InstrumentVersion },
        };
        codebook.AddRange(items.Select((it, i) => new object?[] { variables[i], $"{it.Number} {it.Text}", codes, round.InstrumentVersion }));
        codebook.Add(new object?[] { "(method)", MethodNote, "", round.InstrumentVersion });
        return new ResponseExport(round.Title, round.InstrumentVersion, tally.Usable,
            new DataTable(headers, data), new DataTable(["variable", "label", "values", "instrument_version"], codebook));
    }

    /// <summary>The codebook's note on how the export protects the people in it, in words for a partnership board.</summary>
    public static readonly string MethodNote =
        $"Every combination of partner, professional group and mode in this file describes at least {Suppression.MinimumCellSize} responses, " +
        "so no row can be picked out as one person's. To get there, groups that the report hides, and then the smallest groups, " +
        $"are merged into \"{Other}\", and mode is left out when it would single anyone out. Job titles and other answers about the respondent are never exported. " +
        "The file can only be downloaded after the survey has closed.";

    private static string Merged(IReadOnlyList<string> merged) => merged.Count == 0
        ? "No group was merged."
        : $"Merged into \"{Other}\" so that every combination has at least {Suppression.MinimumCellSize} responses: {string.Join("; ", merged)}.";

    private static string Values(IReadOnlyList<string> labels) => string.Join("; ", labels.Distinct());

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
