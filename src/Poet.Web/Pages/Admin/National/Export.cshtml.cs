using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Analysis.National;
using Poet.Analysis.Ordinal;
using Poet.Data;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Reports;

namespace Poet.Web.Pages.Admin.National;

/// <summary>The dashboard's pooled, suppressed tables for secondary analysis: the same selection, the same rules, plus a codebook.</summary>
public class ExportModel(PoetDb db, IConfiguration config, IMemoryCache cache) : PageModel
{
    public string Unavailable { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string file, CancellationToken ct)
    {
        if (file is not ("items.csv" or "outcomes.csv" or "codebook.csv" or "national.xlsx")) return NotFound();
        var query = NationalQuery.Parse(Request.Query);
        if (!query.IsValid)
        {
            Unavailable = string.Join(" ", query.Errors.Select(e => e.Message + "."));
            return Page();
        }
        var read = NationalReadDb.Open(db, config, out var isReplica);
        NationalView view;
        try
        {
            view = await NationalView.LoadAsync(read, query, cache, ct);
        }
        finally
        {
            if (isReplica) await read.DisposeAsync();
        }
        if (!view.AnyShown)
        {
            Unavailable = IndexModel.BlockedMessage(view.Verdict, query.Filter);
            return Page();
        }
        db.Record(User, null, "national.exported", $"{file}?{query.QueryString}");
        await db.SaveChangesAsync(ct);
        var (items, outcomes, codebook) = (Items(view), Outcomes(view), Codebook(query));
        return file switch
        {
            "items.csv" => File(CsvFile.Write(items), "text/csv; charset=utf-8", "poet-national-items.csv"),
            "outcomes.csv" => File(CsvFile.Write(outcomes), "text/csv; charset=utf-8", "poet-national-outcomes.csv"),
            "codebook.csv" => File(CsvFile.Write(codebook), "text/csv; charset=utf-8", "poet-national-codebook.csv"),
            _ => File(XlsxFile.Write(("Items", items), ("Outcomes", outcomes), ("Codebook", codebook)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "poet-national.xlsx"),
        };
    }

    private static DataTable Items(NationalView view)
    {
        var rows = view.Versions.Where(v => v.Verdict.Shown).SelectMany(v => v.Items.Select(i => new object?[]
        {
            v.Version, i.ItemId, i.Number, i.Text, v.Verdict.Partnerships, v.Verdict.Rounds, v.Responses,
            i.Counts[0], i.Counts[1], i.Counts[2], i.Counts[3], i.Counts[4], i.Unanswered,
        })).ToArray();
        return new DataTable(["instrument_version", "item_id", "number", "text", "partnerships", "rounds", "responses",
            "strongly_disagree", "disagree", "dont_know", "agree", "strongly_agree", "not_answered"], rows);
    }

    private static DataTable Outcomes(NationalView view)
    {
        object?[] Row(string scheme, OutcomeRow r) =>
        [
            scheme, r.Label, r.Group ?? "", r.Shown ? "shown" : "hidden", r.Partnerships, r.RatedPartnerships,
            r.ImportantPercent is { } a ? Math.Round(a, 1) : null, r.HappensPercent is { } h ? Math.Round(h, 1) : null, r.ImportanceAnswers, r.HappensAnswers,
        ];
        return new DataTable(["classification", "class", "group", "status", "partnerships", "rated_partnerships",
                "important_percent", "happens_percent", "importance_answers", "happens_answers"],
            view.ByType.Select(r => Row("outcome type", r)).Concat(view.ByHeading.Select(r => Row("framework heading", r))).ToArray());
    }

    private static DataTable Codebook(NationalQuery query)
    {
        var staff = string.Join("; ", LikertScale.Staff.Options.Select(o => $"{o.Code} = {o.Label}"));
        var rule = IndexModel.RuleInWords;
        object?[][] rows =
        [
            ["selection", "The filters this download was made with", query.QueryString.Length == 0 ? "none (every shared round)" : query.QueryString],
            ["disclosure_rule", "How small groups are protected", rule],
            ["instrument_version", "Version of the standard staff question bank", "e.g. poet-staff-1.0"],
            ["item_id", "Id of the statement in the bank; local statements are never pooled", ""],
            ["number", "Section and position in the staff questionnaire", ""],
            ["partnerships / rounds / responses", "What the row rests on: distinct partnerships, closed rounds and usable staff responses", ""],
            ["strongly_disagree .. strongly_agree, not_answered", "Counts of usable responses per answer (staff scale)", staff],
            ["classification / class / group", "How agreed outcomes were classified (outcome type, or users-and-carers framework heading)", ""],
            ["status", "shown, or hidden by the disclosure rule (then every count is blank)", "shown; hidden"],
            ["important_percent", "Share of users' and carers' importance answers that were quite or very important", "0-100"],
            ["happens_percent", "Share of delivery answers that were usually or always, of those who did not answer don't know", "0-100"],
        ];
        return new DataTable(["variable", "meaning", "values"], rows);
    }
}
