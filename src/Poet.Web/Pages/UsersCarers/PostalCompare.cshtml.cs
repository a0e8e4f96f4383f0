using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Pages.Rounds;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>Every field on which the two keyings differ, until someone looks at the paper form and chooses the right value.</summary>
public class PostalCompareModel(PoetDb db, TimeProvider clock) : PageModel
{
    /// <summary>The value of <see cref="Choice"/> meaning "the form says something else", typed in <see cref="Other"/>.</summary>
    public const string SomethingElse = "other";

    [BindProperty] public Dictionary<string, string?> Choice { get; set; } = [];
    /// <summary>What the paper form says where it is neither keying (a keyer misread it both times).</summary>
    [BindProperty] public Dictionary<string, string?> Other { get; set; } = [];
    public int Pid { get; private set; }
    public PostalReturn Return { get; private set; } = null!;
    public PostalFields Fields { get; private set; } = null!;
    private UcStatus Status { get; set; }

    public async Task<IActionResult> OnGetAsync(int pid, int fid) => await LoadAsync(pid, fid) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int pid, int fid)
    {
        if (!await LoadAsync(pid, fid)) return NotFound();
        foreach (var d in Return.Unresolved)
        {
            if (!Choice.TryGetValue(d.Field, out var chosen)) continue;
            if (chosen == SomethingElse && !PostalFields.IsTickBox(d.Field))
            {
                // Checked as a keying is: a choice must be one of the form's answers, text at most 4,000 characters.
                var errors = ModelState.ErrorCount;
                var clean = Fields.Clean(new Dictionary<string, string?> { [d.Field] = Other.GetValueOrDefault(d.Field) }, ModelState, nameof(Other));
                if (ModelState.ErrorCount == errors) Return.Resolutions[d.Field] = clean.GetValueOrDefault(d.Field) ?? "";
            }
            else if (chosen == d.First || chosen == d.Second || (chosen is null && (d.First == "" || d.Second == "")))
                Return.Resolutions[d.Field] = chosen ?? "";
        }
        Return.Form.Resolutions = PostalFields.ToJson(Return.Resolutions);
        db.Record(User, pid, "phase2.postal.resolve", $"{Return.Form.Reference}: {Return.Resolutions.Count} of {Return.Disagreements.Count} differences settled");
        var complete = await Return.TryCompleteAsync(db, Status, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
        if (Return.Released) await NationalAggregate.RefreshPartnershipAsync(db, pid);
        if (complete) return Redirect(UcLinks.Postal(pid));
        if (ModelState.IsValid) ModelState.AddModelError("", $"Choose the right value for each difference; {Return.Unresolved.Count} still to do");
        return Page();
    }

    private async Task<bool> LoadAsync(int pid, int fid)
    {
        Pid = pid;
        var q = await db.UcQuestionnaires.AsNoTracking().Include(x => x.Items).SingleOrDefaultAsync(x => x.PartnershipId == pid);
        if (q is null) return false;
        Fields = new PostalFields(q.Items);
        Status = q.Status;
        var ret = await PostalReturn.LoadAsync(db, q.Id, fid, Fields);
        if (ret is null) return false;
        Return = ret;
        return true;
    }
}
