using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;

namespace Poet.Web.Pages.Partnerships;

public class DownloadModel(PoetDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int pid, int did)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == did && d.PartnershipId == pid);
        if (document is null) return NotFound();
        // Octet-stream, attachment and nosniff: the browser saves the file and never renders or runs it.
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(document.Content, "application/octet-stream", document.FileName);
    }
}
