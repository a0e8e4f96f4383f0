using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Server-side sessions, so that signing out ends the session and not just the browser's copy of the cookie.
/// Every sign-in writes a row to Identity's existing user-token table (provider <see cref="Provider"/>, name a
/// random session id, value the time it began) and puts the id in the cookie; every request with the cookie
/// looks the row up by its primary key (<see cref="ValidateAsync"/>); signing out deletes it, and "sign out
/// everywhere" deletes all of the user's rows. A session also ends <see cref="MaxAge"/> after sign-in, however
/// active. No schema change: the table is Identity's AspNetUserTokens.
/// </summary>
public sealed class PoetSignInManager(UserManager<PoetUser> users, IHttpContextAccessor accessor, IUserClaimsPrincipalFactory<PoetUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<PoetUser>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<PoetUser> confirmation, PoetDb db)
    : SignInManager<PoetUser>(users, accessor, claims, options, logger, schemes, confirmation)
{
    public const string SessionClaim = "poet:sid";
    public const string Provider = "poet-session";
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    public override async Task SignInWithClaimsAsync(PoetUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var list = additionalClaims.ToList();
        if (!list.Any(c => c.Type == SessionClaim))
        {
            var now = db.UtcNow;
            // The user's ended sessions go first; there are only ever a few rows per user.
            var old = await db.UserTokens.Where(t => t.UserId == user.Id && t.LoginProvider == Provider).ToListAsync();
            db.UserTokens.RemoveRange(old.Where(t => !Began(t.Value, out var began) || now - began > MaxAge));
            var sid = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            db.UserTokens.Add(new IdentityUserToken<string> { UserId = user.Id, LoginProvider = Provider, Name = sid, Value = now.ToString("O", CultureInfo.InvariantCulture) });
            await db.SaveChangesAsync();
            list.Add(new Claim(SessionClaim, sid));
        }
        await base.SignInWithClaimsAsync(user, authenticationProperties, list);
    }

    public override async Task SignOutAsync()
    {
        if (Context.User.FindFirstValue(SessionClaim) is { } sid && UserManager.GetUserId(Context.User) is { } uid)
            await db.UserTokens.Where(t => t.UserId == uid && t.LoginProvider == Provider && t.Name == sid).ExecuteDeleteAsync();
        await base.SignOutAsync();
    }

    /// <summary>Ends every session of the user, on every instance, at their next request.</summary>
    public Task EndAllSessionsAsync(PoetUser user) =>
        db.UserTokens.Where(t => t.UserId == user.Id && t.LoginProvider == Provider).ExecuteDeleteAsync();

    /// <summary>
    /// Ends every session of the user except this browser's, and changes the security stamp (so every other cookie
    /// and every reset link stops working); this browser's cookie is issued again with the new stamp and the same
    /// session, which keeps its start time.
    /// </summary>
    public async Task EndOtherSessionsAsync(PoetUser user)
    {
        var sid = Context.User.FindFirstValue(SessionClaim);
        await db.UserTokens.Where(t => t.UserId == user.Id && t.LoginProvider == Provider && t.Name != sid).ExecuteDeleteAsync();
        await UserManager.UpdateSecurityStampAsync(user);
        if (sid is null) return;
        var current = await Context.AuthenticateAsync(AuthenticationScheme);
        await SignInWithClaimsAsync(user, current?.Properties, [new Claim(SessionClaim, sid)]);
    }

    /// <summary>The user's sessions that still work, oldest first: id and start time (UTC).</summary>
    public async Task<List<(string Id, DateTime Began)>> SessionsAsync(PoetUser user)
    {
        var rows = await db.UserTokens.Where(t => t.UserId == user.Id && t.LoginProvider == Provider).Select(t => new { t.Name, t.Value }).ToListAsync();
        var now = db.UtcNow;
        return rows.Select(r => (r.Name, Ok: Began(r.Value, out var at), at)).Where(r => r.Ok && now - r.at <= MaxAge)
            .OrderBy(r => r.at).Select(r => (r.Name, r.at)).ToList();
    }

    /// <summary>Cookie validation, after the security stamp check: the session row must exist and be younger than <see cref="MaxAge"/>.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal) return;
        var sid = principal.FindFirstValue(SessionClaim);
        var uid = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var db = context.HttpContext.RequestServices.GetRequiredService<PoetDb>();
        var began = sid is null || uid is null ? null
            : await db.UserTokens.Where(t => t.UserId == uid && t.LoginProvider == Provider && t.Name == sid).Select(t => t.Value).SingleOrDefaultAsync();
        if (began is not null && Began(began, out var at) && db.UtcNow - at <= MaxAge) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>Keeps the session id when the security stamp check rebuilds the principal.</summary>
    public static Task KeepSessionId(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(SessionClaim) is { } sid && context.NewPrincipal?.Identity is ClaimsIdentity identity)
            identity.AddClaim(new Claim(SessionClaim, sid.Value));
        return Task.CompletedTask;
    }

    private static bool Began(string? value, out DateTime began) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out began);
}
