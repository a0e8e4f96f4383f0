using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Web.Pages.UsersCarers;

namespace Poet.Web.Pages.Uc;

public class StatementModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    [BindProperty] public int? Agreement { get; set; }
    public int N { get; private set; }
    public string Text => Statements[N - 1].Text;

    public async Task<IActionResult> OnGetAsync(string key, int n)
    {
        if (await EnterAsync(key) is { } away) return away;
        if (n < 1 || n > Statements.Count) return NotFound();
        N = n;
        Agreement = Answering.Answers.SingleOrDefault(a => a.ItemId == Statements[n - 1].Id)?.Agreement;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, int n)
    {
        if (await EnterAsync(key) is { } away) return away;
        if (n < 1 || n > Statements.Count) return NotFound();
        AnswerFor(Statements[n - 1].Id).Agreement = UcOptions.Agreement.Any(a => a.Code == Agreement) ? Agreement : null;
        await Db.SaveChangesAsync();
        return Redirect(Journey.Next(UcJourney.Statement(n)));
    }
}
