using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Sorting;

/// <summary>The page the study link opens: explains the sort, or says why it cannot be done now.</summary>
public class StartModel(PoetDb db) : QSortPageModel(db)
{
    public const string ConsentRequired = "Select how your reasons may be used";

    public const string TeamOnlyLabel = "Only the research team may read my reasons and my role";
    public const string QuoteLabel = "The research team may read my reasons and my role, and may quote my reasons, without my role, in reports shared outside the team";

    [BindProperty] public QCommentConsent? Consent { get; set; }

    public async Task<IActionResult> OnGetAsync(string key)
    {
        await ResolveAsync(key);
        return Describe();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        await ResolveAsync(key);
        if (State != QEntryState.Open) return Describe();
        if (Sort is null)
        {
            if (Consent is not { } consent || !Enum.IsDefined(consent))
            {
                ModelState.AddModelError(nameof(Consent), ConsentRequired);
                return Describe();
            }
            // The token lives only in the participant's cookie (or sealed under a printed code); the row holds its hash.
            var token = Token ?? AccessCodes.NewToken();
            var sort = new QSort { Id = Guid.NewGuid(), StudyId = Study.Id, AccessHash = AccessCodes.ResponseAccessHash(token), CommentConsent = consent };
            sort.Placements.AddRange(Study.Statements.Select(s => new QPlacement { SortId = sort.Id, StatementId = s.Id }));
            Db.QSorts.Add(sort);
            try
            {
                await Db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // A second tab or a double click may have created it first (unique AccessHash); then carry on with that one.
                var hash = sort.AccessHash;
                if (!await Db.QSorts.AsNoTracking().AnyAsync(s => s.AccessHash == hash)) throw;
            }
            QSortJourney.SetToken(Response, Study.Id, token, Request.IsHttps);
            return Redirect(QSortJourney.Path(key, QSortJourney.About));
        }
        return Redirect(QSortJourney.Resume(key, Sort.LastStepSaved));
    }

    private PageResult Describe()
    {
        Response.StatusCode = State switch
        {
            QEntryState.Unknown => StatusCodes.Status404NotFound,
            QEntryState.Closed => StatusCodes.Status410Gone,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }
}
