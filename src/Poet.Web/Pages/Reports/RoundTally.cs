using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Disclosure;
using Poet.Analysis.Ordinal;
using Poet.Analysis.Responses;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Reports;

/// <summary>
/// One usable response as the export needs it; answers are in the round's item order, null = skipped. Partner and
/// profession as in <see cref="RoundTally.Respondents"/>.
/// </summary>
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
/// Reads a round's submitted responses once, keeps the usable ones (<see cref="Usability"/>) and tallies them
/// overall and by partner and profession. Only a row of the current response is held at a time (plus the comments),
/// so memory follows items, not responses × items.
/// </summary>
public sealed class RoundTally
{
    public int Submitted { get; private init; }
    public required GroupTally Overall { get; init; }
    public Dictionary<int, GroupTally> ByPartner { get; } = [];
    public Dictionary<int, GroupTally> ByProfession { get; } = [];
    /// <summary>Comments of usable responses: (response, round item, text).</summary>
    public List<(Guid ResponseId, int RoundItemId, string Text)> Comments { get; } = [];
    public HashSet<Guid> UsableIds { get; } = [];
    /// <summary>
    /// Every submitted response's partner, profession, mode and whether it is usable: what the round's release is built
    /// from. A partner or profession is the chosen id, <see cref="ReleaseRespondent.Other"/> for "Unsure or other" /
    /// "None or other", or null when the question was skipped (<see cref="Answer"/>).
    /// </summary>
    public List<(int? PartnerId, int? ProfessionId, ResponseMode Mode, bool Usable)> Respondents { get; } = [];
    public int Usable => Overall.Responses;

    public static async Task<RoundTally> LoadAsync(PoetDb db, int roundId, IReadOnlyList<int> itemIds, Action<UsableResponse>? onUsable = null, CancellationToken ct = default)
    {
        var responses = await db.Responses.AsNoTracking()
            .Where(r => r.RoundId == roundId && r.IsSubmitted)
            .Select(r => new { r.Id, r.Mode, r.PartnerOrganisationId, r.PartnerOther, r.ProfessionalGroupId, r.ProfessionOther })
            .ToDictionaryAsync(r => r.Id, r => (r.Mode, Partner: Answer(r.PartnerOrganisationId, r.PartnerOther), Profession: Answer(r.ProfessionalGroupId, r.ProfessionOther)), ct);
        var tally = new RoundTally
        {
            Submitted = responses.Count, Overall = new(itemIds.Count),
        };
        var position = itemIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);

        // One row per response, its valid answers packed into one string by the database (group_concat / string_agg):
        // reading 600,000 answer rows one by one through EF cost seconds; 10,000 packed rows cost little.
        var packed = from r in db.Responses.AsNoTracking()
                     where r.RoundId == roundId && r.IsSubmitted
                     join a in db.Answers.AsNoTracking() on r.Id equals a.ResponseId
                     where a.Value >= 1 && a.Value <= 5
                     group a by r.Id into g
                     select new { ResponseId = g.Key, Codes = string.Join(",", g.Select(a => (a.RoundItemId * PackBase + a.Value!.Value).ToString())) };
        var commentsOf = (await db.Answers.AsNoTracking()
                .Where(a => a.Comment != null && a.Comment != "" && db.Responses.Any(r => r.Id == a.ResponseId && r.RoundId == roundId && r.IsSubmitted))
                .Select(a => new { a.ResponseId, a.RoundItemId, a.Comment }).ToListAsync(ct))
            .Where(c => position.ContainsKey(c.RoundItemId) && !string.IsNullOrWhiteSpace(c.Comment))
            .ToLookup(c => c.ResponseId, c => (c.ResponseId, c.RoundItemId, c.Comment!.Trim()));
        var row = new int?[itemIds.Count];
        var seen = new HashSet<Guid>();
        void Flush(Guid id)
        {
            var r = responses[id];
            seen.Add(id);
            var usable = Usability.IsUsable(true, row, itemIds.Count);
            tally.Respondents.Add((r.Partner, r.Profession, r.Mode, usable));
            if (usable)
            {
                tally.UsableIds.Add(id);
                tally.Overall.Add(row);
                if (r.Partner is int p and >= 0) GetOrAdd(tally.ByPartner, p, itemIds.Count).Add(row);
                if (r.Profession is int g and >= 0) GetOrAdd(tally.ByProfession, g, itemIds.Count).Add(row);
                tally.Comments.AddRange(commentsOf[id]);
                onUsable?.Invoke(new UsableResponse(r.Mode, r.Partner, r.Profession, (int?[])row.Clone()));
            }
            Array.Clear(row);
        }
        await foreach (var response in packed.AsAsyncEnumerable().WithCancellation(ct))
        {
            // Parsed in place: splitting would allocate a string per answer, which is what the packing avoids.
            var codes = response.Codes.AsSpan();
            var code = 0;
            for (var k = 0; k <= codes.Length; k++)
            {
                if (k < codes.Length && codes[k] != ',') { code = code * 10 + codes[k] - '0'; continue; }
                if (position.TryGetValue(code / PackBase, out var i)) row[i] = code % PackBase;
                code = 0;
            }
            Flush(response.ResponseId);
        }
        foreach (var id in responses.Keys.Where(id => !seen.Contains(id))) Flush(id);
        return tally;
    }

    /// <summary>A stored "about you" answer as the release counts it: the id, <see cref="ReleaseRespondent.Other"/> when the respondent chose "other", null when skipped.</summary>
    public static int? Answer(int? id, bool other) => id ?? (other ? ReleaseRespondent.Other : null);

    /// <summary>An answer travels packed as item id × PackBase + code; codes 1..5 stay below it.</summary>
    private const int PackBase = 8;

    private static GroupTally GetOrAdd(Dictionary<int, GroupTally> groups, int key, int items) =>
        groups.TryGetValue(key, out var t) ? t : groups[key] = new GroupTally(items);
}
