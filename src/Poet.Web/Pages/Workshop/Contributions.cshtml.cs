using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Web.Pages.Outcomes;

namespace Poet.Web.Pages.Workshop;

/// <summary>The facilitator's wall: every comment and better wording per outcome, and the proposed missing outcomes to decide on.</summary>
[Authorize]
public class ContributionsModel(PoetDb db) : RoundPage
{
    public WorkshopRecord Record { get; private set; } = null!;
    public List<(int Id, string Wording)> Candidates { get; private set; } = [];
    public bool HasWorkshop { get; private set; }
    /// <summary>The importance × certainty ratings of the round's latest workshop that has any; null when nobody rated.</summary>
    public AssumptionData? Assumptions { get; private set; }

    public async Task OnGetAsync(int rid)
    {
        HasWorkshop = await db.Workshops.AnyAsync(w => w.RoundId == rid);
        Record = await WorkshopRecord.LoadAsync(db, rid);
        Candidates = (await db.CandidateOutcomes.Where(c => c.RoundId == rid).OrderBy(c => c.Order).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Wording }).ToListAsync()).Select(c => (c.Id, c.Wording)).ToList();
        Assumptions = await AssumptionData.ForRecordAsync(db, rid);
    }
}
