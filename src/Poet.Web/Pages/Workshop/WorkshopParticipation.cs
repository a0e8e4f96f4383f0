using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

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
    public const int JoinCodeLength = 6;
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

    public static async Task<string> MissingWorkshopMessageAsync(PoetDb db, string code)
    {
        var normalised = Normalise(code);
        return await db.Workshops.AnyAsync(w => w.JoinCode == normalised)
            ? $"The workshop with code {normalised} has closed. If it has moved to a new code, ask the facilitator for it"
            : $"No open workshop has the code {normalised}. Check the code on the screen and try again";
    }
}
