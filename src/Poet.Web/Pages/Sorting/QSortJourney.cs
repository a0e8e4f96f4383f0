using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.QMethod;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Pages.QStudies;

namespace Poet.Web.Pages.Sorting;

/// <summary>
/// The participant's way through a Q study under /q/{key}: the questions about them, then the four steps of brief
/// issue 7 (three piles, the grid, why for the extremes, review and submit). <c>QSort.LastStepSaved</c> holds the
/// last page saved, so a returning participant carries on after it.
/// </summary>
public static class QSortJourney
{
    public const int About = 1, Piles = 2, Grid = 3, Why = 4, Check = 5;
    public const int StepCount = 4;

    public static string Path(string key, int page) => QStudyLinks.Start(key) + page switch
    {
        About => "/about",
        Piles => "/piles",
        Grid => "/grid",
        Why => "/why",
        _ => "/check",
    };

    public static string Done(string key) => QStudyLinks.Start(key) + "/done";

    public static string Resume(string key, int lastSaved) => Path(key, Math.Clamp(lastSaved + 1, About, Check));

    /// <summary>"Step n of 4" for the four steps; the questions about the participant come before step 1.</summary>
    public static string? StepLabel(int page) => page >= Piles ? $"Step {page - 1} of {StepCount}" : null;

    /// <summary>The cookie that holds a participant's random token for one study. Only its hash is stored.</summary>
    public static string CookieName(int studyId) => $"poet-q-{studyId}";

    public static void SetToken(HttpResponse response, int studyId, string token, bool secure) =>
        response.Cookies.Append(CookieName(studyId), token, new CookieOptions
        {
            HttpOnly = true,
            Secure = secure,
            SameSite = SameSiteMode.Lax,
            Path = "/q",
            // Long enough to come back to an unfinished sort on the same device; the printed code works on any device.
            MaxAge = TimeSpan.FromDays(90),
            IsEssential = true,
        });
}

public enum QEntryState { Unknown, NotOpen, Closed, Submitted, Open }

/// <summary>Base for the participant's pages after the start page: anything but an open, started sort goes back to the start page, which says why.</summary>
public abstract class QSortPageModel(PoetDb db) : PageModel
{
    // A real token is 24 characters; anything much longer is not worth hashing.
    private const int MaxTokenLength = 128;

    protected PoetDb Db => db;
    public QStudy Study { get; private set; } = new();
    public QSort? Sort { get; private set; }
    public QEntryState State { get; private set; }
    public Grid Grid { get; private set; } = Analysis.QMethod.Grid.FromLowest(0, [1]);
    public string Key { get; private set; } = "";
    protected DateOnly Today => DateOnly.FromDateTime(db.UtcNow);

    /// <summary>Statements in Q-set order with this participant's placement of each.</summary>
    public IReadOnlyList<(QStatement Statement, QPlacement Placement)> Items { get; private set; } = [];

    protected async Task ResolveAsync(string key)
    {
        Key = key;
        var study = key.Length > 64 ? null : await db.QStudies.Include(s => s.Statements.OrderBy(x => x.Number)).Include(s => s.Questions.OrderBy(q => q.Number)).AsSplitQuery().SingleOrDefaultAsync(s => s.PublicKey == key);
        if (study is null)
        {
            State = QEntryState.Unknown;
            return;
        }
        Study = study;
        Grid = QStudyRules.GridOf(study);
        if (Token is { } token)
        {
            var hash = AccessCodes.ResponseAccessHash(token);
            Sort = await db.QSorts.Include(s => s.Placements).Include(s => s.Answers).AsSplitQuery().SingleOrDefaultAsync(s => s.AccessHash == hash && s.StudyId == study.Id);
        }
        State = Sort is { IsSubmitted: true } ? QEntryState.Submitted
            : study.Status == QStudyStatus.Draft ? QEntryState.NotOpen
            : study.Status == QStudyStatus.Closed ? QEntryState.Closed
            : QEntryState.Open;
        if (Sort is not null)
        {
            var byStatement = Sort.Placements.ToDictionary(p => p.StatementId);
            Items = study.Statements.Select(s => (s, byStatement.TryGetValue(s.Id, out var p) ? p : Add(s))).ToArray();
        }
    }

    private QPlacement Add(QStatement statement)
    {
        var placement = new QPlacement { SortId = Sort!.Id, StatementId = statement.Id };
        Sort.Placements.Add(placement);
        return placement;
    }

    protected string? Token =>
        Request.Cookies.TryGetValue(QSortJourney.CookieName(Study.Id), out var t) && t.Length is > 0 and <= MaxTokenLength ? t : null;

    /// <summary>Null when the participant may use <paramref name="page"/>; otherwise where to send them.</summary>
    protected async Task<IActionResult?> EnterAsync(string key, int page)
    {
        await ResolveAsync(key);
        if (State != QEntryState.Open || Sort is null) return Redirect(QStudyLinks.Start(key));
        if (Sort.LastStepSaved < page - 1) return Redirect(QSortJourney.Resume(key, Sort.LastStepSaved));
        return null;
    }

    /// <summary>Records that a page was saved; going back and saving an earlier page keeps the later progress.</summary>
    protected void Saved(int page) => Sort!.LastStepSaved = Math.Max(Sort.LastStepSaved, page);
}
