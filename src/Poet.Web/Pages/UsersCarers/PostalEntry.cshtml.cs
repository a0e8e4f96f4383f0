using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Rounds;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>Keys in one postal return, the first or the second time, exactly as written on the form.</summary>
public class PostalEntryModel(PoetDb db, TimeProvider clock) : PageModel
{
    public const string EnterReference = "Enter the reference number printed on the form";
    public const string SecondBySamePerson = "You keyed in this return the first time. Someone else must key it in the second time";

    [BindProperty(SupportsGet = true)] public string? Reference { get; set; }
    [BindProperty] public Dictionary<string, string?> Values { get; set; } = [];
    public int Pid { get; private set; }
    public int Number { get; private set; }
    public PostalFields Fields { get; private set; } = null!;
    public bool ShowForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        if (await LoadAsync(pid) is not { } q) return Redirect(UcLinks.Phase(pid));
        if (Reference is null) return Page();
        var check = await CheckReferenceAsync(q);
        if (check.Redirect is { } away) return away;
        if (check.Form is null) return Page();
        // Say so before anything is keyed, not after the whole form.
        if (await KeyedFirstByMeAsync(q, check.Form))
        {
            ModelState.AddModelError(nameof(Reference), SecondBySamePerson);
            return Page();
        }
        ShowForm = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid)
    {
        if (await LoadAsync(pid) is not { } q) return Redirect(UcLinks.Phase(pid));
        var (form, away) = await CheckReferenceAsync(q);
        if (away is not null) return away;
        if (form is null) return Page();
        ShowForm = true;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        if (await KeyedFirstByMeAsync(q, form))
        {
            ModelState.AddModelError(nameof(Reference), SecondBySamePerson);
            return Page();
        }
        var values = Fields.Clean(Values, ModelState, nameof(Values));
        if (!ModelState.IsValid) return Page();

        db.UcPostalEntries.Add(new UcPostalEntry
        {
            FormId = form.Id, Number = Number, UserId = userId, UserName = User.Identity?.Name ?? "", Values = PostalFields.ToJson(values), AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        db.Record(User, pid, Number == 1 ? "phase2.postal.first" : "phase2.postal.second", form.Reference);
        await db.SaveChangesAsync();
        if (Number == 1) return Redirect(UcLinks.Postal(pid));

        var ret = (await PostalReturn.LoadAsync(db, q.Id, form.Id, Fields))!;
        if (await ret.TryCompleteAsync(db, q.Status, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
        {
            await db.SaveChangesAsync();
            if (ret.Released) await NationalAggregate.RefreshPartnershipAsync(db, pid);
            return Redirect(UcLinks.Postal(pid));
        }
        return Redirect(UcLinks.PostalCompare(pid, form.Id));
    }

    /// <summary>The form to key, or an error on Reference, or a redirect when both keyings are in.</summary>
    private async Task<(UcForm? Form, IActionResult? Redirect)> CheckReferenceAsync(UcQuestionnaire q)
    {
        var reference = PostalFields.NormaliseReference(Reference);
        if (reference.Length == 0)
        {
            ModelState.AddModelError(nameof(Reference), EnterReference);
            return (null, null);
        }
        var form = await db.UcForms.SingleOrDefaultAsync(f => f.QuestionnaireId == q.Id && f.Kind == UcFormKind.Postal && f.Reference == reference);
        if (form is null)
        {
            ModelState.AddModelError(nameof(Reference), $"No postal form has the reference {reference}. Check the number printed on the form");
            return (null, null);
        }
        if (form.Entered)
        {
            ModelState.AddModelError(nameof(Reference), $"The return with reference {reference} has already been entered");
            return (null, null);
        }
        var keyings = await db.UcPostalEntries.CountAsync(e => e.FormId == form.Id);
        if (keyings >= 2) return (null, Redirect(UcLinks.PostalCompare(q.PartnershipId, form.Id)));
        Reference = reference;
        Number = keyings + 1;
        return (form, null);
    }

    private async Task<bool> KeyedFirstByMeAsync(UcQuestionnaire q, UcForm form)
    {
        if (q.SamePersonMayKeyTwice) return false;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        return await db.UcPostalEntries.AnyAsync(e => e.FormId == form.Id && e.Number == 1 && e.UserId == userId);
    }

    private async Task<UcQuestionnaire?> LoadAsync(int pid)
    {
        Pid = pid;
        var q = await db.UcQuestionnaires.AsNoTracking().Include(x => x.Items).SingleOrDefaultAsync(x => x.PartnershipId == pid);
        if (q is not null) Fields = new PostalFields(q.Items);
        return q;
    }
}
