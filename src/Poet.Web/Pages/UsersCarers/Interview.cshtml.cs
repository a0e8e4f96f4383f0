using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Text;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>One interview, its text screened for names and contact details; coordinators approve quotations for the report.</summary>
public class InterviewModel(PoetDb db, PartnershipAccess access) : PageModel
{
    public UcInterview Interview { get; private set; } = null!;
    public Dictionary<int, string> OutcomeText { get; private set; } = [];
    public Redactor Redactor { get; private set; } = null!;
    public bool IsCoordinator { get; private set; }

    /// <summary>What screening masked across the interview's text (issue 18: show the coordinator what was masked).</summary>
    public string? MaskedSummary => Screened.Sum(new[] { Interview.Missing, Interview.Notes }.Concat(Interview.Quotes.Select(q => q.Text)).Select(Redactor.Screen))
        .Summary("this interview");

    public async Task<IActionResult> OnGetAsync(int pid, int iid) => await LoadAsync(pid, iid) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(int pid, int iid, int quoteId, bool approve)
    {
        if (!await LoadAsync(pid, iid) || !IsCoordinator) return NotFound();
        var quote = Interview.Quotes.SingleOrDefault(q => q.Id == quoteId);
        if (quote is null) return NotFound();
        quote.Approved = approve;
        db.Record(User, pid, approve ? "phase2.quote.approve" : "phase2.quote.withdraw", $"Interview {iid}, quotation {quoteId}");
        await db.SaveChangesAsync();
        return Redirect(UcLinks.Interview(pid, iid));
    }

    private async Task<bool> LoadAsync(int pid, int iid)
    {
        var q = await db.UcQuestionnaires.AsNoTracking().Include(x => x.Items).SingleOrDefaultAsync(x => x.PartnershipId == pid);
        if (q is null) return false;
        var interview = await db.UcInterviews.Include(i => i.Marks).Include(i => i.Quotes)
            .SingleOrDefaultAsync(i => i.Id == iid && i.QuestionnaireId == q.Id);
        if (interview is null) return false;
        Interview = interview;
        OutcomeText = q.Items.Where(i => i.Kind == UcItemKind.Outcome).ToDictionary(i => i.Id, i => i.Text);
        Redactor = await InterviewRedactor.LoadAsync(db, pid);
        IsCoordinator = (await access.RolesInAsync(pid)).Contains(PartnershipRole.Coordinator);
        return true;
    }
}
