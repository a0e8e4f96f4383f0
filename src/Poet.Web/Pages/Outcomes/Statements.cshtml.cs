using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Outcomes;

/// <summary>Every statement of the round, survey and hand-added, with how each is classified.</summary>
[Authorize]
public class StatementsModel(PoetDb db) : RoundPage
{
    public List<StatementRow> Statements { get; private set; } = [];
    public Dictionary<Guid, StatementClassification> Classifications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int rid)
    {
        Statements = await RoundStatements.LoadAsync(db, rid);
        Classifications = await db.StatementClassifications.Where(c => c.RoundId == rid).ToDictionaryAsync(c => c.StatementId);
        return Page();
    }
}
