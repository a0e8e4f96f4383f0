using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Partnerships;

/// <summary>Set-ups the partnership page tests share: a partnership with a signed-in member, and rows that refer to it.</summary>
public static class Scenario
{
    public static string NewEmail(string who = "person") => $"{who}-{Guid.NewGuid().ToString("N")[..12]}@example.org";

    public static async Task<(int Pid, HttpClient Client, PoetUser User)> MemberAsync(this PoetApp app, PartnershipRole role = PartnershipRole.Coordinator, string? name = null)
    {
        var pid = await app.CreatePartnershipAsync(name ?? "Partnership " + Guid.NewGuid().ToString("N")[..8]);
        var user = await app.CreateUserAsync(NewEmail(role.ToString().ToLowerInvariant()), partnershipId: pid, role: role);
        return (pid, await app.SignedInClientAsync(user.Email!), user);
    }

    public static async Task<HttpClient> HostAdminAsync(this PoetApp app)
    {
        var admin = await app.CreateUserAsync(NewEmail("admin"), hostAdmin: true);
        return await app.SignedInClientAsync(admin.Email!);
    }

    public static Task<int> AddRoundAsync(this PoetApp app, int pid, string title = "Spring staff survey") => app.WithDbAsync(async db =>
    {
        var round = new SurveyRound
        {
            PartnershipId = pid, Title = title, OpensOn = new DateOnly(2026, 3, 1), ClosesOn = new DateOnly(2026, 3, 31),
            Status = RoundStatus.Open, InstrumentVersion = "1", CodeSalt = [1, 2, 3],
        };
        db.Rounds.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    });

    public static Task<int> AddInvitationAsync(this PoetApp app, int rid, int partnerId, int? groupId = null) => app.WithDbAsync(async db =>
    {
        var invitation = new Invitation { RoundId = rid, Email = NewEmail("staff"), PartnerOrganisationId = partnerId, ProfessionalGroupId = groupId };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        return invitation.Id;
    });

    public static Task AddResponseAsync(this PoetApp app, int rid, int? partnerId, int? groupId) => app.WithDbAsync(async db =>
    {
        db.Responses.Add(new Response { Id = Guid.NewGuid(), RoundId = rid, PartnerOrganisationId = partnerId, ProfessionalGroupId = groupId });
        await db.SaveChangesAsync();
    });

    public static Task<int> PartnerIdAsync(this PoetApp app, int pid, string name) =>
        app.WithDbAsync(db => db.PartnerOrganisations.Where(o => o.PartnershipId == pid && o.Name == name).Select(o => o.Id).SingleAsync());

    public static Task<int> GroupIdAsync(this PoetApp app, int pid, string name) =>
        app.WithDbAsync(db => db.ProfessionalGroups.Where(g => g.PartnershipId == pid && g.Name == name).Select(g => g.Id).SingleAsync());

    public static Task<List<string>> AuditActionsAsync(this PoetApp app, int pid) =>
        app.WithDbAsync(db => db.Audit.Where(a => a.PartnershipId == pid).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
}
