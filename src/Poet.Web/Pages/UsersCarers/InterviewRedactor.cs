using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Text;
using Poet.Data;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// Interview notes are screened like staff comments: emails, phone numbers, and the names POET knows in this
/// partnership (its staff rosters and its members), because families name the staff who support them.
/// </summary>
public static class InterviewRedactor
{
    public static async Task<Redactor> LoadAsync(PoetDb db, int pid, CancellationToken ct = default)
    {
        var staff = await db.Invitations.Where(i => db.Rounds.Any(r => r.Id == i.RoundId && r.PartnershipId == pid)).Select(i => i.Name).ToListAsync(ct);
        var members = await db.Members.Where(m => m.PartnershipId == pid).Select(m => m.User!.DisplayName).ToListAsync(ct);
        return new Redactor(staff.Concat(members));
    }
}
