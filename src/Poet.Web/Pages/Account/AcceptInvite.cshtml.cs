using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Account;

/// <summary>Where an emailed invitation lands: the invitee chooses a password, which also proves they own the address.</summary>
[EnableRateLimiting(PoetRateLimits.SignIn)]
public class AcceptInviteModel(UserManager<PoetUser> users, SignInManager<PoetUser> signIn, PoetDb db) : PageModel
{
    public const string InvalidLink = "This link has expired or has already been used. Ask for a new invitation.";
    public const string NoPassword = "Create a password";
    public const string Mismatch = AccountMessages.PasswordsDiffer;

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

        var result = await users.ResetPasswordAsync(user, Token!, Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(nameof(Password), AccountMessages.Describe(error));
            return Page();
        }
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        db.Record(User, null, "user.invitation-accepted", user.Email ?? "");
        await db.SaveChangesAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/partnerships");
    }

    private async Task<PoetUser?> CheckLinkAsync()
    {
        var user = string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) ? null : await users.FindByIdAsync(UserId);
        LinkIsValid = user is not null && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<PoetUser>.ResetPasswordTokenPurpose, Token!);
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
