using Microsoft.AspNetCore.Identity;
using Poet.Data.Entities;

namespace Poet.Web.Infrastructure;

public static class AccountMessages
{
    public const string PasswordsDiffer = "The passwords do not match. Enter the same password twice.";

    /// <summary>
    /// The check every "choose a password, then type it again" form makes before Identity's own rules: the first box
    /// filled in (<paramref name="missing"/> otherwise), the second the same.
    /// </summary>
    public static void CheckNewPassword(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string? password, string? confirm,
        string missing, string passwordField = "Password", string confirmField = "ConfirmPassword")
    {
        if (string.IsNullOrEmpty(password)) state.AddModelError(passwordField, missing);
        else if (password != confirm) state.AddModelError(confirmField, PasswordsDiffer);
    }

    /// <summary>Identity's errors in plain words for the GOV.UK error summary.</summary>
    public static string Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "Password must be 12 characters or more",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "Password must use at least 5 different characters",
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => "An account with this email address already exists",
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => EmailAddresses.WrongFormat,
        Passwords.CommonPasswordValidator.Code => Passwords.CommonPasswordValidator.Message,
        nameof(IdentityErrorDescriber.InvalidToken) => "This link has expired or has already been used. Ask for a new invitation.",
        _ => error.Description,
    };

    public const string PasswordChangedSubject = "Your POET password has been changed";

    /// <summary>
    /// The notice sent to the account's address after its password is changed or reset (ASVS 2.5.5), so that the
    /// owner hears of a change they did not make. It carries no link that signs anyone in.
    /// </summary>
    public static EmailMessage PasswordChangedEmail(PoetUser user, string baseUrl, DateTime now) => new()
    {
        Kind = EmailKind.Plain,
        To = user.Email!,
        Subject = PasswordChangedSubject,
        Body = $"""
            Hello {user.DisplayName},

            The password of your POET account was changed on {now:d MMMM yyyy}. Every other device and browser signed in to the account has been signed out.

            If you made this change, you do not need to do anything.

            If you did not, reset your password now at {baseUrl}/account/forgot-password and tell the POET host.
            """,
        Status = EmailStatus.Pending,
        CreatedUtc = now,
        NotBeforeUtc = now,
    };
}
