using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Outcomes;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Outcomes;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Outcomes;

/// <summary>Classifies one statement by focus, type and users-and-carers framework heading; POET's suggestion is a hint only.</summary>
[Authorize]
public class ClassifyModel(PoetDb db) : RoundPage
{
    public const string None = "none";

    [BindProperty] public string? Focus { get; set; }
    [BindProperty] public string? Type { get; set; }
    [BindProperty] public string? FrameworkHeading { get; set; }

    public StatementRow Statement { get; private set; } = null!;
    public StatementSuggestion Suggestion { get; private set; } = null!;
    public static OutcomeVocabularies Vocabularies => OutcomeVocabularies.Current;

    public async Task<IActionResult> OnGetAsync(int rid, Guid sid)
    {
        if (!await LoadAsync(rid, sid)) return NotFound();
        var saved = await db.StatementClassifications.SingleOrDefaultAsync(c => c.RoundId == rid && c.StatementId == sid);
        Focus = saved?.Focus ?? None;
        Type = saved?.Type ?? None;
        FrameworkHeading = saved?.FrameworkHeading ?? None;
        if (saved is null) (Focus, Type) = (Suggestion.For(OutcomeLexicon.Focus)?.Category ?? None, Suggestion.For(OutcomeLexicon.Type)?.Category ?? None);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid, Guid sid)
    {
        if (!await LoadAsync(rid, sid)) return NotFound();
        Check(nameof(Focus), Focus, Vocabularies.Focus, "Select who the outcome is for, or ‘Not decided’");
        Check(nameof(Type), Type, Vocabularies.Type, "Select the type of outcome, or ‘Not decided’");
        Check(nameof(FrameworkHeading), FrameworkHeading, Vocabularies.FrameworkHeadings, "Select a heading from the framework, or ‘None of these’");
        if (!ModelState.IsValid) return Page();

        var row = await db.StatementClassifications.SingleOrDefaultAsync(c => c.RoundId == rid && c.StatementId == sid);
        if (row is null) db.StatementClassifications.Add(row = new StatementClassification { RoundId = rid, StatementId = sid });
        row.Focus = Value(Focus);
        row.Type = Value(Type);
        row.FrameworkHeading = Value(FrameworkHeading);
        row.UpdatedBy = User.Identity?.Name ?? "";
        row.UpdatedUtc = db.UtcNow;
        db.Record(User, pid, "outcomes.statement-classified", $"{Statement.Outcome}: {row.Focus}/{row.Type}/{row.FrameworkHeading}");
        await db.SaveChangesAsync();
        return Redirect(OutcomeLinks.Statements(pid, rid) + $"#statement-{sid}");
    }

    private void Check(string field, string? value, IReadOnlyList<VocabularyTerm> terms, string message)
    {
        if (value != None && !terms.Any(t => t.Id == value)) ModelState.AddModelError(field, message);
    }

    private static string? Value(string? v) => v == None ? null : v;

    private async Task<bool> LoadAsync(int rid, Guid sid)
    {
        var statement = (await RoundStatements.LoadAsync(db, rid)).FirstOrDefault(s => s.Id == sid);
        if (statement is null) return false;
        Statement = statement;
        Suggestion = OutcomeClassification.Suggest(new Statement(sid.ToString(), statement.Outcome));
        return true;
    }
}
