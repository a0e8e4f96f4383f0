using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>Postal returns: how many were mailed and entered, and which still need a second keying or a decision.</summary>
public class PostalModel(PoetDb db) : PageModel
{
    public sealed record Pending(int FormId, string Reference, int Keyings);

    public int Pid { get; private set; }
    public int Mailed { get; private set; }
    public int Entered { get; private set; }
    public List<Pending> Waiting { get; private set; } = [];
    public bool Closed { get; private set; }
    /// <summary>Returns agreed after the close and not yet in the report (<see cref="PostalReturn.Held"/>).</summary>
    public int HeldLate { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        var q = await db.UcQuestionnaires.AsNoTracking().SingleOrDefaultAsync(x => x.PartnershipId == pid);
        if (q is null) return Redirect(UcLinks.Phase(pid));
        Pid = pid;
        Closed = q.Status == UcStatus.Closed;
        HeldLate = Closed ? await PostalReturn.Held(db, q.Id).CountAsync() : 0;
        var forms = db.UcForms.Where(f => f.QuestionnaireId == q.Id && f.Kind == UcFormKind.Postal);
        Mailed = await forms.CountAsync();
        Entered = await forms.CountAsync(f => f.Entered);
        Waiting = await forms.Where(f => !f.Entered)
            .Select(f => new { f.Id, f.Reference, N = db.UcPostalEntries.Count(e => e.FormId == f.Id) })
            .Where(x => x.N > 0).OrderBy(x => x.Reference)
            .Select(x => new Pending(x.Id, x.Reference, x.N)).ToListAsync();
        return Page();
    }
}
