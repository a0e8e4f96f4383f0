using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Account;

/// <summary>
/// "Forgotten your password?": emails a single-use link (<see cref="ResetLinkTokenProvider"/>) through the outbox.
/// Every well-formed address gets the same redirect and the same page, whether or not an account uses it, so the
/// page never says which addresses have accounts. POSTs are limited per client (<see cref="PoetRateLimits.PasswordReset"/>),
/// and an address gets at most <see cref="EmailsPerHour"/> links an hour, so the page cannot be used to flood a mailbox.
/// </summary>
[EnableRateLimiting(PoetRateLimits.PasswordReset)]
public class ForgotPasswordModel(UserManager<PoetUser> users, PoetDb db, PublicUrls urls, SharedRateLimits limits, IOptions<ResetLinkTokenProviderOptions> links) : PageModel
{
    public const string NoEmail = "Enter your email address";
    public const string BadEmail = EmailAddresses.WrongFormat;
    public const int EmailsPerHour = 3;
    public const string SentPath = "/account/forgot-password/sent";

    [BindProperty] public string? Email { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var email = Email?.Trim() ?? "";
        if (EmailAddresses.Problem(email, NoEmail) is { } emailProblem) ModelState.AddModelError(nameof(Email), emailProblem);
        if (!ModelState.IsValid) return Page();

        // Counted for every address typed, with or without an account, so the cap itself says nothing either.
        var mayEmail = await limits.TryAcquireAsync("password-reset-email", email.ToLowerInvariant(), EmailsPerHour, 60, ct);
        if (mayEmail && await users.FindByEmailAsync(email) is { } user)
        {
            var token = await users.GenerateUserTokenAsync(user, ResetLinkTokenProvider.ProviderName, ResetLinkTokenProvider.Purpose);
            var link = $"{urls.BaseUrl}/account/reset-password?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
            var lifetime = ResetLinkTokenProvider.Describe(links.Value.TokenLifespan);
            db.Emails.Add(new EmailMessage
            {
                Kind = EmailKind.Plain,
                To = user.Email!,
                Subject = "Reset your POET password",
                Body = $"""
                    Hello {user.DisplayName},

                    Someone, probably you, asked to reset the password of your POET account.

                    Choose a new password here:
                    {link}

                    The link works once, for {lifetime}. Resetting your password signs you out everywhere else.

                    If you did not ask for this, you can ignore this email: your password has not changed.
                    """,
                Status = EmailStatus.Pending,
                CreatedUtc = db.UtcNow,
                NotBeforeUtc = db.UtcNow,
            });
            db.Record(User, null, "password.reset-requested", user.Email!);
            await db.SaveChangesAsync(ct);
        }
        return Redirect(SentPath);
    }
}
