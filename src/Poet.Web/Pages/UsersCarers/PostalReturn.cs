using Microsoft.EntityFrameworkCore;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// A postal form's keyings and where they stand. When both keyings agree, or every difference has a chosen
/// value, the return becomes an anonymous response and the keyings are deleted, so nothing links it to the form.
/// </summary>
public sealed class PostalReturn(UcForm form, IReadOnlyList<UcPostalEntry> entries, PostalFields fields)
{
    public UcForm Form => form;
    public IReadOnlyList<UcPostalEntry> Entries => entries;
    public Dictionary<string, string> Resolutions { get; } = PostalFields.FromJson(form.Resolutions);

    public IReadOnlyList<FieldDisagreement> Disagreements => entries.Count < 2 ? []
        : DoubleEntry.Compare(PostalFields.FromJson(entries[0].Values), PostalFields.FromJson(entries[1].Values), fields.Order);

    public IReadOnlyList<FieldDisagreement> Unresolved => DoubleEntry.Unresolved(Disagreements, Resolutions);

    public static async Task<PostalReturn?> LoadAsync(PoetDb db, int questionnaireId, int formId, PostalFields fields)
    {
        var form = await db.UcForms.SingleOrDefaultAsync(f => f.Id == formId && f.QuestionnaireId == questionnaireId && f.Kind == UcFormKind.Postal);
        if (form is null) return null;
        var entries = await db.UcPostalEntries.Where(e => e.FormId == formId).OrderBy(e => e.Number).ToListAsync();
        return new PostalReturn(form, entries, fields);
    }

    /// <summary>What happens to returns keyed in after the close, said on the postal page before anyone keys one.</summary>
    public const string LateRule =
        "Returns keyed in after the questionnaire closed are added to the report only once 5 are waiting, all 5 together, so that nobody can compare the report before and after and read one family's answers. If fewer than 5 are ever keyed in, they are never added.";

    /// <summary>"3 returns keyed in after the close are waiting. They will be added to the report once 5 are waiting."</summary>
    public static string Waiting(int n) =>
        $"{n} {(n == 1 ? "return keyed in after the close is" : "returns keyed in after the close are")} waiting. They will be added to the report once {SubmissionMix.MinimumBatch} are waiting.";

    /// <summary>Returns agreed after the questionnaire closed and not yet released: postal, never submitted, no access token.</summary>
    public static IQueryable<UcResponse> Held(PoetDb db, int questionnaireId) =>
        db.UcResponses.Where(r => r.QuestionnaireId == questionnaireId && r.Method == UcMethod.Postal && !r.IsSubmitted && r.AccessHash == null);

    /// <summary>True when <see cref="TryCompleteAsync"/> released a batch of late returns into a closed questionnaire.</summary>
    public bool Released { get; private set; }

    /// <summary>
    /// Turns a fully agreed return into a response; false while a keying is missing or a difference is open. While the
    /// questionnaire is open the response counts at once (its reports show only how many have answered). After the close
    /// it is held, and the held returns are released together once <see cref="SubmissionMix.MinimumBatch"/> wait, in
    /// the same save, as late staff paper returns are (ADR 0002): a closed questionnaire's release changes by none or
    /// at least 5 returns, so two downloads either side of one late return do not give its answers.
    /// </summary>
    public async Task<bool> TryCompleteAsync(PoetDb db, UcStatus status, DateOnly today, CancellationToken ct = default)
    {
        if (form.Entered || entries.Count < 2 || Unresolved.Count > 0) return false;
        var merged = DoubleEntry.Merge(PostalFields.FromJson(entries[0].Values), PostalFields.FromJson(entries[1].Values), Resolutions);
        var response = fields.ToResponse(merged, form.QuestionnaireId, today);
        if (status == UcStatus.Closed)
        {
            var held = await Held(db, form.QuestionnaireId).ToListAsync(ct);
            Released = held.Count + 1 >= SubmissionMix.MinimumBatch;
            foreach (var r in held.Append(response))
            {
                r.IsSubmitted = Released;
                r.SubmittedOn = Released ? today : null;
            }
        }
        db.UcResponses.Add(response);
        db.UcPostalEntries.RemoveRange(entries);
        form.Entered = true;
        form.Resolutions = null;
        return true;
    }
}
