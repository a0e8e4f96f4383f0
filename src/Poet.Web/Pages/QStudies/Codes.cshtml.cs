using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// Printed participant codes. Each seals a fresh participant token under the code (as survey codes do), so the
/// codes are shown once, here, for printing; POET cannot show them again.
/// </summary>
[Authorize]
public class CodesModel(PoetDb db, PublicUrls urls) : PageModel
{
    public const int MaxCodes = 200;
    public static readonly string EnterCount = $"Enter how many codes to print, from 1 to {MaxCodes}";

    [BindProperty] public string? Count { get; set; }

    public QStudy Study { get; private set; } = new();
    public IReadOnlyList<string> NewCodes { get; private set; } = [];
    public string CodeEntryLink => urls.BaseUrl + QStudyLinks.CodeEntry;

    public async Task<IActionResult> OnGetAsync(int pid, int sid) => await LoadAsync(pid, sid) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int pid, int sid)
    {
        if (!await LoadAsync(pid, sid)) return NotFound();
        if (Study.Status != QStudyStatus.Open)
        {
            ModelState.AddModelError("", "Open the Q study before printing codes: codes work only while it is open");
            return Page();
        }
        if (!int.TryParse(Count, out var count) || count is < 1 or > MaxCodes)
        {
            ModelState.AddModelError(nameof(Count), EnterCount);
            return Page();
        }
        var codes = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var issued = AccessCodes.Issue(Study.CodeSalt);
            db.QPrintedCodes.Add(new QPrintedCode { StudyId = sid, Lookup = issued.Code.ShortCodeLookup, SealedToken = issued.Code.SealedToken });
            codes.Add(issued.ShortCode);
        }
        db.Record(User, pid, "qstudy.codes", $"Q study {sid}: {count} printed codes");
        await db.SaveChangesAsync();
        NewCodes = codes;
        return Page();
    }

    private async Task<bool> LoadAsync(int pid, int sid)
    {
        var study = await db.QStudies.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sid && s.PartnershipId == pid);
        if (study is null) return false;
        Study = study;
        return true;
    }
}
