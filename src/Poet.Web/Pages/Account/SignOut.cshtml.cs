using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Account;

public class SignOutModel(SignInManager<PoetUser> signIn, UserManager<PoetUser> users) : PageModel
{
    [BindProperty] public bool Everywhere { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Everywhere && await users.GetUserAsync(User) is { } user)
        {
            // A new security stamp invalidates every other cookie at its next validation.
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
