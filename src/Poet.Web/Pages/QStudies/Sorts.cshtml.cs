using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.QMethod;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// The study's submitted Q-sorts by study code, for the research team: find the sort of a participant who gives their
/// code at a post-sort interview, and open it to read it and add notes to its cards.
/// </summary>
[Authorize]
public class SortsModel(PoetDb db) : PageModel
{
    public const string CodeMissing = "Enter the study code the participant gave you, like Q-7KM3";

    public sealed record Row(Guid Id, string Name, QParticipantRole? Role, int Reasons, int Notes, int Answers);

    public QStudy Study { get; private set; } = new();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string Code { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int pid, int sid, string? code, CancellationToken ct)
    {
        var study = await db.QStudies.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sid && s.PartnershipId == pid, ct);
        if (study is null) return NotFound();
        Study = study;
        await QSortCodes.BackfillAsync(db, sid, ct);
        Rows = (await db.QSorts.Where(s => s.StudyId == sid && s.IsSubmitted)
                .Select(s => new Row(s.Id, s.Code ?? s.Name ?? "", s.Role, s.Placements.Count(p => p.Comment != null), s.Placements.Count(p => p.Note != null), s.Answers.Count))
                .ToListAsync(ct))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
        if (code is not null)
        {
            Code = code.Trim();
            // An imported sort is found by its name as imported; a participant's by its code however it is typed.
            var wanted = Rows.FirstOrDefault(r => r.Name == Code) is { } exact ? exact.Name : SortCodes.Normalise(Code);
            if (Code.Length == 0) ModelState.AddModelError("code", CodeMissing);
            else if (Rows.FirstOrDefault(r => r.Name == wanted) is { } found) return Redirect(QStudyLinks.Sort(pid, sid, found.Id));
            else ModelState.AddModelError("code", wanted is null
                ? $"\u201c{Code}\u201d is not a study code: codes are Q- and 4 letters or numbers, like Q-7KM3"
                : $"No submitted Q-sort of this study has the code {wanted}");
        }
        return Page();
    }
}
