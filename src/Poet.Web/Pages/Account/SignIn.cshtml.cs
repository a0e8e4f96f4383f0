using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Account;

/// <summary>
/// One message for an unknown address and a wrong password, and no lock-out a stranger could set off
/// (<see cref="SignInThrottle"/>): the page never says whether an account exists.
/// </summary>
[EnableRateLimiting(PoetRateLimits.SignIn)]
public class SignInModel(SignInManager<PoetUser> signIn, UserManager<PoetUser> users, SignInThrottle throttle) : PageModel
{
    public const string Failed = "Enter the email address and password of your POET account";
    public const string SlowDown = "There have been too many attempts to sign in with this email address. Wait a minute and try again.";

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), "Enter your email address");
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), "Enter your password");
        if (!ModelState.IsValid) return Page();

        var email = Email!.Trim();
        if (!await throttle.MayTryAsync(HttpContext, email, ct))
        {
            ModelState.AddModelError(nameof(Email), SlowDown);
            return Page();
        }
        var user = await users.FindByNameAsync(email);
        // Without lockoutOnFailure nothing counts towards Identity's lock-out; an unknown address still pays for a hash.
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, Password!, lockoutOnFailure: false);
        if (user is null) users.PasswordHasher.HashPassword(new PoetUser(), Password!);
        if (!result.Succeeded)
        {
            await throttle.FailedAsync(email, ct);
            ModelState.AddModelError(nameof(Email), Failed);
            return Page();
        }
        await signIn.SignInAsync(user!, isPersistent: false);
        throttle.Remember(HttpContext, email);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/partnerships");
    }
}
