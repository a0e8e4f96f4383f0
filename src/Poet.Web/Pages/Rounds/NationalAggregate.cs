using Microsoft.EntityFrameworkCore;
using Poet.Analysis.National;
using Poet.Analysis.Ordinal;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Pages.Reports;
using Poet.Web.Pages.UsersCarers;

namespace Poet.Web.Pages.Rounds;

/// <summary>
/// A closed round's contribution to the national dataset, pre-aggregated so that national views read small tables.
/// <see cref="RefreshAsync"/> is the one function every path that closes a round, or changes a closed round's data,
/// calls; it keeps the opt-in and the profile codes the coordinator confirmed.
/// </summary>
public static class NationalAggregate
{
    /// <summary>
    /// The ids of the round's bank items that correspond to a standard item (<see cref="ItemBank.StandardItemFor"/>); empty
    /// when the version has no bank. Setting-specific items of a variant bank are never pooled.
    /// </summary>
    public static IReadOnlySet<string> StandardIds(string instrumentVersion) =>
        ItemBank.Versions.Contains(instrumentVersion)
            ? ItemBank.Load(instrumentVersion).Items.Where(i => ItemBank.StandardItemFor(i.Id) is not null).Select(i => i.Id).ToHashSet()
            : new HashSet<string>();

    /// <summary>
    /// The version a round is pooled under: a variant bank's rounds pool their matching items with the bank it changes,
    /// so the national dataset compares like with like where items match.
    /// </summary>
    public static string PooledVersion(string instrumentVersion) =>
        ItemBank.Versions.Contains(instrumentVersion) ? ItemBank.Load(instrumentVersion).Base ?? instrumentVersion : instrumentVersion;

    /// <summary>The bank wording of a standard item, or its id when the bank does not know it.</summary>
    public static string BankText(string instrumentVersion, string itemId) =>
        ItemBank.Versions.Contains(instrumentVersion) && ItemBank.Load(instrumentVersion).Items.FirstOrDefault(i => i.Id == itemId) is { } item ? item.Text : itemId;

    public static async Task<RoundAggregate> BuildAsync(PoetDb db, int rid, CancellationToken ct = default)
    {
        var round = await db.Rounds.AsNoTracking().Where(r => r.Id == rid).Select(r => new { r.PartnershipId, r.InstrumentVersion }).SingleAsync(ct);
        var items = await HealthReport.ItemsAsync(db, rid, ct);
        var local = await db.RoundItems.AsNoTracking().Where(i => i.RoundId == rid && i.IsLocal).Select(i => i.Id).ToListAsync(ct);
        var standard = StandardIds(round.InstrumentVersion);
        var tally = await RoundTally.LoadAsync(db, rid, items.Select(i => i.Id).ToArray(), ct: ct);
        var invited = await db.Invitations.CountAsync(i => i.RoundId == rid, ct);
        var counts = items.Select((it, i) => new RoundItemCounts(it.ItemId, it.Section, !local.Contains(it.Id) && standard.Contains(it.ItemId), tally.Overall.For(i))).ToArray();

        var outcomes = await AgreedOutcomesAsync(db, round.PartnershipId, rid, ct);
        IReadOnlyList<PhaseTwoOutcome>? phaseTwo = null;
        int? returns = null;
        if (await db.UcQuestionnaires.AnyAsync(q => q.PartnershipId == round.PartnershipId && q.Status == UcStatus.Closed, ct)
            && await UcReport.LoadAsync(db, round.PartnershipId, ct) is { } uc)
        {
            phaseTwo = uc.Analysis.Outcomes.Select(o => new PhaseTwoOutcome(o.Outcome, o.Importance, o.Happens)).ToArray();
            returns = uc.Analysis.Respondents;
        }
        return RoundAggregation.Aggregate(Math.Max(invited, tally.Submitted), tally.Usable, counts, outcomes, phaseTwo, returns);
    }

