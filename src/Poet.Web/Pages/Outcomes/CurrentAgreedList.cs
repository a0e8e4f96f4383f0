using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Outcomes;

/// <summary>
/// The partnership's current agreed outcome list: the newest made, whichever round it belongs to. The questionnaire's
/// outcomes are copied from it, so an outcome's wording is the link back to it.
/// </summary>
public static class CurrentAgreedList
{
    public static IQueryable<AgreedList> Of(PoetDb db, int pid) =>
        db.AgreedLists.Where(l => l.PartnershipId == pid).OrderByDescending(l => l.CreatedUtc).ThenByDescending(l => l.Id);

    /// <summary>Wordings (trimmed, compared ignoring case) of the current list's outcomes staff could not agree on.</summary>
    public static async Task<IReadOnlySet<string>> ContestedAsync(PoetDb db, int pid, CancellationToken ct = default)
    {
        var wordings = await Of(db, pid).Select(l => l.Items.Where(i => i.IsContested).Select(i => i.Wording).ToList()).FirstOrDefaultAsync(ct);
        return (wordings ?? []).Select(w => w.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"Staff could not agree on 1 outcome on this list: …", or null when none is contested.</summary>
    public static string? Warning(IEnumerable<string> outcomes, IReadOnlySet<string> contested)
    {
        var on = outcomes.Where(o => contested.Contains(o.Trim())).ToList();
        return on.Count == 0 ? null
            : $"Staff could not agree on {Analysis.Text.Wording.Count(on.Count, "outcome")} on this list: {string.Join("; ", on.Select(o => $"“{o.Trim()}”"))}. "
              + "The outcome list is still a draft. Families' answers are reported for each, marked contested, to help the partnership settle them.";
    }

    public const string Tag = "Contested by staff";
}
