using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds.Instrument;

/// <summary>The round's own copy of the questions: the standard bank plus any local items.</summary>
public class IndexModel(PoetDb db, PartnershipAccess access) : PageModel
{
    public const int MaxLocalItems = 10;
    public const string Frozen = "This round has opened, so its questions are frozen: later rounds can then be compared with it like for like.";

    public SurveyRound Round { get; private set; } = null!;
    public IReadOnlyList<RoundItem> Items { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public ItemBank Bank { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        Items = await db.RoundItems.Where(i => i.RoundId == rid).OrderBy(i => i.Section).ThenBy(i => i.Order).ToListAsync();
        Bank = ItemBank.Versions.Contains(Round.InstrumentVersion) ? ItemBank.Load(Round.InstrumentVersion) : ItemBank.Current;
        CanEdit = Round.Status == RoundStatus.Draft && (await access.RolesInAsync(pid)).Contains(PartnershipRole.Coordinator);
        return Page();
    }
}
