using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.Disclosure;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Reports;

/// <summary>
/// A download of a round's report or data. Same access as the report; every download is audit-logged.
/// When the file cannot be given, the page says why instead.
/// </summary>
[Authorize]
public abstract class DownloadModel(PoetDb db, PartnershipAccess access) : PageModel
{
    public const string TooFewToExport = "There are fewer than 5 usable responses, so the data cannot be exported: with so few, answers could be traced to the people who gave them.";
    public const string StillOpen = "The survey is still open, so nothing can be downloaded yet: comparing two downloads made before and after someone answers could show what that person said. Download the report and the data once the survey has closed.";

    public string Unavailable { get; private set; } = "";
    protected PoetDb Db => db;

    protected abstract string Action { get; }

    protected abstract Task<(byte[] Content, string ContentType, string FileName)?> BuildAsync(int pid, int rid, CancellationToken ct);

    public async Task<IActionResult> OnGetAsync(int pid, int rid, CancellationToken ct)
    {
        var check = await ReportAccess.CheckAsync(access, db, pid, rid);
        if (check.Unavailable is { } why)
        {
            Unavailable = why;
            return Page();
        }
        if (check.IsInterim)
        {
            Unavailable = StillOpen;
            return Page();
        }
        var file = await BuildAsync(pid, rid, ct);
        if (file is null)
        {
            Unavailable = TooFewToExport;
            return Page();
        }
        db.Record(User, pid, Action, $"round {rid}");
        await db.SaveChangesAsync(ct);
        return File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
    }

    protected static string FileStem(int rid) => $"poet-round-{rid}";

    protected async Task<ResponseExport?> ExportAsync(int pid, int rid, CancellationToken ct)
    {
        var export = await ResponseExport.LoadAsync(db, pid, rid, ct);
        return export.Usable < Suppression.MinimumCellSize ? null : export;
    }
}

public class ReportDocxModel(PoetDb db, PartnershipAccess access, IMemoryCache cache) : DownloadModel(db, access)
{
    protected override string Action => "report.docx";

    protected override async Task<(byte[], string, string)?> BuildAsync(int pid, int rid, CancellationToken ct)
    {
        var report = await HealthReport.LoadAsync(Db, pid, rid, ReportView.Team, cache, ct);
        return (ReportDocument.Write(report!), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{FileStem(rid)}-report.docx");
    }
}

public class ReportPdfModel(PoetDb db, PartnershipAccess access, IMemoryCache cache) : DownloadModel(db, access)
{
    protected override string Action => "report.pdf";

    protected override async Task<(byte[], string, string)?> BuildAsync(int pid, int rid, CancellationToken ct)
    {
        var report = await HealthReport.LoadAsync(Db, pid, rid, ReportView.Team, cache, ct);
        return (ReportPdf.Create(report!).Bytes, "application/pdf", $"{FileStem(rid)}-report.pdf");
    }
}

public class ExportCsvModel(PoetDb db, PartnershipAccess access) : DownloadModel(db, access)
{
    protected override string Action => "export.csv";

    protected override async Task<(byte[], string, string)?> BuildAsync(int pid, int rid, CancellationToken ct) =>
        await ExportAsync(pid, rid, ct) is { } e ? (CsvFile.Write(e.Responses), "text/csv; charset=utf-8", $"{FileStem(rid)}-responses.csv") : null;
}

public class ExportCodebookModel(PoetDb db, PartnershipAccess access) : DownloadModel(db, access)
{
    protected override string Action => "export.codebook";

    protected override async Task<(byte[], string, string)?> BuildAsync(int pid, int rid, CancellationToken ct) =>
        await ExportAsync(pid, rid, ct) is { } e ? (CsvFile.Write(e.Codebook), "text/csv; charset=utf-8", $"{FileStem(rid)}-codebook.csv") : null;
}

public class ExportXlsxModel(PoetDb db, PartnershipAccess access) : DownloadModel(db, access)
{
    protected override string Action => "export.xlsx";

    protected override async Task<(byte[], string, string)?> BuildAsync(int pid, int rid, CancellationToken ct) =>
        await ExportAsync(pid, rid, ct) is { } e
            ? (XlsxFile.Write(("Responses", e.Responses), ("Codebook", e.Codebook)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{FileStem(rid)}-responses.xlsx")
            : null;
}
