using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>Records an interview and the outcome sheet. Without consent nothing but the refusal is stored.</summary>
public class NewInterviewModel(PoetDb db, TimeProvider clock) : PageModel
{
    public const int QuoteRows = 3;
    public const string ChooseConsent = "Select yes if the person agreed to the interview and to notes being kept";

    [BindProperty] public bool? Consent { get; set; }
    [BindProperty] public UcRespondentType? RespondentType { get; set; }
    /// <summary>Outcome id → mark. String keys: with no marks posted, the binder offers every form field as a key.</summary>
    [BindProperty] public Dictionary<string, string?> Marks { get; set; } = [];
    [BindProperty] public string? Missing { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public List<string?> Quotes { get; set; } = [];
    [BindProperty] public List<int?> QuoteOutcomes { get; set; } = [];
    public List<UcItem> Outcomes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int pid) => await LoadAsync(pid) is null ? Redirect(UcLinks.Phase(pid)) : Page();

    public async Task<IActionResult> OnPostAsync(int pid)
    {
        if (await LoadAsync(pid) is not { } q) return Redirect(UcLinks.Phase(pid));
        if (Consent is null) ModelState.AddModelError(nameof(Consent), ChooseConsent);
        if (!ModelState.IsValid) return Page();
        var interview = new UcInterview { QuestionnaireId = q.Id, Consent = Consent!.Value, HeldOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
        if (interview.Consent)
        {
            if ((Notes?.Length ?? 0) > 20_000) ModelState.AddModelError(nameof(Notes), "Notes must be 20,000 characters or fewer");
            if ((Missing?.Length ?? 0) > UcOptions.MaxTextLength) ModelState.AddModelError(nameof(Missing), "Missing outcomes must be 4,000 characters or fewer");
            for (var i = 0; i < Quotes.Count; i++)
                if ((Quotes[i]?.Length ?? 0) > 2000) ModelState.AddModelError($"Quotes[{i}]", $"Quotation {i + 1} must be 2,000 characters or fewer");
            if (!ModelState.IsValid) return Page();
            interview.RespondentType = RespondentType is { } t && Enum.IsDefined(t) ? t : null;
            interview.Notes = Notes?.Trim() ?? "";
            interview.Missing = Missing?.Trim() ?? "";
            interview.Marks.AddRange(Outcomes
                .Select(o => (o.Id, Ok: Enum.TryParse<UcSheetMark>(Marks.GetValueOrDefault(o.Id.ToString()), out var mark) && Enum.IsDefined(mark), mark))
                .Where(x => x.Ok).Select(x => new UcInterviewMark { ItemId = x.Id, Mark = x.mark }));
            interview.Quotes.AddRange(Quotes.Select((text, i) => (text: text?.Trim() ?? "", item: i < QuoteOutcomes.Count ? QuoteOutcomes[i] : null))
                .Where(x => x.text.Length > 0)
                .Select(x => new UcQuote { Text = x.text, ItemId = Outcomes.Any(o => o.Id == x.item) ? x.item : null }));
        }
        db.UcInterviews.Add(interview);
        db.Record(User, pid, "phase2.interview", interview.Consent ? "Interview recorded" : "Interview declined: nothing kept");
        await db.SaveChangesAsync();
        return Redirect(UcLinks.Interviews(pid));
    }

    private async Task<UcQuestionnaire?> LoadAsync(int pid)
    {
        var q = await db.UcQuestionnaires.AsNoTracking().Include(x => x.Items).SingleOrDefaultAsync(x => x.PartnershipId == pid);
        if (q is null) return null;
        // The sheet lists the outcomes alphabetically, so their order on it suggests no ranking.
        Outcomes = q.Items.Where(i => i.Kind == UcItemKind.Outcome).OrderBy(i => i.Text, StringComparer.OrdinalIgnoreCase).ToList();
        return q;
    }
}
