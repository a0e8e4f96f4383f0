using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

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
            // Every session row goes, so every other cookie stops working at its next request; the new security
            // stamp also stops any cookie issued before sessions were kept on the server.
            await users.UpdateSecurityStampAsync(user);
            if (signIn is PoetSignInManager sessions) await sessions.EndAllSessionsAsync(user);
        }
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
