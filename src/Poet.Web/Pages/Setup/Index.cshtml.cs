using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Setup;

[EnableRateLimiting(PoetRateLimits.SignIn)]
public class IndexModel(FirstRunSetup setup, UserManager<PoetUser> users, SignInManager<PoetUser> signIn, PoetDb db) : PageModel
{
    public const string CreatedNotice = "Your host administrator account has been created. You are signed in.";

    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }

    public IActionResult OnGet(string token) => setup.IsValid(token) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (!setup.IsValid(token) || await db.Users.AnyAsync(u => u.IsHostAdmin)) return NotFound();
        if (string.IsNullOrWhiteSpace(DisplayName)) ModelState.AddModelError(nameof(DisplayName), "Enter your full name");
        if (EmailAddresses.Problem(Email) is { } emailProblem) ModelState.AddModelError(nameof(Email), emailProblem);
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), "Create a password");
        if (!ModelState.IsValid) return Page();

        var user = new PoetUser { UserName = Email!.Trim(), Email = Email.Trim(), DisplayName = DisplayName!.Trim(), IsHostAdmin = true, EmailConfirmed = true };
        var result = await users.CreateAsync(user, Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(error.Code.Contains("Password") ? nameof(Password) : nameof(Email), AccountMessages.Describe(error));
            return Page();
        }
        setup.Complete();
        db.Record(User, null, "setup.host-admin-created", user.Email!);
        await db.SaveChangesAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        this.Notify(CreatedNotice);
        return Redirect("/partnerships");
    }
}
