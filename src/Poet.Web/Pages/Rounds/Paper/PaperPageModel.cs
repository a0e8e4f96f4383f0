using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Pages.Survey;

namespace Poet.Web.Pages.Rounds.Paper;

/// <summary>
/// Base for the pages that key in one paper questionnaire. They reuse the survey's section forms and partials;
/// the response is found by id within the round and partnership, and only while it is an unfinished paper return.
/// </summary>
public abstract class PaperPageModel(PoetDb db) : PageModel
{
    protected PoetDb Db => db;
    public SurveyRound Round { get; private set; } = null!;
    public Response PaperResponse { get; private set; } = null!;
    public string BasePath { get; private set; } = "";
    public string IndexPath { get; private set; } = "";

    protected async Task<IActionResult?> LoadAsync(int pid, int rid, Guid responseId)
    {
        IndexPath = SurveyLinks.PaperIndex(pid, rid);
        var round = await db.Rounds.Include(r => r.Partnership).SingleOrDefaultAsync(r => r.Id == rid && r.PartnershipId == pid);
        var response = await db.Responses.Include(r => r.Answers).Include(r => r.Outcomes).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == responseId && r.RoundId == rid && r.Mode == ResponseMode.Paper);
        if (round is null || response is null) return NotFound();
        // A completed questionnaire is final, as an online one is.
        if (response.IsSubmitted || !PaperIndexModel.CanKeyIn(round)) return Redirect(IndexPath);
        Round = round;
        PaperResponse = response;
        BasePath = SurveyLinks.Paper(pid, rid, responseId);
        return null;
    }
}
