using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Workshops;
using Poet.Data;
using Poet.Data.Documents;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Workshop;

/// <summary>
/// A workshop's importance × certainty stage as the pages show it: the shortlist (the most-voted <see cref="Data.Entities.Workshop.RateTop"/>,
/// <see cref="Shortlist.Top"/>), everyone's ratings summarised by <see cref="AssumptionRatings.Summarise"/>, and the plot's points.
/// Read by the facilitator's controls, the projector, the wall and the results PDF, so all say the same.
/// </summary>
public sealed record AssumptionData(int Participants, int Raters, IReadOnlyList<AssumptionData.Row> Rows)
{
    public sealed record Row(int Number, int CandidateId, string Wording, RatedCandidate Rated);

    public const string MediansNote = AssumptionPlot.MediansNote;

    public IReadOnlyList<AssumptionPoint> Points => Rows.Where(r => r.Rated.Importance is not null)
        .Select(r => new AssumptionPoint(r.Number, r.Wording, r.Rated.Importance!.Value, r.Rated.Certainty!.Value)).ToList();

    public IReadOnlyList<Row> Disagreements =>
        AssumptionRatings.Disagreements(Rows.Select(r => r.Rated).ToList()).Select(d => Rows.Single(r => r.CandidateId == d.CandidateId)).ToList();

    public IReadOnlyList<string> GroupLabels => Rows.FirstOrDefault()?.Rated.Groups.Select(g => g.Group).ToList() ?? [];

    /// <summary>"Group 2 rated its importance 4 and Other groups (1 and 3) 2; its certainty 2 and 4."</summary>
    public static string DisagreementText(Row r) =>
        $"{r.Wording}: importance {Spread(r.Rated.Groups.Select(g => (g.Group, g.Importance)))}; certainty {Spread(r.Rated.Groups.Select(g => (g.Group, g.Certainty)))}";

    private static string Spread(IEnumerable<(string Group, int? Median)> medians) =>
        string.Join(", ", medians.Where(m => m.Median is not null).Select(m => $"{m.Median} from {m.Group}"));

    /// <summary>What the results PDF records of the stage.</summary>
    public OutcomeDocuments.Ratings ToRecord() => new(Participants, Raters,
        Rows.Select(r => new OutcomeDocuments.Rated(r.Number, r.Wording, r.Rated.Raters, r.Rated.Importance, r.Rated.Certainty,
            r.Rated.ImportanceCounts, r.Rated.CertaintyCounts)).ToList(),
        GroupLabels, Disagreements.Select(DisagreementText).ToList(), Points);

    /// <summary>The candidates the rating stage of this workshop asks about, most votes first.</summary>
    public static async Task<List<(int Id, string Wording)>> ShortlistAsync(PoetDb db, Data.Entities.Workshop workshop)
    {
        var candidates = await db.CandidateOutcomes.Where(c => c.RoundId == workshop.RoundId).OrderBy(c => c.Order).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Wording, Votes = db.WorkshopVotes.Count(v => v.CandidateId == c.Id && v.WorkshopId == workshop.Id) }).ToListAsync();
        var wording = candidates.ToDictionary(c => c.Id, c => c.Wording);
        return Shortlist.Top(candidates.Select(c => (c.Id, c.Votes)).ToList(), workshop.RateTop).Select(id => (id, wording[id])).ToList();
    }

    public static async Task<AssumptionData> LoadAsync(PoetDb db, Data.Entities.Workshop workshop)
    {
        var shortlist = await ShortlistAsync(db, workshop);
        var ratings = await (from r in db.WorkshopRatings
                             join p in db.WorkshopParticipants on r.ParticipantId equals p.Id
                             where r.WorkshopId == workshop.Id
                             select new { r.ParticipantId, r.CandidateId, p.GroupNumber, r.Importance, r.Certainty }).ToListAsync();
        var participants = await db.WorkshopParticipants.CountAsync(p => p.WorkshopId == workshop.Id);
        var raters = ratings.GroupBy(r => r.GroupNumber).ToDictionary(g => g.Key, g => g.Select(r => r.ParticipantId).Distinct().Count());
        var rated = AssumptionRatings.Summarise(shortlist.Select(s => s.Id).ToList(),
            ratings.Select(r => new AssumptionRating(r.CandidateId, r.GroupNumber, r.Importance, r.Certainty)).ToList(), raters);
        return new AssumptionData(participants, raters.Values.Sum(),
            shortlist.Select((s, i) => new Row(i + 1, s.Id, s.Wording, rated[i])).ToList());
    }

    /// <summary>The round's latest workshop with any ratings, for the record; null when nobody rated.</summary>
    public static async Task<AssumptionData?> ForRecordAsync(PoetDb db, int rid)
    {
        var workshop = await db.Workshops.AsNoTracking().Where(w => w.RoundId == rid && db.WorkshopRatings.Any(r => r.WorkshopId == w.Id))
            .OrderByDescending(w => w.Id).FirstOrDefaultAsync();
        return workshop is null ? null : await LoadAsync(db, workshop);
    }
}

/// <summary>Model of _Assumptions: the data, the plot's SVG id, and whether it is for the projector (no table, large type).</summary>
public sealed record AssumptionView(AssumptionData Data, string Id, bool Projector);
