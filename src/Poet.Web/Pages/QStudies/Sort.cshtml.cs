using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.QMethod;
using Poet.Analysis.Text;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// One submitted Q-sort for the research team: its cards column by column with the participant's reasons, its answers to
/// the study's questions, and the researcher's notes from the post-sort interview, one per card (a blank note removes it).
/// </summary>
[Authorize]
public class SortModel(PoetDb db) : PageModel
{
    public const int MaxNoteLength = 2000;
    public const string CardMissing = "Select the card the note is about";
    public static readonly string NoteTooLong = $"The note must be {MaxNoteLength} characters or fewer";

    public QStudy Study { get; private set; } = new();
    public QSort Sort { get; private set; } = new();
    public string Name { get; private set; } = "";
    public Grid Grid { get; private set; } = Grid.FromLowest(0, [1]);

    /// <summary>The statements in their grid column, highest column first, with this sort's placement.</summary>
    public IReadOnlyList<(QStatement Statement, QPlacement Placement)> Cards { get; private set; } = [];

    /// <summary>The statement number of the card whose note the form edits, and the note shown in it.</summary>
    public int? Statement { get; private set; }
    public string? Note { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid, int sid, Guid sortId, int? statement)
    {
        if (!await LoadAsync(pid, sid, sortId)) return NotFound();
        if (statement is { } n && Cards.Any(c => c.Statement.Number == n))
        {
            Statement = n;
            Note = Cards.Single(c => c.Statement.Number == n).Placement.Note;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int sid, Guid sortId, int? statement, string? note)
    {
        if (!await LoadAsync(pid, sid, sortId)) return NotFound();
        Statement = statement;
        Note = note;
        var placement = Cards.Where(c => c.Statement.Number == statement).Select(c => c.Placement).FirstOrDefault();
        var text = PlainText.Clean(note ?? "").Trim();
        if (placement is null) ModelState.AddModelError("statement", CardMissing);
        if (text.Length > MaxNoteLength) ModelState.AddModelError("note", NoteTooLong);
        if (placement is null || !ModelState.IsValid) return Page();
        var removed = text.Length == 0;
        if (removed && placement.Note is null) return Redirect(QStudyLinks.Sort(pid, sid, sortId));
        placement.Note = removed ? null : text;
        db.Record(User, pid, removed ? "qstudy.note.remove" : "qstudy.note.save", $"Q study {sid}: statement {statement}");
        await db.SaveChangesAsync();
        this.Notify(removed ? $"The note on statement {statement} has been removed" : $"The note on statement {statement} has been saved");
        return Redirect(QStudyLinks.Sort(pid, sid, sortId) + $"#card-{statement}");
    }

    private async Task<bool> LoadAsync(int pid, int sid, Guid sortId)
    {
        var study = await db.QStudies.AsNoTracking().Include(s => s.Statements.OrderBy(x => x.Number)).Include(s => s.Questions.OrderBy(q => q.Number))
            .AsSplitQuery().SingleOrDefaultAsync(s => s.Id == sid && s.PartnershipId == pid);
        if (study is null) return false;
        await QSortCodes.BackfillAsync(db, sid);
        var sort = await db.QSorts.Include(s => s.Placements).Include(s => s.Answers).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == sortId && s.StudyId == sid && s.IsSubmitted);
        if (sort is null) return false;
        Study = study;
        Sort = sort;
        Name = sort.Code ?? sort.Name ?? "";
        Grid = QStudyRules.GridOf(study);
        var placements = sort.Placements.ToDictionary(p => p.StatementId);
        Cards = study.Statements.Where(st => placements.ContainsKey(st.Id)).Select(st => (st, placements[st.Id]))
            .OrderByDescending(c => c.Item2.Column).ThenBy(c => c.st.Number).ToArray();
        return true;
    }
}
