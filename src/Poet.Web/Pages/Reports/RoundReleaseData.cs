using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Disclosure;
using Poet.Data;

namespace Poet.Web.Pages.Reports;

/// <summary>
/// A round's one disclosure-controlled release (<see cref="RoundReleases"/>) with the ids it was built from. The
/// dashboard, the report (HTML, PDF, Word), its breakdowns and divergences, and the export all take their numbers
/// about partners and professions from here, so no two views can be put side by side to undo each other.
/// Partners and professions are listed by id, every one of them, then "Unsure or other" / "None or other" (chosen),
/// then "Not answered" (skipped).
/// </summary>
public sealed record RoundReleaseData(RoundRelease Release, IReadOnlyList<int> PartnerIds, IReadOnlyList<int> ProfessionIds)
{
    public static async Task<RoundReleaseData> LoadAsync(PoetDb db, int pid, int rid, RoundTally tally, CancellationToken ct = default)
    {
        var partners = await db.PartnerOrganisations.AsNoTracking().Where(p => p.PartnershipId == pid).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var professions = await db.ProfessionalGroups.AsNoTracking().Where(g => g.PartnershipId == pid).OrderBy(g => g.Id)
            .Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        var invited = await db.Invitations.AsNoTracking().Where(i => i.RoundId == rid)
            .GroupBy(i => i.PartnerOrganisationId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, ct);
        return Build(partners.Select(p => (p.Id, p.Name)).ToArray(), professions.Select(p => (p.Id, p.Name)).ToArray(), invited, tally);
    }

    public static RoundReleaseData Build(IReadOnlyList<(int Id, string Name)> partners, IReadOnlyList<(int Id, string Name)> professions,
        IReadOnlyDictionary<int, int> invitedByPartner, RoundTally tally)
    {
        var partnerIndex = partners.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var professionIndex = professions.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var input = new ReleaseInput(
            Distinct(partners.Select(p => p.Name), HealthReport.PartnerUnstated),
            partners.Select(p => invitedByPartner.GetValueOrDefault(p.Id)).ToArray(),
            Distinct(professions.Select(p => p.Name), HealthReport.ProfessionUnstated),
            tally.Respondents.Select(r => new ReleaseRespondent(Index(r.PartnerId, partnerIndex), Index(r.ProfessionId, professionIndex), r.Usable, r.Mode.ToString())).ToArray(),
            HealthReport.PartnerUnstated, HealthReport.ProfessionUnstated, HealthReport.NotAnswered);
        return new RoundReleaseData(RoundReleases.Build(input), partners.Select(p => p.Id).ToArray(), professions.Select(p => p.Id).ToArray());
    }

    /// <summary>
    /// A tallied answer (<see cref="RoundTally.Respondents"/>) as the release's index: null stays not answered, "other"
    /// stays other, and an id that is no longer the partnership's (a deleted group) counts as "Unsure or other": the
    /// respondent did answer.
    /// </summary>
    private static int? Index(int? answer, IReadOnlyDictionary<int, int> index) => answer switch
    {
        null => null,
        int id when index.TryGetValue(id, out var i) => i,
        _ => ReleaseRespondent.Other,
    };

    /// <summary>Names as listed: a repeated name gets a number, so readers can tell the rows apart.</summary>
    private static string[] Distinct(IEnumerable<string> names, string unstated)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { unstated, HealthReport.NotAnswered };
        return names.Select(n =>
        {
            var name = n;
            for (var k = 2; !seen.Add(name); k++) name = $"{n} ({k})";
            return name;
        }).ToArray();
    }

    /// <summary>The partner id of a released row, null for "Unsure or other" and "Not answered".</summary>
    public int? PartnerId(ReleasedPartner row) => row.Index is int i and >= 0 ? PartnerIds[i] : null;
    public int? ProfessionId(ReleasedProfession row) => row.Index is int i and >= 0 ? ProfessionIds[i] : null;

    /// <summary>The report's "by employing partner" table: usable responses per partner.</summary>
    public SuppressedTable UsableByPartner() => new(
        Release.Partners.Select(p => new PublishedGroup(p.Name, p.Usable, p.Usable is null, p.Usable is null ? Suppression.HiddenReason : null)).ToArray(),
        Release.TotalUsable, Release.Threshold);

    /// <summary>The report's "by professional group" table.</summary>
    public SuppressedTable UsableByProfession() => new(
        Release.Professions.Select(p => new PublishedGroup(p.Name, p.Usable, p.Hidden, p.Hidden ? Suppression.HiddenReason : null)).ToArray(),
        Release.TotalUsable, Release.Threshold);

    /// <summary>The dashboard's participation table: invited and submitted per partner.</summary>
    public IReadOnlyList<PublishedParticipation> Participation() => Release.Partners
        .Select(p => new PublishedParticipation(p.Name, p.Invited, p.Submitted, p.Submitted is null, p.Submitted is null ? Suppression.HiddenReason : null))
        .ToArray();

    /// <summary>How the export writes a response's partner and profession (tallied as in <see cref="RoundTally.Respondents"/>).</summary>
    public string ExportPartner(int? partner) => Release.Export.PartnerLabels[Row(partner, PartnerIds)];
    public string ExportProfession(int? profession) => Release.Export.ProfessionLabels[Row(profession, ProfessionIds)];

    private static int Row(int? answer, IReadOnlyList<int> ids)
    {
        int? index = answer switch
        {
            null => null,
            int id when IndexOf(ids, id) is var i and >= 0 => i,
            _ => ReleaseRespondent.Other,
        };
        return RoundReleases.Row(index, ids.Count);
    }

    private static int IndexOf(IReadOnlyList<int> ids, int id)
    {
        for (var i = 0; i < ids.Count; i++) if (ids[i] == id) return i;
        return -1;
    }
}
