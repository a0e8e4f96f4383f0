using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// The coordinator's easy-read wordings: each outcome in short words with a picture. The easy-read version (the
/// online easy-read pages and the easy-read PDF) opens only when every outcome has both (<see cref="UcEasyRead.StillToWord"/>).
/// </summary>
[CoordinatorOnly]
public class EasyReadWordingsModel(PoetDb db) : PageModel
{
    public int Pid { get; private set; }
    public List<UcItem> Outcomes { get; private set; } = [];
    public IReadOnlyList<string> StillToWord { get; private set; } = [];
    public bool Editable { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        Pid = pid;
        var q = await db.UcQuestionnaires.AsNoTracking().Include(x => x.Items).SingleOrDefaultAsync(x => x.PartnershipId == pid);
        if (q is null) return Redirect(UcLinks.Phase(pid));
        Outcomes = q.Items.Where(i => i.Kind == UcItemKind.Outcome).OrderBy(i => i.Order).ToList();
        StillToWord = Words(Outcomes);
        Editable = q.Status != UcStatus.Closed;
        return Page();
    }

    /// <summary>The outcomes still to word, by the one rule.</summary>
    public static IReadOnlyList<string> Words(IEnumerable<UcItem> outcomes) =>
        UcEasyRead.StillToWord(outcomes.Where(i => i.Kind == UcItemKind.Outcome).OrderBy(i => i.Order).Select(i => (i.Text, i.EasyReadText, i.Picture)));
}
