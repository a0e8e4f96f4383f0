using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Outcomes;

/// <summary>One candidate outcome: reword it, move a statement to another candidate (split), or merge another candidate into it.</summary>
[Authorize]
public class CandidateModel(PoetDb db) : RoundPage
{
    public const int NewCandidate = 0;

    [BindProperty] public string? Wording { get; set; }
    [BindProperty] public Guid? StatementId { get; set; }
    [BindProperty] public int? TargetId { get; set; }
    [BindProperty] public int? OtherId { get; set; }

    public CandidateOutcome Candidate { get; private set; } = null!;
    public List<StatementRow> Statements { get; private set; } = [];
    public List<CandidateOutcome> Others { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int rid, int cid)
    {
        if (!await LoadAsync(rid, cid)) return NotFound();
        Wording = Candidate.Wording;
        return Page();
    }

    public async Task<IActionResult> OnPostRewordAsync(int pid, int rid, int cid)
    {
        if (!await LoadAsync(rid, cid)) return NotFound();
        var wording = Wording?.Trim() ?? "";
        if (wording.Length == 0) ModelState.AddModelError(nameof(Wording), "Enter the wording of the outcome");
        else if (wording.Length > RoundStatements.MaxWordingLength)
            ModelState.AddModelError(nameof(Wording), $"Keep the wording to {RoundStatements.MaxWordingLength} characters or fewer so it reads as one plain sentence; it has {wording.Length}");
        if (!ModelState.IsValid) return Page();
        db.Record(User, pid, "outcomes.candidate-reworded", $"{Candidate.Wording} → {wording}");
        Candidate.Wording = wording;
        await db.SaveChangesAsync();
        return Redirect(OutcomeLinks.Workspace(pid, rid) + $"#candidate-{cid}");
    }

    public async Task<IActionResult> OnPostMoveAsync(int pid, int rid, int cid)
    {
        if (!await LoadAsync(rid, cid)) return NotFound();
        ModelState.Remove(nameof(TargetId));
        var membership = Candidate.Statements.FirstOrDefault(s => s.StatementId == StatementId);
        if (membership is null) ModelState.AddModelError("", "That statement is no longer in this candidate. Reload the page and try again");
        else if (TargetId is null || (TargetId != NewCandidate && Others.All(o => o.Id != TargetId)))
            ModelState.AddModelError(nameof(TargetId), "Select the candidate outcome to move the statement to");
        if (!ModelState.IsValid) return Page();

        // (round, statement) is unique, so the old membership goes before the new one is written.
        await using var tx = await db.Database.BeginTransactionAsync();
        Candidate.Statements.Remove(membership!);
        var target = Others.FirstOrDefault(o => o.Id == TargetId);
        if (target is null)
        {
            var text = Statements.First(s => s.Id == StatementId).Outcome;
            var order = await db.CandidateOutcomes.Where(c => c.RoundId == rid).MaxAsync(c => c.Order) + 1;
            target = new CandidateOutcome { RoundId = rid, Order = order, CreatedUtc = db.UtcNow, Wording = text.Length > RoundStatements.MaxWordingLength ? text[..(RoundStatements.MaxWordingLength - 1)] + "…" : text };
            db.CandidateOutcomes.Add(target);
        }
        db.Record(User, pid, "outcomes.statement-moved", $"from {Candidate.Wording} to {target.Wording}");
        await db.SaveChangesAsync();
        db.CandidateStatements.Add(new CandidateStatement { CandidateId = target.Id, RoundId = rid, StatementId = membership!.StatementId });
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return Redirect(OutcomeLinks.Candidate(pid, rid, cid));
    }

    public async Task<IActionResult> OnPostMergeAsync(int pid, int rid, int cid)
    {
        if (!await LoadAsync(rid, cid)) return NotFound();
        ModelState.Remove(nameof(OtherId));
        var other = Others.FirstOrDefault(o => o.Id == OtherId);
        if (other is null) ModelState.AddModelError(nameof(OtherId), "Select the candidate outcome to merge into this one");
        if (!ModelState.IsValid) return Page();

        var ids = other!.Statements.Select(s => s.StatementId).ToList();
        await using var tx = await db.Database.BeginTransactionAsync();
        db.CandidateOutcomes.Remove(other);
        db.Record(User, pid, "outcomes.candidates-merged", $"{other.Wording} into {Candidate.Wording}");
        await db.SaveChangesAsync();
        db.CandidateStatements.AddRange(ids.Select(id => new CandidateStatement { CandidateId = cid, RoundId = rid, StatementId = id }));
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return Redirect(OutcomeLinks.Candidate(pid, rid, cid));
    }

    private async Task<bool> LoadAsync(int rid, int cid)
    {
        var all = await db.CandidateOutcomes.Include(c => c.Statements).Where(c => c.RoundId == rid).OrderBy(c => c.Order).ThenBy(c => c.Id).ToListAsync();
        if (all.FirstOrDefault(c => c.Id == cid) is not { } candidate) return false;
        Candidate = candidate;
        Others = all.Where(c => c.Id != cid).ToList();
        var ids = candidate.Statements.Select(s => s.StatementId).ToHashSet();
        Statements = (await RoundStatements.LoadAsync(db, rid)).Where(s => ids.Contains(s.Id)).ToList();
        return true;
    }
}
