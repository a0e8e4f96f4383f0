using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>The local report as a PDF or a Word document; every download is audit-logged, as the staff report's are.</summary>
public class LocalReportDownloadModel(PoetDb db, IMemoryCache cache) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int pid, string format, CancellationToken ct)
    {
        if (await LocalReport.LoadAsync(db, pid, cache, ct) is not { } report) return Redirect(UcLinks.Phase(pid));
        if (report.Families.IsOpen) return Redirect(UcLinks.LocalReport(pid)); // which says why there is nothing to download yet
        db.Record(User, pid, $"phase2.local-report.{format}", report.Families.Title);
        await db.SaveChangesAsync(ct);
        return format == "pdf"
            ? File(LocalReportFiles.Pdf(report).Bytes, "application/pdf", $"poet-local-report-{pid}.pdf")
            : File(LocalReportFiles.Word(report), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"poet-local-report-{pid}.docx");
    }
}
