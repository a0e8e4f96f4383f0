using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Uc;

public enum UcEntryState { Unknown, Closed, Submitted, NotStarted, Open }

/// <summary>
/// Base for the anonymous questionnaire pages. A visitor's response is found by a random token held in a cookie on
/// their device (or derived from their printed code); the response keeps only a hash of it, so no id links a return
/// to a person, a form or a code. Anything but an open, started response goes back to the start page, which says why.
/// </summary>
public abstract class UcPageModel(PoetDb db, TimeProvider clock) : PageModel
{
    private static readonly TimeSpan CookieLife = TimeSpan.FromDays(90);

    protected PoetDb Db => db;
    protected DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public UcEntryState State { get; private set; } = UcEntryState.Unknown;
    public UcQuestionnaire Questionnaire { get; private set; } = null!;
    public UcResponse Answering { get; private set; } = null!;
    public UcJourney Journey { get; private set; } = null!;
    public List<UcItem> Outcomes { get; private set; } = [];
    public List<UcItem> Services { get; private set; } = [];
    public List<UcItem> Barriers { get; private set; } = [];
    public List<UcItem> Statements { get; private set; } = [];
    public bool EasyRead => EasyReadModel.IsOn(Request);

    public static string CookieName(int questionnaireId) => $"poet-uc-{questionnaireId}";

    /// <summary>Finds the questionnaire and the visitor's response; returns a redirect to the start page unless it is open and started.</summary>
    protected async Task<IActionResult?> EnterAsync(string key)
    {
        var q = key.Length <= 64 ? await db.UcQuestionnaires.Include(x => x.Items).SingleOrDefaultAsync(x => x.LinkKey == key) : null;
        if (q is null || q.Status == UcStatus.Draft) return NotFound();
        Questionnaire = q;
        Outcomes = Of(UcItemKind.Outcome);
        Services = Of(UcItemKind.Service);
        Barriers = Of(UcItemKind.Barrier);
        Statements = Of(UcItemKind.Statement);
        Journey = new UcJourney(key, Outcomes.Count, Statements.Count, EasyRead);
        var token = Request.Cookies[CookieName(q.Id)];
        var hash = token is { Length: > 0 and <= 128 } ? AccessCodes.ResponseAccessHash(token) : null;
        var response = hash is null ? null : await db.UcResponses.Include(r => r.Answers).SingleOrDefaultAsync(r => r.AccessHash == hash);
        if (response is not null) Answering = response;
        State = response is { IsSubmitted: true } ? UcEntryState.Submitted
            : q.Status == UcStatus.Closed ? UcEntryState.Closed
            : response is null ? UcEntryState.NotStarted
            : UcEntryState.Open;
        return State == UcEntryState.Open ? null : Redirect(Journey.Start);
    }

    /// <summary>Gives this device a new random token and starts a response for it.</summary>
    protected async Task StartAsync(UcMethod method, string? token = null)
    {
        token ??= AccessCodes.NewToken();
        var hash = AccessCodes.ResponseAccessHash(token);
        if (!await db.UcResponses.AnyAsync(r => r.AccessHash == hash))
        {
            db.UcResponses.Add(new UcResponse { Id = Guid.NewGuid(), QuestionnaireId = Questionnaire.Id, Method = method, AccessHash = hash });
            await db.SaveChangesAsync();
        }
        Response.Cookies.Append(CookieName(Questionnaire.Id), token, new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, Path = "/uc", MaxAge = CookieLife,
        });
    }

    protected UcAnswer AnswerFor(int itemId)
    {
        var answer = Answering.Answers.SingleOrDefault(a => a.ItemId == itemId);
        if (answer is null) Answering.Answers.Add(answer = new UcAnswer { ResponseId = Answering.Id, ItemId = itemId });
        return answer;
    }

    private List<UcItem> Of(UcItemKind kind) => Questionnaire.Items.Where(i => i.Kind == kind).OrderBy(i => i.Order).ToList();
}
