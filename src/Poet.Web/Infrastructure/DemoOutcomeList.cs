using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Infrastructure;

/// <summary>
/// The demo round's finalised list: the RISS/SISS outcomes agreed after the workshop (brief §5, Box 5.2), each traced
/// to the demo staff statements it plausibly grew from, plus three statements added by hand where no staff statement fits.
/// </summary>
public static class DemoOutcomeList
{
    /// <summary>Box 5.2 as printed, in its order.</summary>
    public static readonly string[] AgreedOutcomes =
    [
        "Being treated with kindness and care",
        "Easy access by telephone",
        "A welcoming building",
        "Services responding quickly",
        "Information passed to other services only with our agreement",
        "Telling our story once, not repeating it",
        "Knowing how to get help from other services",
        "Being asked about changes in services",
        "Having the support we will get written down for us",
        "Being offered home visits",
        "Having one professional to co-ordinate our support",
    ];

    /// <summary>For each agreed outcome (by index), the indexes of demo staff statements it came from.</summary>
    private static readonly int[][] SurveySources =
    [
        [], [], [11, 14, 19], [2, 18], [3], [4, 8, 9], [5, 6, 10], [1, 7], [12], [], [0],
    ];

    private static readonly (int Outcome, StatementSource Source, string Detail, string Text, string Rationale)[] HandSources =
    [
        (0, StatementSource.Workshop, "Feedback workshop, small group 2", "Families are treated with kindness and care by every team", "Parents said how staff treat them matters as much as what they get."),
        (1, StatementSource.Workshop, "Feedback workshop, small group 4", "Families can get through to us easily on the phone", "The switchboard is often engaged and calls are not returned."),
        (9, StatementSource.Interview, "Interview with the service manager", "Offer home visits to families who find it hard to travel", "Some families have no car and the building is far from bus routes."),
    ];

    public static async Task SeedAsync(PoetDb db, int partnershipId, IReadOnlyList<string> demoStatements)
    {
        var round = await db.Rounds.SingleAsync(r => r.PartnershipId == partnershipId);
        var staff = await (from o in db.OutcomeStatements join r in db.Responses on o.ResponseId equals r.Id
                           where r.RoundId == round.Id select new { o.Id, o.Outcome }).ToListAsync();
        var hand = HandSources.Select(h => (h.Outcome, Statement: new HandStatement
        {
            Id = Guid.NewGuid(), RoundId = round.Id, Source = h.Source, SourceDetail = h.Detail, Outcome = h.Text, Rationale = h.Rationale,
            AddedBy = "Femi Facilitator", AddedUtc = WorkshopHeldUtc,
        })).ToList();
        db.HandStatements.AddRange(hand.Select(h => h.Statement));

        var list = new AgreedList
        {
            PartnershipId = partnershipId, RoundId = round.Id, Version = 1, CreatedBy = DemoData.FacilitatorEmail, CreatedUtc = WorkshopHeldUtc.AddHours(2),
            Reason = "Agreed at the feedback workshop",
        };
        for (var i = 0; i < AgreedOutcomes.Length; i++)
        {
            var candidate = new CandidateOutcome { RoundId = round.Id, Wording = AgreedOutcomes[i], Order = i + 1 };
            var ids = SurveySources[i].Select(s => staff.First(st => st.Outcome == demoStatements[s]).Id)
                .Concat(hand.Where(h => h.Outcome == i).Select(h => h.Statement.Id)).ToList();
            candidate.Statements.AddRange(ids.Select(id => new CandidateStatement { RoundId = round.Id, StatementId = id }));
            db.CandidateOutcomes.Add(candidate);
            var agreed = new AgreedOutcome { Order = i + 1, Wording = AgreedOutcomes[i] };
            agreed.Sources.AddRange(ids.Select(id => new AgreedOutcomeSource { StatementId = id }));
            list.Items.Add(agreed);
        }
        await db.SaveChangesAsync();
        // Link each agreed outcome to its candidate now that the candidates have ids.
        var candidates = await db.CandidateOutcomes.Where(c => c.RoundId == round.Id).ToDictionaryAsync(c => c.Order, c => c.Id);
        foreach (var item in list.Items) item.CandidateId = candidates[item.Order];
        db.AgreedLists.Add(list);
        await SeedWorkshopAsync(db, round.Id, candidates);
        await db.SaveChangesAsync();
    }

    /// <summary>The feedback workshop, three weeks after the round closed on 27 October 2006.</summary>
    public static readonly DateTime WorkshopHeldUtc = new(2006, 11, 16, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>Who came to the workshop and how many votes they had each: 27 × 3 = the 81 votes <see cref="DemoPhaseTwo.StaffVotes"/> records.</summary>
    public const int WorkshopParticipants = 27, VotesEach = 3;

    /// <summary>
    /// A closed workshop whose votes are the staff priorities phase two compares with families' (DemoPhaseTwo.StaffVotes,
    /// candidate by candidate), so the demo tells one story: the list was agreed by these votes.
    /// </summary>
    private static async Task SeedWorkshopAsync(PoetDb db, int roundId, IReadOnlyDictionary<int, int> candidateIdByOrder)
    {
        var workshop = new Workshop
        {
            RoundId = roundId, JoinCode = Convert.ToHexString(RandomNumberGenerator.GetBytes(4)), Stage = WorkshopStage.Results,
            VotesPerParticipant = VotesEach, GroupCount = 3, OpenedBy = DemoData.FacilitatorEmail, OpenedUtc = WorkshopHeldUtc,
            ClosedUtc = WorkshopHeldUtc.AddHours(2), ResultsRevealed = true,
        };
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        var participants = Enumerable.Range(0, WorkshopParticipants).Select(p => new WorkshopParticipant
        {
            WorkshopId = workshop.Id, KeyHash = RandomNumberGenerator.GetBytes(32), RejoinHash = RandomNumberGenerator.GetBytes(32),
            GroupNumber = p % 3 + 1, JoinedUtc = WorkshopHeldUtc.AddMinutes(p % 10),
        }).ToList();
        db.WorkshopParticipants.AddRange(participants);
        await db.SaveChangesAsync();
        // Dealt in turn, so a candidate's votes (at most 14) fall to different people and each person's 3 to different outcomes.
        var ballot = DemoPhaseTwo.StaffVotes.SelectMany((votes, i) => Enumerable.Repeat(candidateIdByOrder[i + 1], votes)).ToList();
        db.WorkshopVotes.AddRange(ballot.Select((candidateId, k) => new WorkshopVote
        {
            WorkshopId = workshop.Id, ParticipantId = participants[k % WorkshopParticipants].Id, CandidateId = candidateId,
            Slot = k / WorkshopParticipants + 1, OutcomeSlot = 1,
        }));
    }
}
