using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Workshop;

/// <summary>
/// Anonymous workshop participation. A participant's device holds a random key and their rejoin code in a cookie;
/// the database holds only hashes of both, so it cannot say who anyone is.
/// </summary>
public static class WorkshopParticipation
{
    public const string CookieName = "poet-workshop";
    /// <summary>No 0/O, 1/I/L: codes are read off a projector and typed on phones.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /// <summary>
    /// 31^8 (about 8.5 * 10^11) codes. A client gets <see cref="MissesPerMinute"/> wrong codes a minute, so even
    /// 1,000 addresses guessing all day against 100 open workshops expect about one hit in 600 days. Codes from
    /// before (6 characters) still work while their workshop stays open.
    /// </summary>
    public const int JoinCodeLength = 8;
    public const int MissesPerMinute = 10;
    private const string MissPolicy = "join-code-miss";
    public const int RejoinCodeLength = 8;
    public const int MaxTextLength = 1000;

    public static string NewCode(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    /// <summary>Upper case without spaces or dashes, so "abc 123" and "ABC-123" both work.</summary>
    public static string Normalise(string? code) =>
        new((code ?? "").ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    public static string Display(string code) => code.Length == RejoinCodeLength ? $"{code[..4]}-{code[4..]}" : code;

    public static byte[] KeyHash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes("poet-workshop-key:" + key));

    public static byte[] RejoinHash(int workshopId, string rejoinCode) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"poet-workshop-rejoin:{workshopId}:{Normalise(rejoinCode)}"));

    public static string StageLabel(WorkshopStage stage) => stage switch
    {
        WorkshopStage.Review => "Review and comment",
        WorkshopStage.Propose => "Propose a rewording or a missing outcome",
        WorkshopStage.Vote => "Vote",
        WorkshopStage.Rate => "Rate importance and certainty",
        _ => "Results",
    };

    /// <summary>Gives this device a new key for the participant and remembers it in the cookie.</summary>
    public static void IssueCookie(HttpContext http, WorkshopParticipant participant, string rejoinCode)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        participant.KeyHash = KeyHash(key);
        http.Response.Cookies.Append(CookieName, $"{key}.{rejoinCode}", new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, Path = "/workshop", MaxAge = TimeSpan.FromDays(2), IsEssential = true,
        });
    }

    /// <summary>The participant this device speaks for in the open workshop with this code, with their rejoin code.</summary>
    public static async Task<(Data.Entities.Workshop Workshop, WorkshopParticipant Participant, string RejoinCode)?> CurrentAsync(PoetDb db, HttpContext http, string code)
    {
        if (http.Request.Cookies[CookieName] is not { } cookie || cookie.Split('.') is not [var key, var rejoin]) return null;
        var hash = KeyHash(key);
        var found = await (from p in db.WorkshopParticipants
                           join w in db.Workshops on p.WorkshopId equals w.Id
                           where p.KeyHash == hash && w.OpenJoinCode == Normalise(code)
                           select new { p, w }).SingleOrDefaultAsync();
        return found is null ? null : (found.w, found.p, rejoin);
    }

    public static Task<Data.Entities.Workshop?> OpenAsync(PoetDb db, string code) =>
        db.Workshops.SingleOrDefaultAsync(w => w.OpenJoinCode == Normalise(code));

    /// <summary>
    /// One answer for a closed code and a code never used, so guessing cannot find either. Only a device that took
    /// part in the workshop (its cookie matches a participant) is told that it has closed.
    /// </summary>
    public static async Task<string> MissingWorkshopMessageAsync(PoetDb db, HttpContext http, string code)
    {
        var normalised = Normalise(code);
        if (http.Request.Cookies[CookieName] is { } cookie && cookie.Split('.') is [var key, _])
        {
            var hash = KeyHash(key);
            if (await (from p in db.WorkshopParticipants join w in db.Workshops on p.WorkshopId equals w.Id
                       where p.KeyHash == hash && w.JoinCode == normalised select p.Id).AnyAsync())
                return $"The workshop with code {normalised} has closed. If it has moved to a new code, ask the facilitator for it";
        }
        return $"No open workshop has the code {normalised}. Check the code on the screen and try again";
    }

    /// <summary>True when this client has tried <see cref="MissesPerMinute"/> wrong codes this minute: refuse every lookup, right or wrong.</summary>
    public static Task<bool> TooManyMissesAsync(SharedRateLimits limits, HttpContext http) =>
        limits.IsFullAsync(MissPolicy, SharedRateLimits.Client(http), MissesPerMinute, 1, http.RequestAborted);

    /// <summary>Counts a wrong (unknown or closed) code; right codes cost nothing, so a room behind one address can all join.</summary>
    public static Task CountMissAsync(SharedRateLimits limits, HttpContext http) =>
        limits.TryAcquireAsync(MissPolicy, SharedRateLimits.Client(http), MissesPerMinute, 1, http.RequestAborted);
}
