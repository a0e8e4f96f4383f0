using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Admin;

/// <summary>
/// A subject access answer for a named person (issue 23): what POET holds about an email address (account, memberships,
/// roster entries, emails, audit entries), never their anonymous answers, which nothing links to them.
/// </summary>
public class SubjectAccessModel(PoetDb db) : PageModel
{
    public const string CannotFindAnswers =
        "POET cannot find this person's survey answers, workshop contributions, Q-sorts or questionnaire returns: none of them is linked to a name or an email address. They are not included, and cannot be corrected or deleted on request.";

    public sealed record RosterRow(string Partnership, string Round, string? Name, string Partner, string? Profession, SendStatus Sent, DateTime? SentUtc, int Reminders, bool Submitted);
    public sealed record EmailRow(string Subject, EmailStatus Status, DateTime CreatedUtc, DateTime? SentUtc);

    [BindProperty] public string? Email { get; set; }

    public bool Searched { get; private set; }
    public PoetUser? Account { get; private set; }
    public List<(string Partnership, PartnershipRole Role)> Memberships { get; private set; } = [];
    public List<RosterRow> Roster { get; private set; } = [];
    public List<EmailRow> Emails { get; private set; } = [];
    public int AuditByThem { get; private set; }
    public int AuditNamingThem { get; private set; }
    /// <summary>No account, roster entry, email or audit detail holds the address (for example once the retention schedule has run).</summary>
    public bool NothingHeld => Account is null && Roster.Count == 0 && Emails.Count == 0 && AuditNamingThem == 0;
    public const string NothingHeldText = "POET holds nothing about this address: no account, no roster entry, no email and no audit entry names it.";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (EmailAddresses.Problem(Email) is { } problem)
        {
            ModelState.AddModelError(nameof(Email), problem);
            return Page();
        }
        var email = Email!.Trim();
        var lower = email.ToLowerInvariant();
        Searched = true;
        Account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
        if (Account is not null)
        {
            Memberships = (await db.Members.AsNoTracking().Where(m => m.UserId == Account.Id).Select(m => new { m.Partnership!.Name, m.Role }).OrderBy(m => m.Name).ToListAsync())
                .Select(m => (m.Name, m.Role)).ToList();
            AuditByThem = await db.Audit.CountAsync(a => a.UserId == Account.Id);
        }
        Roster = await (from i in db.Invitations.AsNoTracking()
                        where i.Email.ToLower() == lower
                        join r in db.Rounds on i.RoundId equals r.Id
                        join p in db.PartnerOrganisations on i.PartnerOrganisationId equals p.Id
                        orderby r.Id
                        select new RosterRow(r.Partnership!.Name, r.Title, i.Name, p.Name,
                            db.ProfessionalGroups.Where(g => g.Id == i.ProfessionalGroupId).Select(g => g.Name).FirstOrDefault(),
                            i.SendStatus, i.SentUtc, i.RemindersSent, i.HasSubmitted)).ToListAsync();
        Emails = await db.Emails.AsNoTracking().Where(m => m.To.ToLower() == lower).OrderBy(m => m.Id)
            .Select(m => new EmailRow(m.Subject, m.Status, m.CreatedUtc, m.SentUtc)).ToListAsync();
        AuditNamingThem = await db.Audit.CountAsync(a => a.Detail.ToLower().Contains(lower));
        db.Record(User, null, "subject-access.searched", email);
        await db.SaveChangesAsync();
        return Page();
    }
}
