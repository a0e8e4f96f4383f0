using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Rounds;

using Poet.Web.Pages.Outcomes;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// The questionnaire's definition, one line per outcome, service, barrier or statement. Editable while a draft;
/// opening freezes it. The outcomes are this questionnaire's own copy of the agreed list, pasted or typed in.
/// </summary>
[CoordinatorOnly]
public class QuestionnaireModel(PoetDb db, TimeProvider clock) : PageModel
{
    public const string NoOutcomes = "Enter the agreed outcomes, one per line, before opening the questionnaire";

    [BindProperty] public string? Outcomes { get; set; }
    [BindProperty] public string? Services { get; set; }
    [BindProperty] public string? Barriers { get; set; }
    [BindProperty] public string? Statements { get; set; }
    [BindProperty] public string? CoveringLetter { get; set; }
    [BindProperty] public bool SamePersonMayKeyTwice { get; set; }
    public UcQuestionnaire Questionnaire { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        if (await LoadAsync(pid) is null) return Redirect(UcLinks.Phase(pid));
        Outcomes = Lines(UcItemKind.Outcome);
        Services = Lines(UcItemKind.Service);
        Barriers = Lines(UcItemKind.Barrier);
        Statements = Lines(UcItemKind.Statement);
        CoveringLetter = Questionnaire.CoveringLetter;
        SamePersonMayKeyTwice = Questionnaire.SamePersonMayKeyTwice;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int pid) => SaveAsync(pid, open: false);

    public Task<IActionResult> OnPostOpenAsync(int pid) => SaveAsync(pid, open: true);

    public async Task<IActionResult> OnPostCloseAsync(int pid)
    {
        if (await LoadAsync(pid) is null) return Redirect(UcLinks.Phase(pid));
        if (Questionnaire.Status != UcStatus.Open) return Redirect(UcLinks.Questionnaire(pid));
        Questionnaire.Status = UcStatus.Closed;
        Questionnaire.ClosedUtc = clock.GetUtcNow().UtcDateTime;
        db.Record(User, pid, "phase2.close", Questionnaire.Title);
        await db.SaveChangesAsync();
        await NationalAggregate.RefreshPartnershipAsync(db, pid);
        return Redirect(UcLinks.Phase(pid));
    }

    private async Task<IActionResult> SaveAsync(int pid, bool open)
    {
        if (await LoadAsync(pid) is null) return Redirect(UcLinks.Phase(pid));
        if (Questionnaire.Status != UcStatus.Draft)
        {
            ModelState.AddModelError("", "The questionnaire is open, so its questions can no longer change");
            return Page();
        }
        var outcomes = Parse(Outcomes, nameof(Outcomes), "outcome");
        var services = Parse(Services, nameof(Services), "service");
        var barriers = Parse(Barriers, nameof(Barriers), "barrier");
        var statements = Parse(Statements, nameof(Statements), "statement");
        if (statements.Count > UcOptions.MaxStatements)
            ModelState.AddModelError(nameof(Statements), $"Enter at most {UcOptions.MaxStatements} statements; there are {statements.Count}");
        if ((CoveringLetter?.Length ?? 0) > UcOptions.MaxTextLength)
            ModelState.AddModelError(nameof(CoveringLetter), "The covering letter must be 4,000 characters or fewer");
        if (open)
        {
            if (outcomes.Count == 0) ModelState.AddModelError(nameof(Outcomes), NoOutcomes);
            if (services.Count == 0) ModelState.AddModelError(nameof(Services), "Enter at least one service people may receive");
            if (barriers.Count == 0) ModelState.AddModelError(nameof(Barriers), "Enter at least one barrier to getting help");
            if (statements.Count < UcOptions.MinStatements)
                ModelState.AddModelError(nameof(Statements), $"Enter between {UcOptions.MinStatements} and {UcOptions.MaxStatements} statements");
        }
        if (!ModelState.IsValid) return Page();

        var support = Questionnaire.Items.Where(i => i.Kind == UcItemKind.Outcome).GroupBy(i => i.Text).ToDictionary(g => g.Key, g => g.First().StaffSupport);
        var serious = Questionnaire.Items.Where(i => i.Kind == UcItemKind.Barrier && i.StaffRatedSerious).Select(i => i.Text).ToHashSet();
        // An outcome keeps its easy-read wording and picture while its own wording stays the same.
        var easy = Questionnaire.Items.Where(i => i.Kind == UcItemKind.Outcome).GroupBy(i => i.Text).ToDictionary(g => g.Key, g => (g.First().EasyReadText, g.First().Picture));
        db.UcItems.RemoveRange(Questionnaire.Items);
        Questionnaire.Items.Clear();
        void Add(UcItemKind kind, List<string> texts) => Questionnaire.Items.AddRange(texts.Select((t, i) => new UcItem
        {
            Kind = kind, Order = i + 1, Text = t, StaffSupport = kind == UcItemKind.Outcome ? support.GetValueOrDefault(t) : null,
            StaffRatedSerious = kind == UcItemKind.Barrier && serious.Contains(t),
            EasyReadText = kind == UcItemKind.Outcome ? easy.GetValueOrDefault(t).EasyReadText : null,
            Picture = kind == UcItemKind.Outcome ? easy.GetValueOrDefault(t).Picture : null,
        }));
        Add(UcItemKind.Outcome, outcomes);
        Add(UcItemKind.Service, services);
        Add(UcItemKind.Barrier, barriers);
        Add(UcItemKind.Statement, statements);
        Questionnaire.CoveringLetter = CoveringLetter?.Trim() ?? "";
        Questionnaire.SamePersonMayKeyTwice = SamePersonMayKeyTwice;
        if (open)
        {
            Questionnaire.Status = UcStatus.Open;
            Questionnaire.OpenedUtc = clock.GetUtcNow().UtcDateTime;
        }
        db.Record(User, pid, open ? "phase2.open" : "phase2.edit", $"{outcomes.Count} outcomes, {services.Count} services, {barriers.Count} barriers, {statements.Count} statements");
        await db.SaveChangesAsync();
        return Redirect(open ? UcLinks.Phase(pid) : UcLinks.Questionnaire(pid));
    }

    /// <summary>Non-blank lines, trimmed; a repeated or overlong line is an error on the field.</summary>
    private List<string> Parse(string? text, string field, string noun)
    {
        var lines = (text ?? "").Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.FirstOrDefault(l => l.Length > 500) is { } tooLong)
            ModelState.AddModelError(field, $"Each {noun} must be 500 characters or fewer; \"{tooLong[..40]}…\" is longer");
        if (lines.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            ModelState.AddModelError(field, $"\"{twice.Key}\" is listed twice; remove one");
        return lines;
    }

    private string Lines(UcItemKind kind) => string.Join('\n', Questionnaire.Items.Where(i => i.Kind == kind).OrderBy(i => i.Order).Select(i => i.Text));

    /// <summary>Wordings of the current agreed list's contested outcomes (<see cref="CurrentAgreedList"/>).</summary>
    public IReadOnlySet<string> Contested { get; private set; } = new HashSet<string>();

    private async Task<UcQuestionnaire?> LoadAsync(int pid)
    {
        var q = await db.UcQuestionnaires.Include(x => x.Items).SingleOrDefaultAsync(x => x.PartnershipId == pid);
        if (q is not null) Questionnaire = q;
        Contested = await CurrentAgreedList.ContestedAsync(db, pid);
        return q;
    }
}
