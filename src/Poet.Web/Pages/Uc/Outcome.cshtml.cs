using Microsoft.AspNetCore.Mvc;
using Poet.Analysis.UsersCarers;
using Poet.Data;

namespace Poet.Web.Pages.Uc;

/// <summary>
/// One agreed outcome: how important it is to the person, and whether it happens for them. The standard version asks
/// both on one page; easy read asks them on two (<c>outcome/{n}</c>, then <c>outcome/{n}/happens</c>), in the
/// coordinator's easy-read wording with the outcome's picture. A page saves only what it asks.
/// </summary>
public class OutcomeModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    public const string HappensPart = "happens";

    [BindProperty] public int? Importance { get; set; }
    [BindProperty] public int? Happens { get; set; }
    public int N { get; private set; }
    public string? Part { get; private set; }
    public Data.Entities.UcItem Item => Outcomes[N - 1];
    public string Text => EasyRead && !string.IsNullOrWhiteSpace(Item.EasyReadText) ? Item.EasyReadText : Item.Text;
    public bool AsksImportance => !EasyRead || Part is null;
    public bool AsksHappens => !EasyRead || Part == HappensPart;
    public string Step => Part is null ? UcJourney.Outcome(N) : UcJourney.Happens(N);

    public async Task<IActionResult> OnGetAsync(string key, int n, string? part)
    {
        if (await EnterAsync(key) is { } away) return away;
        if (Check(n, part) is { } other) return other;
        var answer = Answering.Answers.SingleOrDefault(a => a.ItemId == Item.Id);
        (Importance, Happens) = (answer?.Importance, answer?.Happens);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, int n, string? part)
    {
        if (await EnterAsync(key) is { } away) return away;
        if (Check(n, part) is { } other) return other;
        var answer = AnswerFor(Item.Id);
        if (AsksImportance) answer.Importance = Importance is { } i && UcScales.Importance.Contains(i) ? i : null;
        if (AsksHappens) answer.Happens = Happens is { } h && UcScales.Happens.Contains(h) ? h : null;
        await Db.SaveChangesAsync();
        return Redirect(Journey.Next(Step));
    }

    private IActionResult? Check(int n, string? part)
    {
        if (n < 1 || n > Outcomes.Count || part is not (null or HappensPart)) return NotFound();
        N = n;
        if (part is not null && !EasyRead) return Redirect(Journey.Path(UcJourney.Outcome(n)));
        Part = part;
        return null;
    }
}
