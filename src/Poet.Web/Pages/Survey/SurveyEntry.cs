using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

public enum EntryState { Unknown, NotOpen, Closed, Submitted, Open }

/// <summary>
/// What a personal link leads to. The invitation is found by its token hash; the answers so far by an HMAC of the token
/// under the server secret, and they open only with the token and the secret. After submission nothing is found: the
/// answers have gone to the mix, and the invitation says it was submitted.
/// </summary>
public sealed record SurveyEntry(EntryState State, SurveyRound? Round, Invitation? Invitation, SurveyDraft? Draft, Response? Response)
{
    // A real token is 43 characters; anything much longer is not worth hashing.
    private const int MaxTokenLength = 128;

    public static readonly SurveyEntry Unknown = new(EntryState.Unknown, null, null, null, null);

    /// <summary>
    /// The invitation, its round and partnership, and the draft, in one round trip and without change tracking: every
    /// survey request starts here (bench/results/staff-survey-load.md). The draft is joined by its own lookup, not by
    /// anything of the invitation's, so the query says nothing the two rows do not already say apart. Only the columns
    /// the respondent's pages use are read (SQLite prepares the statement on every request, and its cost grows with
    /// the columns): the invitation's id, round and submitted flag; the round's id, partnership, status, dates,
    /// instrument version and code salt; the partnership's id and name. A survey page that needs more reads it itself.
    /// </summary>
    private static readonly Func<PoetDb, byte[], byte[], Task<Found?>> Find = EF.CompileAsyncQuery((PoetDb db, byte[] tokenHash, byte[] lookup) =>
        (from c in db.AccessCodes
         where c.TokenHash == tokenHash
         join i in db.Invitations on c.InvitationId equals i.Id
         join r in db.Rounds on i.RoundId equals r.Id
         join p in db.Partnerships on r.PartnershipId equals p.Id
         from d in db.SurveyDrafts.Where(d => d.Lookup == lookup).DefaultIfEmpty()
         select new Found(
             new Invitation { Id = i.Id, RoundId = i.RoundId, HasSubmitted = i.HasSubmitted },
             new SurveyRound
             {
                 Id = r.Id, PartnershipId = r.PartnershipId, Status = r.Status, OpensOn = r.OpensOn, ClosesOn = r.ClosesOn,
                 InstrumentVersion = r.InstrumentVersion, CodeSalt = r.CodeSalt,
             },
             new Partnership { Id = p.Id, Name = p.Name },
             d)).AsNoTracking().SingleOrDefault());

    private sealed record Found(Invitation Invitation, SurveyRound Round, Partnership Partnership, SurveyDraft? Draft);

    /// <summary>
    /// Finds what <paramref name="token"/> leads to. Nothing comes back tracked: a page that changes the invitation or
    /// the draft attaches it (<see cref="SurveyPageModel.SaveDraftAsync"/>, the check page's submit).
    /// </summary>
    public static async Task<SurveyEntry> ResolveAsync(PoetDb db, SealedAnswers sealer, string? token, DateOnly today)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength) return Unknown;
        var found = await Find(db, AccessCodes.TokenHash(token), sealer.DraftLookup(token));
        if (found is null) return Unknown;
        var (invitation, round) = (found.Invitation, found.Round);
        round.Partnership = found.Partnership;
        var state = invitation.HasSubmitted ? EntryState.Submitted
            : round.Status == RoundStatus.Draft || today < round.OpensOn ? EntryState.NotOpen
            : round.Status == RoundStatus.Closed || today > round.ClosesOn ? EntryState.Closed
            : EntryState.Open;
        if (state != EntryState.Open) return new(state, round, invitation, null, null);
        var draft = found.Draft;
        return new(state, round, invitation, draft, draft is null ? null : sealer.OpenDraft(token, draft));
    }
}

/// <summary>Base for the respondent's pages after the start page: anything but an open, started response goes back to the start page, which says why.</summary>
public abstract class SurveyPageModel(PoetDb db, SealedAnswers sealer, TimeProvider clock) : PageModel
{
    private string _token = "";
    protected PoetDb Db => db;
    protected SealedAnswers Sealer => sealer;
    protected DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public SurveyEntry Entry { get; private set; } = SurveyEntry.Unknown;
    public SurveyRound Round => Entry.Round!;
    public Response SurveyResponse => Entry.Response!;
    public string BasePath { get; private set; } = "";

    protected async Task<IActionResult?> EnterAsync(string token)
    {
        _token = token;
        Entry = await SurveyEntry.ResolveAsync(db, sealer, token, Today);
        BasePath = SurveyLinks.Online(token);
        return Entry.State == EntryState.Open && Entry.Response is not null ? null : Redirect(BasePath);
    }

    /// <summary>Opened from a "Change" link of the check page (<see cref="SurveyJourney.FromCheck"/>): saving and Back go to check answers.</summary>
    public bool FromCheck => Request.Query["return"] == "check";

    public string CheckPath => SurveyJourney.Path(BasePath, SurveyJourney.SectionCount + 1);

    /// <summary>Where a page goes once saved: the saved page for "Save and come back later", check answers when changing from there, else <paramref name="next"/>.</summary>
    protected string AfterSave(string? button, string next) =>
        button == SurveyJourney.LaterButton ? SurveyJourney.Saved(BasePath) : FromCheck ? CheckPath : next;

    /// <summary>Where this respondent carries on (<see cref="SurveyPages.Resume"/>); the items come from the open round's per-instance cache.</summary>
    protected async Task<string> ResumePathAsync(Microsoft.Extensions.Caching.Memory.IMemoryCache cache)
    {
        var sections = new Dictionary<int, IReadOnlyList<RoundItem>>();
        foreach (var n in SurveyJourney.ScaleSections) sections[n] = await SectionForm.FrozenItemsAsync(db, cache, Round, n);
        return SurveyPages.Resume(BasePath, SurveyResponse, n => sections[n]);
    }

    /// <summary>
    /// Seals the answers so far into the draft again: one UPDATE per page saved, without change tracking. False when the
    /// draft has gone meanwhile (submitted from another tab); the caller then sends the respondent to the start page,
    /// which says the answers are in.
    /// </summary>
    protected async Task<bool> SaveDraftAsync()
    {
        var draft = Entry.Draft!;
        draft.Sealed = sealer.SealDraft(_token, SurveyResponse);
        return await db.Database.ExecuteSqlAsync($"UPDATE \"SurveyDrafts\" SET \"Sealed\" = {draft.Sealed} WHERE \"Lookup\" = {draft.Lookup}") == 1;
    }
}
