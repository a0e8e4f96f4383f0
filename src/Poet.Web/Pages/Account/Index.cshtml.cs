using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Account;

/// <summary>
/// The signed-in person's own account: change the password (the current one is asked for, so a browser left signed
/// in is not enough) and see the sessions that are signed in (<see cref="PoetSignInManager"/>), ending the others.
/// POSTs share the sign-in rate limit: a wrong current password is a guess like any other.
/// </summary>
[Authorize]
[EnableRateLimiting(PoetRateLimits.SignIn)]
public class AccountModel(UserManager<PoetUser> users, SignInManager<PoetUser> signIn, PoetDb db, PublicUrls urls) : PageModel
{
    public const string Path = "/account";
    public const string NoCurrent = "Enter your current password";
    public const string WrongCurrent = "The current password is not right. Enter the password you use to sign in now.";
    public const string NoNew = "Enter a new password";
    public const string ChangedNotice = "Your password has been changed. Every other device and browser has been signed out.";
    public const string OthersEndedNotice = "You have been signed out of every other session.";

    public sealed record Session(DateTime Began, bool IsThisBrowser);

    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }

    public string DisplayName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public List<Session> Sessions { get; private set; } = [];

    /// <summary>"26 November 2026 at 2:05pm (UTC)".</summary>
    public static string When(DateTime utc) =>
        $"{utc.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} at {utc.ToString("h:mmtt", CultureInfo.InvariantCulture).ToLowerInvariant()} (UTC)";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (await LoadAsync() is not { } user) return Challenge();
        if (string.IsNullOrEmpty(CurrentPassword)) ModelState.AddModelError(nameof(CurrentPassword), NoCurrent);
        if (string.IsNullOrEmpty(NewPassword)) ModelState.AddModelError(nameof(NewPassword), NoNew);
        if (!ModelState.IsValid) return Page();

        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ModelState.AddModelError(nameof(CurrentPassword), WrongCurrent);
                else ModelState.AddModelError(nameof(NewPassword), AccountMessages.Describe(error));
            }
            return Page();
        }
        if (signIn is PoetSignInManager sessions) await sessions.EndOtherSessionsAsync(user);
        db.Record(User, null, "password.changed", user.Email ?? "");
        db.Emails.Add(AccountMessages.PasswordChangedEmail(user, urls.BaseUrl, db.UtcNow));
        await db.SaveChangesAsync();
        this.Notify(ChangedNotice);
        return Redirect(Path);
    }

    public async Task<IActionResult> OnPostSignOutOthersAsync()
    {
        if (await LoadAsync() is not { } user) return Challenge();
        if (signIn is PoetSignInManager sessions) await sessions.EndOtherSessionsAsync(user);
        db.Record(User, null, "sessions.others-ended", user.Email ?? "");
        await db.SaveChangesAsync();
        this.Notify(OthersEndedNotice);
        return Redirect(Path);
    }

    private async Task<PoetUser?> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return null;
        DisplayName = user.DisplayName;
        Email = user.Email ?? "";
        var current = User.FindFirstValue(PoetSignInManager.SessionClaim);
        if (signIn is PoetSignInManager sessions)
            Sessions = (await sessions.SessionsAsync(user)).Select(s => new Session(s.Began, s.Id == current)).ToList();
        return user;
    }
}
