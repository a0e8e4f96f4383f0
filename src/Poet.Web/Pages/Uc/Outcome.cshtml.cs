using Microsoft.AspNetCore.Mvc;
using Poet.Analysis.UsersCarers;
using Poet.Data;

namespace Poet.Web.Pages.Uc;

/// <summary>One agreed outcome: how important it is to the person, and whether it happens for them.</summary>
public class OutcomeModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    [BindProperty] public int? Importance { get; set; }
    [BindProperty] public int? Happens { get; set; }
    public int N { get; private set; }
    public string Text => Outcomes[N - 1].Text;

    public async Task<IActionResult> OnGetAsync(string key, int n)
    {
        if (await EnterAsync(key) is { } away) return away;
        if (n < 1 || n > Outcomes.Count) return NotFound();
        N = n;
        var answer = Answering.Answers.SingleOrDefault(a => a.ItemId == Outcomes[n - 1].Id);
        (Importance, Happens) = (answer?.Importance, answer?.Happens);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, int n)
    {
        if (await EnterAsync(key) is { } away) return away;
        if (n < 1 || n > Outcomes.Count) return NotFound();
        var answer = AnswerFor(Outcomes[n - 1].Id);
        answer.Importance = Importance is { } i && UcScales.Importance.Contains(i) ? i : null;
        answer.Happens = Happens is { } h && UcScales.Happens.Contains(h) ? h : null;
        await Db.SaveChangesAsync();
        return Redirect(Journey.Next(UcJourney.Outcome(n)));
    }
}
