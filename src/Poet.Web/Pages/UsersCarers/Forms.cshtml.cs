using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Data.Documents;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// The printed forms. Postal forms and code slips are made when printed: each gets a reference or a code, and a code
/// is stored only as its hash, so a lost slip cannot be reprinted (print a new one instead).
/// </summary>
[CoordinatorOnly]
public class FormsModel(PoetDb db, PublicUrls urls) : PageModel
{
    public const int MaxPostal = 2000;
    public const int MaxCodes = 200;
    private const string ReferenceAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    [BindProperty] public string? PostalCount { get; set; }
    [BindProperty] public string? CodeCount { get; set; }
    [BindProperty] public string? EasyReadCount { get; set; }
    /// <summary>Outcomes still without an easy-read wording or picture; the easy-read forms print when there are none.</summary>
    public IReadOnlyList<string> StillToWord { get; private set; } = [];
    public UcQuestionnaire Questionnaire { get; private set; } = null!;
    public int PostalPrinted { get; private set; }
    public int CodesPrinted { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid) => await LoadAsync(pid) ?? Page();

    public async Task<IActionResult> OnPostPostalAsync(int pid)
    {
        if (await LoadAsync(pid) is { } away) return away;
        if (Count(PostalCount, nameof(PostalCount), MaxPostal, "postal forms") is not { } n) return Page();
        var references = await NewPostalFormsAsync(n);
        db.Record(User, pid, "phase2.postal.print", $"{n} postal forms");
        await db.SaveChangesAsync();
        return File(UsersCarersForms.PostalPack(Definition(), references).Bytes, "application/pdf", "postal-questionnaires.pdf");
    }

    /// <summary>
    /// Easy-read forms, each with its own reference: a return is keyed and double-keyed on the postal pages like any
    /// postal form (the answers are the same, only the words and pictures differ).
    /// </summary>
    public async Task<IActionResult> OnPostEasyReadAsync(int pid)
    {
        if (await LoadAsync(pid) is { } away) return away;
        if (StillToWord.Count > 0)
        {
            ModelState.AddModelError("", UcEasyRead.NotReady(StillToWord));
            return Page();
        }
        if (Count(EasyReadCount, nameof(EasyReadCount), MaxPostal, "easy-read forms") is not { } n) return Page();
        var references = await NewPostalFormsAsync(n);
        db.Record(User, pid, "phase2.easy-read.print", $"{n} easy-read forms");
        await db.SaveChangesAsync();
        var outcomes = Questionnaire.Items.Where(i => i.Kind == UcItemKind.Outcome).OrderBy(i => i.Order)
            .Select(i => new UsersCarersForms.EasyOutcome(i.EasyReadText!, i.Picture!)).ToList();
        return File(UsersCarersForms.EasyRead(Definition(), outcomes, references).Bytes, "application/pdf", "easy-read-questionnaires.pdf");
    }

    /// <summary>New postal forms with references no other form of this questionnaire has.</summary>
    private async Task<List<string>> NewPostalFormsAsync(int n)
    {
        var taken = (await db.UcForms.Where(f => f.QuestionnaireId == Questionnaire.Id).Select(f => f.Reference).ToListAsync()).ToHashSet();
        var references = new List<string>();
        while (references.Count < n)
        {
            var r = NewReference();
            if (taken.Add(r)) references.Add(r);
        }
        db.UcForms.AddRange(references.Select(r => new UcForm { QuestionnaireId = Questionnaire.Id, Kind = UcFormKind.Postal, Reference = r }));
        return references;
    }

    public async Task<IActionResult> OnPostCodesAsync(int pid)
    {
        if (await LoadAsync(pid) is { } away) return away;
        if (Count(CodeCount, nameof(CodeCount), MaxCodes, "codes") is not { } n) return Page();
        var codes = Enumerable.Range(0, n).Select(_ => AccessCodes.NewShortCode()).ToList();
        db.UcForms.AddRange(codes.Select(c => new UcForm
        {
            QuestionnaireId = Questionnaire.Id, Kind = UcFormKind.Code, Reference = "C-" + NewReference(),
            CodeLookup = AccessCodes.DeriveShortCode(AccessCodes.NormaliseShortCode(c)!, Questionnaire.CodeSalt).Lookup,
        }));
        db.Record(User, pid, "phase2.codes.print", $"{n} codes");
        await db.SaveChangesAsync();
        return File(UsersCarersForms.CodeSlips(Definition(), urls.BaseUrl + UcLinks.CodeEntry, codes).Bytes, "application/pdf", "questionnaire-codes.pdf");
    }

    public async Task<IActionResult> OnGetInterviewAsync(int pid) =>
        await LoadAsync(pid) ?? File(UsersCarersForms.InterviewPack(Definition()).Bytes, "application/pdf", "interview-pack.pdf");

    private int? Count(string? typed, string field, int max, string noun)
    {
        if (int.TryParse(typed?.Trim(), out var n) && n >= 1 && n <= max) return n;
        ModelState.AddModelError(field, $"Enter how many {noun} to print, a whole number from 1 to {max:N0}");
        return null;
    }

    private static string NewReference()
    {
        var chars = Enumerable.Range(0, 8).Select(_ => ReferenceAlphabet[RandomNumberGenerator.GetInt32(ReferenceAlphabet.Length)]).ToArray();
        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
    }

    private UsersCarersForms.Definition Definition()
    {
        string[] Of(UcItemKind kind) => Questionnaire.Items.Where(i => i.Kind == kind).OrderBy(i => i.Order).Select(i => i.Text).ToArray();
        var partnership = db.Partnerships.Where(p => p.Id == Questionnaire.PartnershipId).Select(p => p.Name).Single();
        return new(partnership, Questionnaire.Title, Questionnaire.CoveringLetter, Of(UcItemKind.Outcome), Of(UcItemKind.Service), Of(UcItemKind.Barrier), Of(UcItemKind.Statement));
    }

    /// <summary>Loads the questionnaire; forms come only from a frozen (open or closed) definition.</summary>
    private async Task<IActionResult?> LoadAsync(int pid)
    {
        var q = await db.UcQuestionnaires.AsNoTracking().Include(x => x.Items).SingleOrDefaultAsync(x => x.PartnershipId == pid);
        if (q is null) return Redirect(UcLinks.Phase(pid));
        Questionnaire = q;
        StillToWord = EasyReadWordingsModel.Words(q.Items);
        PostalPrinted = await db.UcForms.CountAsync(f => f.QuestionnaireId == q.Id && f.Kind == UcFormKind.Postal);
        CodesPrinted = await db.UcForms.CountAsync(f => f.QuestionnaireId == q.Id && f.Kind == UcFormKind.Code);
        if (q.Status == UcStatus.Draft && Request.Method != "GET") return Redirect(UcLinks.Forms(pid));
        return null;
    }
}
