using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Partnerships;

[CoordinatorOnly]
public class PeopleModel(PoetDb db, UserManager<PoetUser> users, PublicUrls urls) : PageModel
{
    public const string BadEmail = EmailAddresses.WrongFormat;
    public const string NoRole = "Select a role";
    public const string LastCoordinator = "You cannot remove the last coordinator. Invite another coordinator first.";
    public const int MaxName = 200;

    public sealed record Row(int MemberId, string Name, string Email, PartnershipRole Role, bool HasAccepted);

    public List<Row> Rows { get; private set; } = [];
    public string PartnershipName { get; private set; } = "";

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public PartnershipRole? Role { get; set; }

    public async Task OnGetAsync(int pid) => await LoadAsync(pid);

    public async Task<IActionResult> OnPostAsync(int pid)
    {
        ModelState.Clear(); // an unknown role value is reported below in plain words, not the binder's
        var email = Email?.Trim() ?? "";
        if (EmailAddresses.Problem(email) is { } emailProblem) ModelState.AddModelError(nameof(Email), emailProblem);
        if (FullName?.Trim().Length > MaxName) ModelState.AddModelError(nameof(FullName), $"Full name must be {MaxName} characters or fewer");
        if (Role is not (PartnershipRole.Coordinator or PartnershipRole.Facilitator)) ModelState.AddModelError(nameof(Role), NoRole);
        var user = ModelState.IsValid ? await users.FindByEmailAsync(email) : null;
        if (user is not null && await db.Members.AnyAsync(m => m.PartnershipId == pid && m.UserId == user.Id && m.Role == Role))
            ModelState.AddModelError(nameof(Email), $"{email} is already a {Role!.Value.ToString().ToLowerInvariant()} in this partnership");
        if (!ModelState.IsValid)
        {
            await LoadAsync(pid);
            return Page();
        }

        if (user is null)
        {
            user = new PoetUser { UserName = email, Email = email, DisplayName = string.IsNullOrWhiteSpace(FullName) ? email.Split('@')[0] : FullName.Trim() };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors) ModelState.AddModelError(nameof(Email), AccountMessages.Describe(error));
                await LoadAsync(pid);
                return Page();
            }
        }
        db.Members.Add(new PartnershipMember { PartnershipId = pid, UserId = user.Id, Role = Role!.Value });
        db.Record(User, pid, "role.granted", $"{email} as {Role}");
        // Someone who has never set a password needs a link; everyone else simply sees the partnership on next sign-in.
        if (user.PasswordHash is null) await QueueInvitationAsync(pid, user);
        await db.SaveChangesAsync();
        this.Notify($"{email} is now a {Role.Value.ToString().ToLowerInvariant()}");
        return Redirect(PartnershipLinks.People(pid));
    }

    public async Task<IActionResult> OnPostRemoveAsync(int pid, int memberId)
    {
        var member = await db.Members.Include(m => m.User).SingleOrDefaultAsync(m => m.Id == memberId && m.PartnershipId == pid);
        if (member is null) return NotFound();
        if (member.Role == PartnershipRole.Coordinator && await db.Members.CountAsync(m => m.PartnershipId == pid && m.Role == PartnershipRole.Coordinator) == 1)
        {
            ModelState.AddModelError("", LastCoordinator);
            await LoadAsync(pid);
            return Page();
        }
        db.Members.Remove(member);
        db.Record(User, pid, "role.removed", $"{member.User!.Email} as {member.Role}");
        await db.SaveChangesAsync();
        this.Notify($"{member.User.Email} is no longer a {member.Role.ToString().ToLowerInvariant()}");
        return Redirect(PartnershipLinks.People(pid));
    }

    public async Task<IActionResult> OnPostResendAsync(int pid, int memberId)
    {
        var member = await db.Members.Include(m => m.User).SingleOrDefaultAsync(m => m.Id == memberId && m.PartnershipId == pid);
        if (member?.User is not { PasswordHash: null } user) return NotFound();
        await QueueInvitationAsync(pid, user);
        db.Record(User, pid, "invitation.resent", user.Email!);
        await db.SaveChangesAsync();
        this.Notify($"A new invitation has been sent to {user.Email}");
        return Redirect(PartnershipLinks.People(pid));
    }

    private async Task QueueInvitationAsync(int pid, PoetUser user)
    {
        var partnership = await db.Partnerships.Where(p => p.Id == pid).Select(p => p.Name).SingleAsync();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{urls.BaseUrl}/account/accept-invite?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        db.Emails.Add(new EmailMessage
        {
            Kind = EmailKind.Plain,
            To = user.Email!,
            Subject = $"You have been invited to {partnership} on POET",
            Body = $"""
                Hello {user.DisplayName},

                {User.FindFirst("poet:name")?.Value ?? "A coordinator"} has invited you to work on {partnership} in POET, the Partnership Outcomes Evaluation Toolkit.

                Set your password and sign in here:
                {link}

                The link works once and expires after a day. If it has expired, ask the coordinator to send a new invitation.
                """,
            Status = EmailStatus.Pending,
            CreatedUtc = db.UtcNow,
            NotBeforeUtc = db.UtcNow,
        });
    }

    private async Task LoadAsync(int pid)
    {
        PartnershipName = await db.Partnerships.Where(p => p.Id == pid).Select(p => p.Name).SingleOrDefaultAsync() ?? "";
        Rows = await db.Members.Where(m => m.PartnershipId == pid).OrderBy(m => m.Role).ThenBy(m => m.User!.Email)
            .Select(m => new Row(m.Id, m.User!.DisplayName, m.User.Email ?? "", m.Role, m.User.PasswordHash != null)).ToListAsync();
    }
}
