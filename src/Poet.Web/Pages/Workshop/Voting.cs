using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Workshop;

/// <summary>
/// Casting and taking back dots. The database is the referee: each dot takes the lowest free slot 1..allowance
/// ((participant, slot) unique) and the lowest free outcome slot 1..2 ((participant, outcome, outcome slot) unique).
/// Two racing requests that pick the same slot cannot both be saved; the loser re-reads and tries the next slot,
/// so no vote is lost and the allowance is never exceeded. Within one POET process a participant's dots also go one at a
/// time: a burst from one phone would otherwise race itself into a retry per dot, each a failed INSERT that PostgreSQL logs.
/// </summary>
public static class Voting
{
    public enum Result { Cast, Removed, NoneLeft, OutcomeFull, NothingToRemove, Busy }

    private const int Attempts = 40;

    private static readonly SemaphoreSlim[] OneAtATime = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public static async Task<Result> CastAsync(PoetDb db, Data.Entities.Workshop workshop, int participantId, int candidateId)
    {
        var gate = OneAtATime[(uint)participantId % OneAtATime.Length];
        await gate.WaitAsync();
        try
        {
            return await CastInTurnAsync(db, workshop, participantId, candidateId);
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<Result> CastInTurnAsync(PoetDb db, Data.Entities.Workshop workshop, int participantId, int candidateId)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var mine = await db.WorkshopVotes.AsNoTracking().Where(v => v.ParticipantId == participantId)
                .Select(v => new { v.Slot, v.CandidateId, v.OutcomeSlot }).ToListAsync();
            if (mine.Count >= workshop.VotesPerParticipant) return Result.NoneLeft;
            var onThis = mine.Where(v => v.CandidateId == candidateId).Select(v => v.OutcomeSlot).ToHashSet();
            if (onThis.Count >= WorkshopRules.MaxVotesPerOutcome) return Result.OutcomeFull;
            var used = mine.Select(v => v.Slot).ToHashSet();
            var vote = new WorkshopVote
            {
                WorkshopId = workshop.Id, ParticipantId = participantId, CandidateId = candidateId,
                Slot = Enumerable.Range(1, workshop.VotesPerParticipant).First(s => !used.Contains(s)),
                OutcomeSlot = Enumerable.Range(1, WorkshopRules.MaxVotesPerOutcome).First(s => !onThis.Contains(s)),
            };
            db.WorkshopVotes.Add(vote);
            try
            {
                await db.SaveChangesAsync();
                return Result.Cast;
            }
            catch (DbUpdateException)
            {   // Another request of the same participant took the slot first: look again.
                db.Entry(vote).State = EntityState.Detached;
                await Task.Delay(Random.Shared.Next(5, 25 + attempt * 5));
            }
        }
        return Result.Busy;
    }

    public static async Task<Result> RemoveAsync(PoetDb db, int participantId, int candidateId)
    {
        var id = await db.WorkshopVotes.Where(v => v.ParticipantId == participantId && v.CandidateId == candidateId)
            .OrderByDescending(v => v.OutcomeSlot).Select(v => (int?)v.Id).FirstOrDefaultAsync();
        if (id is null) return Result.NothingToRemove;
        await db.WorkshopVotes.Where(v => v.Id == id).ExecuteDeleteAsync();
        return Result.Removed;
    }
}
