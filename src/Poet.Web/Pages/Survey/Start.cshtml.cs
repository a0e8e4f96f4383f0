using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

/// <summary>The page a personal link opens: explains the survey, or says why it cannot be answered now.</summary>
public class StartModel(PoetDb db, CompletionFlags flags, TimeProvider clock) : SurveyPageModel(db, flags, clock)
{
    /// <summary>A coordinator may close a round before its closing date.</summary>
    public bool ClosedEarly => Entry.Round is { } round && round.ClosesOn >= Today;

    public async Task<IActionResult> OnGetAsync(string token)
    {
        await EnterAsync(token);
        return Describe();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        await EnterAsync(token);
        if (Entry.State != EntryState.Open) return Describe();
        if (Entry.Response is null)
        {
            // No invitation id and no time: nothing in the row says whose it is or when it began.
            Db.Responses.Add(new Response { Id = Guid.NewGuid(), RoundId = Round.Id, AccessHash = AccessCodes.ResponseAccessHash(token), Mode = ResponseMode.Online });
            try
            {
                await Db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // A second tab or a double click may have created it first (unique AccessHash); then carry on with that one.
                var accessHash = AccessCodes.ResponseAccessHash(token);
                if (!await Db.Responses.AsNoTracking().AnyAsync(r => r.AccessHash == accessHash)) throw;
            }
            return Redirect(SurveyJourney.Path(BasePath, SurveyJourney.About));
        }
        return Redirect(SurveyJourney.Resume(BasePath, Entry.Response.LastSectionSaved));
    }

    private PageResult Describe()
    {
        Response.StatusCode = Entry.State switch
        {
            EntryState.Unknown => StatusCodes.Status404NotFound,
            EntryState.Closed => StatusCodes.Status410Gone,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }
}
