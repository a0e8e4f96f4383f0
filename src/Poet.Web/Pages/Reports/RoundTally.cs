using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Ordinal;
using Poet.Analysis.Responses;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Reports;

/// <summary>One usable response as the export needs it; answers are in the round's item order, null = skipped.</summary>
public sealed record UsableResponse(ResponseMode Mode, int? PartnerId, int? ProfessionId, int?[] Answers);

/// <summary>Option counts for a set of usable responses: one row of counts per item, whatever the number of responses.</summary>
public sealed class GroupTally(int items)
{
    private readonly int[] _counts = new int[items * LikertScale.Staff.Size];
    public int Responses { get; private set; }

    public void Add(int?[] answers)
    {
        Responses++;
        for (var i = 0; i < answers.Length; i++)
            if (answers[i] is { } code) _counts[i * LikertScale.Staff.Size + code - 1]++;
    }

    public Distribution For(int item)
    {
        var row = _counts.AsSpan(item * LikertScale.Staff.Size, LikertScale.Staff.Size).ToArray();
        return new Distribution(row, Responses - row.Sum());
    }
}

/// <summary>
/// Reads a round's submitted responses once, in response order, keeps the usable ones
/// (<see cref="Usability"/>) and tallies them overall and by partner and profession.
/// Only a row of the current response is held at a time, so memory follows items, not responses × items.
/// </summary>
public sealed class RoundTally
{
    public int Submitted { get; private init; }
    public required GroupTally Overall { get; init; }
    public Dictionary<int, GroupTally> ByPartner { get; } = [];
    public Dictionary<int, GroupTally> ByProfession { get; } = [];
    public GroupTally PartnerUnstated { get; private init; } = null!;
    public GroupTally ProfessionUnstated { get; private init; } = null!;
    /// <summary>Comments of usable responses: (response, round item, text).</summary>
    public List<(Guid ResponseId, int RoundItemId, string Text)> Comments { get; } = [];
    public HashSet<Guid> UsableIds { get; } = [];
    public int Usable => Overall.Responses;

    public static async Task<RoundTally> LoadAsync(PoetDb db, int roundId, IReadOnlyList<int> itemIds, Action<UsableResponse>? onUsable = null, CancellationToken ct = default)
    {
        var responses = await db.Responses.AsNoTracking()
            .Where(r => r.RoundId == roundId && r.IsSubmitted)
            .Select(r => new { r.Id, r.Mode, r.PartnerOrganisationId, r.ProfessionalGroupId })
            .ToDictionaryAsync(r => r.Id, ct);
        var tally = new RoundTally
        {
            Submitted = responses.Count, Overall = new(itemIds.Count),
            PartnerUnstated = new(itemIds.Count), ProfessionUnstated = new(itemIds.Count),
        };
        var position = itemIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);

        var answers = db.Answers.AsNoTracking()
            .Where(a => db.Responses.Any(r => r.Id == a.ResponseId && r.RoundId == roundId && r.IsSubmitted))
            .OrderBy(a => a.ResponseId)
            .Select(a => new { a.ResponseId, a.RoundItemId, a.Value, a.Comment });
        Guid? current = null;
        var row = new int?[itemIds.Count];
        var comments = new List<(Guid, int, string)>();
        var seen = new HashSet<Guid>();
        void Flush(Guid id)
        {
            var r = responses[id];
            seen.Add(id);
            if (Usability.IsUsable(true, row, itemIds.Count))
            {
                tally.UsableIds.Add(id);
                tally.Overall.Add(row);
                (r.PartnerOrganisationId is { } p ? GetOrAdd(tally.ByPartner, p, itemIds.Count) : tally.PartnerUnstated).Add(row);
                (r.ProfessionalGroupId is { } g ? GetOrAdd(tally.ByProfession, g, itemIds.Count) : tally.ProfessionUnstated).Add(row);
                tally.Comments.AddRange(comments);
                onUsable?.Invoke(new UsableResponse(r.Mode, r.PartnerOrganisationId, r.ProfessionalGroupId, (int?[])row.Clone()));
            }
            Array.Clear(row);
            comments.Clear();
        }
        await foreach (var a in answers.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (current != a.ResponseId)
            {
                if (current is { } done) Flush(done);
                current = a.ResponseId;
            }
            if (!position.TryGetValue(a.RoundItemId, out var i)) continue;
            if (a.Value is >= 1 and <= 5) row[i] = a.Value;
            if (!string.IsNullOrWhiteSpace(a.Comment)) comments.Add((a.ResponseId, a.RoundItemId, a.Comment.Trim()));
        }
        if (current is { } last) Flush(last);
        foreach (var id in responses.Keys.Where(id => !seen.Contains(id))) Flush(id);
        return tally;
    }

    private static GroupTally GetOrAdd(Dictionary<int, GroupTally> groups, int key, int items) =>
        groups.TryGetValue(key, out var t) ? t : groups[key] = new GroupTally(items);
}
