using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Admin;

public class IndexModel(PoetDb db, UserManager<PoetUser> users) : PageModel
{
    public sealed record PartnershipRow(int Id, string Name, int Rounds, int People);
    public sealed record UserRow(string Id, string Name, string Email, bool IsHostAdmin, bool HasAccepted, DateTimeOffset? LockedUntil);

    public List<PartnershipRow> Partnerships { get; private set; } = [];
    public List<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Partnerships = await db.Partnerships.OrderBy(p => p.Name)
            .Select(p => new PartnershipRow(p.Id, p.Name, p.Rounds.Count, p.Members.Select(m => m.UserId).Distinct().Count())).ToListAsync();
        var now = db.Clock.GetUtcNow();
        var all = await db.Users.OrderBy(u => u.Email).AsNoTracking().ToListAsync();
        // Lockout end is compared in memory: SQLite cannot compare DateTimeOffset in SQL.
        Users = all.Select(u => new UserRow(u.Id, u.DisplayName, u.Email ?? "", u.IsHostAdmin, u.PasswordHash != null,
            u.LockoutEnd is { } end && end > now ? end : null)).ToList();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        db.Record(User, null, "user.unlocked", user.Email ?? "");
        await db.SaveChangesAsync();
        this.Notify($"{user.Email} can sign in again");
        return RedirectToPage();
    }
}
