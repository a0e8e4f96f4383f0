using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Workshop;

/// <summary>
/// The workshop's live channel (<c>/workshop/live</c>, under the participants' cookie path). Clients only listen:
/// the hub sends "changed" with the kind of change (<see cref="WorkshopChange"/>), never content, and the page then
/// fetches its own fragment with the usual authorisation. A connection hears a workshop only after asking:
/// a phone with the cookie of a participant of that open workshop (<see cref="JoinRoom"/>), or a signed-in member
/// of the round's partnership (<see cref="WatchRound"/>).
/// </summary>
public sealed class WorkshopHub(PoetDb db) : Hub
{
    public const string Path = "/workshop/live";
    public const string Changed = "changed";

    public static string RoomGroup(int workshopId) => $"room:{workshopId}";
    public static string StaffGroup(int roundId) => $"staff:{roundId}";

    /// <summary>Refuses a socket opened from another site's page (cross-site WebSocket hijacking); same-origin pages send their own Origin.</summary>
    public override Task OnConnectedAsync()
    {
        if (Context.GetHttpContext() is { } http && http.Request.Headers.Origin is [{ Length: > 0 } origin]
            && (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !string.Equals(uri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase)))
            Context.Abort();
        return Task.CompletedTask;
    }

    /// <summary>A participant's phone: only with the cookie of a participant of the open workshop with this code.</summary>
    public async Task<bool> JoinRoom(string code)
    {
        if (Context.GetHttpContext() is not { } http || await WorkshopParticipation.CurrentAsync(db, http, code ?? "") is not { } current) return false;
        await Groups.AddToGroupAsync(Context.ConnectionId, RoomGroup(current.Workshop.Id));
        return true;
    }

    /// <summary>The facilitator's controls, wall and projector: only for a signed-in member of the partnership the round belongs to.</summary>
    public async Task<bool> WatchRound(int pid, int rid)
    {
        var user = Context.User;
        if (user?.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId) return false;
        var member = user.HasClaim(PoetClaims.HostAdmin, "true") || await db.Members.AnyAsync(m => m.PartnershipId == pid && m.UserId == userId);
        if (!member || !await db.Rounds.AnyAsync(r => r.Id == rid && r.PartnershipId == pid)) return false;
        await Groups.AddToGroupAsync(Context.ConnectionId, StaffGroup(rid));
        return true;
    }
}
