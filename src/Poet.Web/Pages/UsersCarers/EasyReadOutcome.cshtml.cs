using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// One outcome's easy-read wording and picture. The wording must pass the easy-read check (<see cref="UcEasyRead.WordingProblem"/>);
/// the picture comes from the bundled set (<see cref="UcPictures"/>). Editable until the questionnaire closes: it changes
/// only the words of the easy-read version, not what is asked or how answers are stored.
/// </summary>
[CoordinatorOnly]
public class EasyReadOutcomeModel(PoetDb db) : PageModel
{
    public const string ChoosePicture = "Choose a picture for this outcome";

    [BindProperty] public string? Wording { get; set; }
    [BindProperty] public string? Picture { get; set; }
    public int Pid { get; private set; }
    public UcItem Outcome { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid, int itemId)
    {
        if (await LoadAsync(pid, itemId) is { } away) return away;
        Wording = Outcome.EasyReadText;
        Picture = Outcome.Picture;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int itemId)
    {
        if (await LoadAsync(pid, itemId) is { } away) return away;
        if (UcEasyRead.WordingProblem(Wording) is { } problem) ModelState.AddModelError(nameof(Wording), problem);
        if (UcPictures.Find(Picture) is null) ModelState.AddModelError(nameof(Picture), ChoosePicture);
        if (!ModelState.IsValid) return Page();
        Outcome.EasyReadText = Wording!.Trim();
        Outcome.Picture = Picture;
        db.Record(User, pid, "phase2.easy-read", $"{Outcome.Text} → {Outcome.EasyReadText} ({Picture})");
        await db.SaveChangesAsync();
        this.Notify($"Easy-read wording saved for “{Outcome.Text}”");
        return Redirect(UcLinks.EasyRead(pid));
    }

    private async Task<IActionResult?> LoadAsync(int pid, int itemId)
    {
        Pid = pid;
        var q = await db.UcQuestionnaires.SingleOrDefaultAsync(x => x.PartnershipId == pid);
        if (q is null) return Redirect(UcLinks.Phase(pid));
        var item = await db.UcItems.SingleOrDefaultAsync(i => i.Id == itemId && i.QuestionnaireId == q.Id && i.Kind == UcItemKind.Outcome);
        if (item is null) return NotFound();
        Outcome = item;
        return q.Status == UcStatus.Closed ? Redirect(UcLinks.EasyRead(pid)) : null;
    }
}
