using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Analysis.QMethod;
using Poet.Data;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Reports;

namespace Poet.Web.Pages.QStudies;

/// <summary>Every download of a Q study, audit-logged. When a file cannot be made the page says why instead.</summary>
[Authorize]
public class FilesModel(PoetDb db) : PageModel
{
    private const string Csv = "text/csv; charset=utf-8";
    public string Unavailable { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int pid, int sid, string name, CancellationToken ct)
    {
        var a = await QStudyAnalysis.LoadAsync(db, pid, sid, await QStudyAnalysis.SettingsAsync(db, pid, sid, Request.Query, ct), ct);
        if (a is null) return NotFound();
        var stem = $"poet-q-study-{sid}";
        (byte[] Content, string Type, string FileName)? file;
        try
        {
            file = Build(a, name, stem);
        }
        catch (QMethodInputException e)
        {
            Unavailable = e.Message;
            return Page();
        }
        if (file is null)
        {
            if (Unavailable.Length == 0) return NotFound();
            return Page();
        }
        db.Record(User, pid, "qstudy.download", $"Q study {sid}: {name}");
        await db.SaveChangesAsync(ct);
        return File(file.Value.Content, file.Value.Type, file.Value.FileName);
    }

    private (byte[], string, string)? Build(QStudyAnalysis a, string name, string stem)
    {
        if (name == "statements.sta") return (QExports.Sta(a.Study.Statements.Select(s => s.Text)), "text/plain; charset=windows-1252", $"{stem}.sta");
        // ?bom=no: UTF-8 without a byte-order mark, for R's read.csv (issue 19); Excel needs the mark.
        var bom = Request.Query["bom"] != "no";
        if (name == "comments.csv") return (CsvFile.Write(QExports.Comments(a.TeamComments), bom), Csv, $"{stem}-comments.csv");
        if (name == "notes.csv") return (CsvFile.Write(QExports.Notes(a.TeamNotes), bom), Csv, $"{stem}-notes.csv");
        if (name == "answers.csv") return (CsvFile.Write(QExports.Answers(a), bom), Csv, $"{stem}-answers.csv");
        if (name is not ("sorts.csv" or "sorts.dat" or "analysis.xlsx" or "analysis.json" or "report.pdf" or "report.docx") && !QExports.Tables.Any(t => name == t + ".csv")) return null;
        if (a.Sorts is null)
        {
            Unavailable = a.Problem ?? "There are no Q-sorts to download yet.";
            return null;
        }
        if (name == "sorts.csv") return (QExports.SortsCsv(a.Sorts), Csv, $"{stem}-sorts.csv");
        if (name == "sorts.dat") return (QExports.Dat(a.Study.Title, a.Grid, a.Sorts), "text/plain; charset=us-ascii", $"{stem}.dat");
        if (a.Result is not { } r)
        {
            Unavailable = a.Problem ?? "The analysis cannot run.";
            return null;
        }
        return name switch
        {
            "analysis.xlsx" => (QExports.Workbook(r, a.TeamComments, a), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{stem}-analysis.xlsx"),
            "analysis.json" => (QExports.Json(r), "application/json", $"{stem}-analysis.json"),
            "report.pdf" => (QReportDocument.Pdf(a).Bytes, "application/pdf", $"{stem}-report.pdf"),
            "report.docx" => (QReportDocument.Docx(a), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{stem}-report.docx"),
            _ => (CsvFile.Write(QExports.Table(r, name[..^4])!, bom), Csv, $"{stem}-{name}"),
        };
    }
}
