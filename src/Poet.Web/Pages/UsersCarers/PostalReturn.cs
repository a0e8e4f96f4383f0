using Microsoft.EntityFrameworkCore;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Data.Entities;

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

    /// <summary>Turns a fully agreed return into a response; false while a keying is missing or a difference is open.</summary>
    public bool TryComplete(PoetDb db, DateOnly today)
    {
        if (form.Entered || entries.Count < 2 || Unresolved.Count > 0) return false;
        var merged = DoubleEntry.Merge(PostalFields.FromJson(entries[0].Values), PostalFields.FromJson(entries[1].Values), Resolutions);
        db.UcResponses.Add(fields.ToResponse(merged, form.QuestionnaireId, today));
        db.UcPostalEntries.RemoveRange(entries);
        form.Entered = true;
        form.Resolutions = null;
        return true;
    }
}
