using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

using Poet.Web.Pages.Outcomes;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>The phase-two page: says plainly whether the staff survey let the phase go ahead, then what has been gathered.</summary>
public class IndexModel(PoetDb db, PartnershipAccess access, IMemoryCache cache) : PageModel
{
    public int Pid { get; private set; }
    public string PartnershipName { get; private set; } = "";
    public PhaseGate Gate { get; private set; } = null!;
    public UcQuestionnaire? Questionnaire { get; private set; }
    public IReadOnlyList<MethodCount> Counts { get; private set; } = [];
    /// <summary>Interviews recorded with consent, from the release; null when hidden.</summary>
    public int? Interviews { get; private set; }
    public bool IsCoordinator { get; private set; }
    public bool IsHostAdmin => access.IsHostAdmin;

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        await LoadAsync(pid);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(int pid)
    {
        await LoadAsync(pid);
        if (!IsCoordinator) return NotFound();
        if (!Gate.IsOpen)
        {
            ModelState.AddModelError("", "This phase is locked. " + Gate.Explanation);
            return Page();
        }
        if (Questionnaire is not null) return Redirect(UcLinks.Questionnaire(pid));
        var q = new UcQuestionnaire
        {
            PartnershipId = pid, Title = $"{PartnershipName}: what matters to you", Status = UcStatus.Draft, CreatedUtc = db.UtcNow,
            LinkKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(), CodeSalt = RandomNumberGenerator.GetBytes(16),
            CoveringLetter = DefaultLetter(PartnershipName),
        };
        // The questionnaire starts from the partnership's current agreed outcome list; the coordinator can still edit it while it is a draft.
        var agreed = await CurrentAgreedList.Of(db, pid)
            .Select(l => l.Items.OrderBy(i => i.Order).Select(i => i.Wording).ToList()).FirstOrDefaultAsync();
        q.Items.AddRange(Seed(UcItemKind.Outcome, agreed ?? []));
        // Services, barriers and statements start from the bank for the partnership's client group.
        var start = UcQuestionBank.Current.For(await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == pid));
        q.Items.AddRange(Seed(UcItemKind.Service, start.Services));
        q.Items.AddRange(Seed(UcItemKind.Barrier, start.Barriers));
        q.Items.AddRange(Seed(UcItemKind.Statement, start.Statements));
        db.UcQuestionnaires.Add(q);
        db.Record(User, pid, "phase2.create", $"{q.Title} (starting questions: {start.Label})");
        await db.SaveChangesAsync();
        return Redirect(UcLinks.Questionnaire(pid));
    }

    private static IEnumerable<UcItem> Seed(UcItemKind kind, IEnumerable<string> texts) =>
        texts.Select((t, i) => new UcItem { Kind = kind, Order = i + 1, Text = t });

    private static string DefaultLetter(string partnership) =>
        $"Dear service user, carer or family member,\n\nThe services that make up {partnership} work together. We want to know which results of that work matter most to you, and whether they happen for you. " +
        "Please fill in the questionnaire and return it in the prepaid envelope. Do not write your name on it: your answers are anonymous.\n\nThank you for your help.";

    private async Task LoadAsync(int pid)
    {
        Pid = pid;
        PartnershipName = await db.Partnerships.Where(p => p.Id == pid).Select(p => p.Name).SingleAsync();
        Gate = await PhaseGate.CheckAsync(db, pid);
        IsCoordinator = (await access.RolesInAsync(pid)).Contains(PartnershipRole.Coordinator);
        Questionnaire = await db.UcQuestionnaires.AsNoTracking().Include(q => q.Items).SingleOrDefaultAsync(q => q.PartnershipId == pid);
        if (Questionnaire is null) return;
        // The same release as the report: no count here can be set against the report's to undo a hidden one.
        var report = (await UcReport.LoadAsync(db, pid, cache))!;
        Counts = report.Methods;
        Interviews = report.Interviews;
    }
}
