using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

/// <summary>The page a personal link opens: explains the survey, or says why it cannot be answered now.</summary>
public class StartModel(PoetDb db, SealedAnswers sealer, TimeProvider clock, IMemoryCache cache) : SurveyPageModel(db, sealer, clock)
{
    /// <summary>A coordinator may close a round before its closing date.</summary>
    public bool ClosedEarly => Entry.Round is { } round && round.ClosesOn >= Today;

    /// <summary>The same figure as the email and the printed letter (SurveyWording.MinutesNeeded).</summary>
    public int Minutes { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        await EnterAsync(token);
        if (Entry.Round is { } round) Minutes = await Poet.Data.Documents.SurveyWording.MinutesNeededAsync(Db, round.Id);
        return Describe();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        await EnterAsync(token);
        if (Entry.State != EntryState.Open) return Describe();
        if (Entry.Response is null)
        {
            // No invitation id and no time: only the token and the server secret find and open the draft.
            var lookup = Sealer.DraftLookup(token);
            Db.SurveyDrafts.Add(new SurveyDraft { Lookup = lookup, RoundId = Round.Id, Sealed = Sealer.SealDraft(token, new Response { RoundId = Round.Id }) });
            try
            {
                await Db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // A second tab or a double click may have created it first (same lookup); then carry on with that one.
                if (!await Db.SurveyDrafts.AsNoTracking().AnyAsync(d => d.Lookup == lookup)) throw;
            }
            return Redirect(SurveyJourney.Path(BasePath, SurveyJourney.About));
        }
        return Redirect(await ResumePathAsync(cache));
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
