using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

public enum EntryState { Unknown, NotOpen, Closed, Submitted, Open }

/// <summary>What a personal link leads to. The invitation is found by its token hash, the response by a different hash of the same token.</summary>
public sealed record SurveyEntry(EntryState State, SurveyRound? Round, Invitation? Invitation, Response? Response)
{
    // A real token is 43 characters; anything much longer is not worth hashing.
    private const int MaxTokenLength = 128;

    public static async Task<SurveyEntry> ResolveAsync(PoetDb db, CompletionFlags flags, string? token, DateOnly today)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength) return new(EntryState.Unknown, null, null, null);
        var tokenHash = AccessCodes.TokenHash(token);
        // One query for the invitation, its round and partnership: every survey request starts here.
        var found = await db.AccessCodes.Where(c => c.TokenHash == tokenHash)
            .Join(db.Invitations, c => c.InvitationId, i => i.Id, (c, i) => i)
            .Join(db.Rounds.Include(r => r.Partnership), i => i.RoundId, r => r.Id, (i, r) => new { Invitation = i, Round = r })
            .SingleOrDefaultAsync();
        if (found is null) return new(EntryState.Unknown, null, null, null);
        var (invitation, round) = (found.Invitation, found.Round);
        var accessHash = AccessCodes.ResponseAccessHash(token);
        var response = await db.Responses.SingleOrDefaultAsync(r => r.AccessHash == accessHash);

        if (response is { IsSubmitted: true } && !invitation.HasSubmitted)
        {
            flags.Stage(db, invitation.Id);
            await db.SaveChangesAsync();
        }
        var state = response is { IsSubmitted: true } || invitation.HasSubmitted ? EntryState.Submitted
            : round.Status == RoundStatus.Draft || today < round.OpensOn ? EntryState.NotOpen
            : round.Status == RoundStatus.Closed || today > round.ClosesOn ? EntryState.Closed
            : EntryState.Open;
        return new(state, round, invitation, response);
    }
}

/// <summary>Base for the respondent's pages after the start page: anything but an open, started response goes back to the start page, which says why.</summary>
public abstract class SurveyPageModel(PoetDb db, CompletionFlags flags, TimeProvider clock) : PageModel
{
    protected PoetDb Db => db;
    protected CompletionFlags Flags => flags;
    protected DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public SurveyEntry Entry { get; private set; } = new(EntryState.Unknown, null, null, null);
    public SurveyRound Round => Entry.Round!;
    public Response SurveyResponse => Entry.Response!;
    public string BasePath { get; private set; } = "";

    protected async Task<IActionResult?> EnterAsync(string token)
    {
        Entry = await SurveyEntry.ResolveAsync(db, flags, token, Today);
        BasePath = SurveyLinks.Online(token);
        return Entry.State == EntryState.Open && Entry.Response is not null ? null : Redirect(BasePath);
    }
}