    /// <summary>Rebuilds the stored counts of a closed round (does nothing for a round that is not closed) and saves.</summary>
    public static async Task RefreshAsync(PoetDb db, int rid, CancellationToken ct = default)
    {
        var round = await db.Rounds.AsNoTracking().Where(r => r.Id == rid).Select(r => new { r.PartnershipId, r.InstrumentVersion, r.ClosesOn, r.Status }).SingleAsync(ct);
        if (round.Status != RoundStatus.Closed) return;
        var aggregate = await BuildAsync(db, rid, ct);
        // Delete and re-insert as one change: a national view never sees a round with half its items.
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var stored = await db.NationalRounds.SingleOrDefaultAsync(n => n.RoundId == rid, ct);
        if (stored is null) db.NationalRounds.Add(stored = new NationalRound { RoundId = rid, PartnershipId = round.PartnershipId });
        else
        {
            await db.NationalItems.Where(i => i.RoundId == rid).ExecuteDeleteAsync(ct);
            await db.NationalOutcomes.Where(o => o.RoundId == rid).ExecuteDeleteAsync(ct);
        }
        stored.InstrumentVersion = PooledVersion(round.InstrumentVersion);
        stored.Year = round.ClosesOn.Year;
        stored.Invited = aggregate.Invited;
        stored.Usable = aggregate.Usable;
        stored.UcReturns = aggregate.UcReturns;
        stored.AggregatedUtc = db.UtcNow;
        db.NationalItems.AddRange(aggregate.Items.Select(i => new NationalItem
        {
            RoundId = rid, ItemId = i.ItemId, Section = i.Section,
            C1 = i.Counts[0], C2 = i.Counts[1], C3 = i.Counts[2], C4 = i.Counts[3], C5 = i.Counts[4], Unanswered = i.Unanswered,
        }));
        db.NationalOutcomes.AddRange(aggregate.Outcomes.Select(o => new NationalOutcome
        {
            RoundId = rid, Order = o.Order, Wording = o.Wording, Focus = o.Focus, Type = o.Type, FrameworkHeading = o.FrameworkHeading,
            HasPhaseTwo = o.Importance is not null,
            I1 = At(o.Importance, 0), I2 = At(o.Importance, 1), I3 = At(o.Importance, 2), I4 = At(o.Importance, 3),
            H1 = At(o.Happens, 0), H2 = At(o.Happens, 1), H3 = At(o.Happens, 2), H4 = At(o.Happens, 3), H5 = At(o.Happens, 4),
        }));
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    /// <summary>Refreshes every closed round of a partnership; for changes that reach all of them (phase two closing).</summary>
    public static async Task RefreshPartnershipAsync(PoetDb db, int pid, CancellationToken ct = default)
    {
        foreach (var rid in await db.Rounds.Where(r => r.PartnershipId == pid && r.Status == RoundStatus.Closed).Select(r => r.Id).ToListAsync(ct))
            await RefreshAsync(db, rid, ct);
    }

    private static int At(IReadOnlyList<int>? counts, int i) => counts is not null && i < counts.Count ? counts[i] : 0;

    /// <summary>The latest agreed list's uncontested outcomes (a contested one is not yet agreed) with their sources' classifications.</summary>
    private static async Task<IReadOnlyList<AgreedOutcomeInput>> AgreedOutcomesAsync(PoetDb db, int pid, int rid, CancellationToken ct)
    {
        var list = await db.AgreedLists.AsNoTracking().Include(l => l.Items).ThenInclude(i => i.Sources)
            .Where(l => l.RoundId == rid && l.PartnershipId == pid).OrderByDescending(l => l.Version).FirstOrDefaultAsync(ct);
        if (list is null) return [];
        var classes = await db.StatementClassifications.AsNoTracking().Where(c => c.RoundId == rid)
            .ToDictionaryAsync(c => c.StatementId, c => new SourceClass(c.Focus, c.Type, c.FrameworkHeading), ct);
        return list.Items.Where(i => !i.IsContested).Select(i => new AgreedOutcomeInput(i.Order, i.Wording,
            i.Sources.Where(s => classes.ContainsKey(s.StatementId)).Select(s => classes[s.StatementId]).ToArray(),
            i.NationalType is null && i.NationalHeading is null ? null : new SourceClass(null, i.NationalType, i.NationalHeading))).ToArray();
    }
}
