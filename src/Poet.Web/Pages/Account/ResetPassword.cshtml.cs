using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Account;

/// <summary>
/// Where a reset link lands. The new password must pass the same rules as everywhere else (12 characters,
/// <see cref="Infrastructure.Passwords.CommonPasswordValidator"/>). Success changes the security stamp (so this link
/// and any other reset link stop working), ends every session of the account and signs this browser in afresh.
/// </summary>
[EnableRateLimiting(PoetRateLimits.PasswordReset)]
public class ResetPasswordModel(UserManager<PoetUser> users, SignInManager<PoetUser> signIn, PoetDb db, PublicUrls urls) : PageModel
{
    public const string InvalidLink = "This link has expired or has already been used. Reset links work once, for a limited time.";
    public const string NoPassword = "Enter a new password";
    public const string Mismatch = AccountMessages.PasswordsDiffer;
    public const string DoneNotice = "Your password has been reset. Every other device and browser has been signed out.";
    public const string DoneSignInNotice = "Your password has been reset. Sign in with your new password.";

    [BindProperty(SupportsGet = true, Name = "user")] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }

    public bool LinkIsValid { get; private set; }
    public string Email { get; private set; } = "";

    public async Task OnGetAsync() => await CheckLinkAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await CheckLinkAsync() is not { } user) return Page();
        AccountMessages.CheckNewPassword(ModelState, Password, ConfirmPassword, NoPassword);
        if (!ModelState.IsValid) return Page();

        // The link was checked with its own provider; Identity's reset (validators, new hash, new security stamp)
        // takes a token of the default provider, made here for this one call.
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(nameof(Password), AccountMessages.Describe(error));
            return Page();
        }
        user.EmailConfirmed = true; // the link came to the address
        await users.UpdateAsync(user);
        if (signIn is PoetSignInManager sessions) await sessions.EndAllSessionsAsync(user);
        db.Record(User, null, "password.reset", user.Email ?? "");
        db.Emails.Add(AccountMessages.PasswordChangedEmail(user, urls.BaseUrl, db.UtcNow));
        await db.SaveChangesAsync();
        if (await users.IsLockedOutAsync(user))
        {
            // A lock the host admin set stays: the new password works once the lock ends.
            this.Notify(DoneSignInNotice);
            return Redirect("/account/sign-in");
        }
        await signIn.SignInAsync(user, isPersistent: false);
        this.Notify(DoneNotice);
        return Redirect(AccountModel.Path);
    }

    private async Task<PoetUser?> CheckLinkAsync()
    {
        var user = string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) ? null : await users.FindByIdAsync(UserId);
        LinkIsValid = user is not null && await users.VerifyUserTokenAsync(user, ResetLinkTokenProvider.ProviderName, ResetLinkTokenProvider.Purpose, Token!);
        if (!LinkIsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError("", InvalidLink);
            return null;
        }
        Email = user!.Email ?? "";
        return user;
    }
}
