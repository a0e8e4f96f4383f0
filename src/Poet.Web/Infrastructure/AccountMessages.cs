using Microsoft.AspNetCore.Identity;

namespace Poet.Web.Infrastructure;

public static class AccountMessages
{
    /// <summary>Identity's errors in plain words for the GOV.UK error summary.</summary>
    public static string Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "Password must be 12 characters or more",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "Password must use at least 5 different characters",
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => "An account with this email address already exists",
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => "Enter an email address in the correct format, like name@example.org",
        Passwords.CommonPasswordValidator.Code => Passwords.CommonPasswordValidator.Message,
        nameof(IdentityErrorDescriber.InvalidToken) => "This link has expired or has already been used. Ask for a new invitation.",
        _ => error.Description,
    };
}
