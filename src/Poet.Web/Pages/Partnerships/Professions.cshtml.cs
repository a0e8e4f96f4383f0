using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Partnerships;

public class ProfessionsModel(PoetDb db) : NamedListModel(db)
{
    public override string Noun => "professional group";
    public override string Heading => "Professional groups";
    protected override string AuditPrefix => "profession";

    protected override IQueryable<Item> Items(int pid) =>
        Db.ProfessionalGroups.Where(g => g.PartnershipId == pid).Select(g => new Item { Id = g.Id, Name = g.Name });

    protected override void Add(int pid, string name) => Db.ProfessionalGroups.Add(new ProfessionalGroup { PartnershipId = pid, Name = name });

    protected override async Task RenameAsync(int pid, int id, string name) =>
        (await Db.ProfessionalGroups.SingleAsync(g => g.Id == id && g.PartnershipId == pid)).Name = name;

    protected override async Task RemoveAsync(int pid, int id) =>
        Db.ProfessionalGroups.Remove(await Db.ProfessionalGroups.SingleAsync(g => g.Id == id && g.PartnershipId == pid));

    protected override async Task<bool> InUseAsync(int pid, int id)
    {
        var rounds = Db.Rounds.Where(r => r.PartnershipId == pid).Select(r => r.Id);
        return await Db.Invitations.AnyAsync(i => rounds.Contains(i.RoundId) && i.ProfessionalGroupId == id)
            || await Db.Responses.AnyAsync(r => rounds.Contains(r.RoundId) && r.ProfessionalGroupId == id);
    }
}
