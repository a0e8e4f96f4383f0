using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Partnerships;

public class PartnersModel(PoetDb db) : NamedListModel(db)
{
    public override string Noun => "partner organisation";
    public override string Heading => "Partner organisations";
    protected override string AuditPrefix => "partner";

    protected override IQueryable<Item> Items(int pid) =>
        Db.PartnerOrganisations.Where(o => o.PartnershipId == pid).Select(o => new Item { Id = o.Id, Name = o.Name });

    protected override void Add(int pid, string name) => Db.PartnerOrganisations.Add(new PartnerOrganisation { PartnershipId = pid, Name = name });

    protected override async Task RenameAsync(int pid, int id, string name) =>
        (await Db.PartnerOrganisations.SingleAsync(o => o.Id == id && o.PartnershipId == pid)).Name = name;

    protected override async Task RemoveAsync(int pid, int id) =>
        Db.PartnerOrganisations.Remove(await Db.PartnerOrganisations.SingleAsync(o => o.Id == id && o.PartnershipId == pid));

    protected override async Task<bool> InUseAsync(int pid, int id)
    {
        var rounds = Db.Rounds.Where(r => r.PartnershipId == pid).Select(r => r.Id);
        return await Db.Invitations.AnyAsync(i => rounds.Contains(i.RoundId) && i.PartnerOrganisationId == id)
            || await Db.Responses.AnyAsync(r => rounds.Contains(r.RoundId) && r.PartnerOrganisationId == id);
    }
}
