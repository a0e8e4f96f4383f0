using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.UsersCarers;

public class InterviewsModel(PoetDb db) : PageModel
{
    public int Pid { get; private set; }
    public List<UcInterview> Interviews { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        var q = await db.UcQuestionnaires.AsNoTracking().SingleOrDefaultAsync(x => x.PartnershipId == pid);
        if (q is null) return Redirect(UcLinks.Phase(pid));
        Pid = pid;
        Interviews = await db.UcInterviews.AsNoTracking().Where(i => i.QuestionnaireId == q.Id).OrderBy(i => i.Id).ToListAsync();
        return Page();
    }
}
