using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Rounds;

namespace Poet.Web.Pages.Admin.National;

/// <summary>
/// The data-sharing terms a partnership's board agrees to when it shares a round. Saving makes a new version; earlier
/// versions stay, because each shared round's consent names the version its board agreed to.
/// </summary>
public class TermsModel(PoetDb db) : PageModel
{
    public const int MaxLength = 20000;
    public const string EnterTerms = "Enter the data-sharing terms";
    public const string TooLong = "The data-sharing terms must be 20,000 characters or fewer";
    public const string Unchanged = "These terms are the same as the current version. Change the text to make a new version";

    [BindProperty] public string? Text { get; set; }
    public (int Version, string Text) Current { get; private set; }
    public IReadOnlyList<SharingTerms> History { get; private set; } = [];
    public IReadOnlyDictionary<int, int> RoundsPerVersion { get; private set; } = new Dictionary<int, int>();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Text = Current.Text;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var text = (Text ?? "").Replace("\r\n", "\n").Trim();
        if (text.Length == 0) ModelState.AddModelError(nameof(Text), EnterTerms);
        else if (text.Length > MaxLength) ModelState.AddModelError(nameof(Text), TooLong);
        else if (text == Current.Text.Replace("\r\n", "\n").Trim()) ModelState.AddModelError(nameof(Text), Unchanged);
        if (!ModelState.IsValid) return Page();
        var now = db.UtcNow;
        // The default text becomes version 1 so that rounds shared under it keep a text to point to.
        if (History.Count == 0)
            db.SharingTerms.Add(new SharingTerms { Version = 1, Text = NationalModel.DefaultTerms, CreatedUtc = now, CreatedBy = "POET default" });
        var version = Current.Version + 1;
        db.SharingTerms.Add(new SharingTerms { Version = version, Text = text, CreatedUtc = now, CreatedBy = User.Identity?.Name ?? "" });
        db.Record(User, null, "national.terms-changed", $"Data-sharing terms version {version}");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {   // Another admin saved a version a moment ago (the version is unique).
            ModelState.AddModelError(nameof(Text), "Someone else saved new terms a moment ago. Read them below and save again if you still want to change them");
            db.ChangeTracker.Clear();
            await LoadAsync();
            return Page();
        }
        this.Notify($"Data-sharing terms version {version} saved. Partnerships that share from now on agree to this version.");
        return Redirect("/admin/national/terms");
    }

    private async Task LoadAsync()
    {
        Current = await NationalModel.CurrentTermsAsync(db, HttpContext.RequestAborted);
        History = await db.SharingTerms.AsNoTracking().OrderByDescending(t => t.Version).ToListAsync();
        RoundsPerVersion = await db.NationalRounds.Where(r => r.OptedIn && r.ConsentTermsVersion != null)
            .GroupBy(r => r.ConsentTermsVersion!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
    }
}
