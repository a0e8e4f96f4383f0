using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Text;
using Poet.Data;
using Poet.Web.Pages.Reports;

namespace Poet.Web.Pages.UsersCarers;

public sealed record AnythingElseAnswer(Guid ResponseId, ModeratedView Text);

/// <summary>
/// The "anything else" answers of submitted returns, masked and moderated like staff comments, and sorted by the
/// text shown so the order says nothing about who wrote what.
/// </summary>
public static class AnythingElseAnswers
{
    public static async Task<IReadOnlyList<AnythingElseAnswer>> LoadAsync(PoetDb db, int questionnaireId, Redactor redactor, bool withHidden, CancellationToken ct = default)
    {
        var written = await db.UcResponses.AsNoTracking().Where(r => r.QuestionnaireId == questionnaireId && r.IsSubmitted && r.AnythingElse.Trim() != "")
            .Select(r => new { r.Id, r.AnythingElse }).ToListAsync(ct);
        if (written.Count == 0) return [];
        var decisions = await db.UcModeratedAnswers.AsNoTracking()
            .Where(m => db.UcResponses.Any(r => r.Id == m.ResponseId && r.QuestionnaireId == questionnaireId)).ToDictionaryAsync(m => m.ResponseId, ct);
        return written.Select(w => new AnythingElseAnswer(w.Id, TextModeration.View(w.AnythingElse.Trim(), decisions.GetValueOrDefault(w.Id), redactor)))
            .Where(a => withHidden || !a.Text.Hidden)
            .OrderBy(a => a.Text.Shown, StringComparer.OrdinalIgnoreCase).ToArray();
    }
}
