using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Web.Pages.UsersCarers;

namespace Poet.Web.Pages.Uc;

/// <summary>Which services the person receives and for how long: one page, or two in easy read (<c>support</c>, <c>support/length</c>).</summary>
public class SupportModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    public const string LengthPart = "length";
    public string? Part { get; private set; }
    public bool AsksServices => !EasyRead || Part is null;
    public bool AsksLength => !EasyRead || Part == LengthPart;
    private string Step => Part is null ? UcJourney.Support : UcJourney.SupportLength;

    [BindProperty] public List<int> Received { get; set; } = [];
    [BindProperty] public int? SupportLength { get; set; }

    public async Task<IActionResult> OnGetAsync(string key, string? part)
    {
        if (await EnterAsync(key) is { } away) return away;
        if (Check(part) is { } other) return other;
        Received = Answering.Answers.Where(a => a.Chosen && Services.Any(s => s.Id == a.ItemId)).Select(a => a.ItemId).ToList();
        SupportLength = Answering.SupportLength;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, string? part)
    {
        if (await EnterAsync(key) is { } away) return away;
        if (Check(part) is { } other) return other;
        if (AsksServices) foreach (var s in Services) AnswerFor(s.Id).Chosen = Received.Contains(s.Id);
        if (AsksLength) Answering.SupportLength = UcOptions.SupportLengths.Any(l => l.Code == SupportLength) ? SupportLength : null;
        await Db.SaveChangesAsync();
        return Redirect(Journey.Next(Step));
    }

    private IActionResult? Check(string? part)
    {
        if (part is not (null or LengthPart)) return NotFound();
        if (part is not null && !EasyRead) return Redirect(Journey.Path(UcJourney.Support));
        Part = part;
        return null;
    }
}
