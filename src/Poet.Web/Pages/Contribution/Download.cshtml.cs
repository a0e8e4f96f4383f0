using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Contribution;

/// <summary>The board's summary as PDF or Word; downloads are audit-logged like the reports'.</summary>
public class DownloadModel(PoetDb db, IMemoryCache cache) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int pid, string format, CancellationToken ct)
    {
        var data = await ContributionData.LoadAsync(db, pid, cache, ct);
        if (data.Outcomes.Count == 0) return Redirect(ContributionData.Index(pid));
        db.Record(User, pid, $"contribution.{format}", ContributionFiles.Title);
        await db.SaveChangesAsync(ct);
        return format == "pdf"
            ? File(ContributionFiles.Pdf(data).Bytes, "application/pdf", $"poet-contribution-{pid}.pdf")
            : File(ContributionFiles.Word(data), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"poet-contribution-{pid}.docx");
    }
}
