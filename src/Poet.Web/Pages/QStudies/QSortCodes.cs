using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.QMethod;
using Poet.Data;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// Gives participants' sorts their study codes (<see cref="SortCodes"/>): drawn at random when a sort is submitted,
/// unique in the study (a unique index on StudyId and Code), never from the participant's token, link or printed code.
/// </summary>
public static class QSortCodes
{
    /// <summary>The study's codes and imported names: a new code must be neither.</summary>
    public static async Task<HashSet<string>> TakenAsync(PoetDb db, int sid, CancellationToken ct = default)
    {
        var rows = await db.QSorts.Where(s => s.StudyId == sid && (s.Code != null || s.Name != null)).Select(s => new { s.Code, s.Name }).ToListAsync(ct);
        return rows.SelectMany(r => new[] { r.Code, r.Name }).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Submits the sort (once: of two tabs or a double click exactly one wins) with a date, never a time, and a new
    /// code; returns the sort's code, whichever request gave it.
    /// </summary>
    public static async Task<string?> SubmitAsync(PoetDb db, int sid, Guid sortId, DateOnly today, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var code = SortCodes.New(await TakenAsync(db, sid, ct), RandomNumberGenerator.GetInt32);
            try
            {
                await db.QSorts.Where(s => s.Id == sortId && !s.IsSubmitted)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.IsSubmitted, true).SetProperty(x => x.SubmittedOn, today).SetProperty(x => x.Code, code), ct);
                break;
            }
            catch (Exception e) when (e is DbException or DbUpdateException && attempt < 3)
            {
                // Another submission took the same code between the read and the write (unique index): draw again.
            }
        }
        return await db.QSorts.Where(s => s.Id == sortId).Select(s => s.Code).SingleAsync(ct);
    }

    /// <summary>Codes for submitted participants' sorts that have none (submitted before sorts had codes).</summary>
    public static async Task BackfillAsync(PoetDb db, int sid, CancellationToken ct = default)
    {
        var missing = await db.QSorts.Where(s => s.StudyId == sid && s.IsSubmitted && s.Code == null && s.Name == null).Select(s => s.Id).ToListAsync(ct);
        if (missing.Count == 0) return;
        var taken = await TakenAsync(db, sid, ct);
        try
        {
            foreach (var id in missing)
            {
                var code = SortCodes.New(taken, RandomNumberGenerator.GetInt32);
                taken.Add(code);
                await db.QSorts.Where(s => s.Id == id && s.Code == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.Code, code), ct);
            }
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            // A page loaded at the same moment gave the same code: the next load gives the rest theirs.
        }
    }
}
