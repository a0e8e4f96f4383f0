using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Outcomes;

/// <summary>Adds an outcome statement from a stakeholder interview, a document or a workshop, with where it came from.</summary>
[Authorize]
public class AddStatementModel(PoetDb db) : RoundPage
{
    [BindProperty] public StatementSource? Source { get; set; }
    [BindProperty] public string? SourceDetail { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Rationale { get; set; }

    public static readonly StatementSource[] Sources = [StatementSource.Interview, StatementSource.Document, StatementSource.Workshop];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(int pid, int rid)
    {
        var outcome = Outcome?.Trim() ?? "";
        var rationale = Rationale?.Trim() ?? "";
        var detail = SourceDetail?.Trim() ?? "";
        ModelState.Remove(nameof(Source)); // a tampered value gets our message, not the binder's
        if (Source is null || !Sources.Contains(Source.Value)) ModelState.AddModelError(nameof(Source), "Select where the statement came from");
        if (detail.Length > 200) ModelState.AddModelError(nameof(SourceDetail), $"Describe the source in 200 characters or fewer; it has {detail.Length}");
        if (outcome.Length == 0) ModelState.AddModelError(nameof(Outcome), "Enter the outcome");
        else if (outcome.Length > RoundStatements.MaxOutcomeLength)
            ModelState.AddModelError(nameof(Outcome), $"The outcome must be {RoundStatements.MaxOutcomeLength:N0} characters or fewer; it has {outcome.Length:N0}. Put the explanation in the rationale");
        if (rationale.Length > RoundStatements.MaxRationaleLength)
            ModelState.AddModelError(nameof(Rationale), $"The rationale must be {RoundStatements.MaxRationaleLength:N0} characters or fewer; it has {rationale.Length:N0}");
        if (!ModelState.IsValid) return Page();

        db.HandStatements.Add(new HandStatement
        {
            Id = Guid.NewGuid(), RoundId = rid, Source = Source!.Value, SourceDetail = detail, Outcome = outcome, Rationale = rationale,
            AddedBy = User.Identity?.Name ?? "", AddedUtc = db.UtcNow,
        });
        db.Record(User, pid, "outcomes.statement-added", $"{Source}: {outcome}");
        await db.SaveChangesAsync();
        return Redirect(OutcomeLinks.Statements(pid, rid));
    }
}
