using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Partnerships;

public class OverviewModel(PoetDb db, PartnershipAccess access) : PageModel
{
    public sealed record Person(string Name, string Email, PartnershipRole Role);

    public Partnership Partnership { get; private set; } = new();
    public List<Person> People { get; private set; } = [];
    public List<SurveyRound> Rounds { get; private set; } = [];
    public List<PartnershipDocument> Documents { get; private set; } = [];
    public bool IsCoordinator { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        var partnership = await db.Partnerships.AsNoTracking()
            .Include(p => p.Partners.OrderBy(o => o.Name)).Include(p => p.ProfessionalGroups.OrderBy(g => g.Name))
            .SingleOrDefaultAsync(p => p.Id == pid);
        if (partnership is null) return NotFound();
        Partnership = partnership;
        People = await db.Members.Where(m => m.PartnershipId == pid).OrderBy(m => m.Role).ThenBy(m => m.User!.DisplayName)
            .Select(m => new Person(m.User!.DisplayName, m.User.Email ?? "", m.Role)).ToListAsync();
        Rounds = await db.Rounds.AsNoTracking().Where(r => r.PartnershipId == pid).OrderByDescending(r => r.OpensOn).ThenByDescending(r => r.Id).ToListAsync();
        // Listing only: the file contents stay in the database.
        Documents = await db.Documents.Where(d => d.PartnershipId == pid).OrderBy(d => d.FileName)
            .Select(d => new PartnershipDocument { Id = d.Id, FileName = d.FileName, Length = d.Length, UploadedUtc = d.UploadedUtc }).ToListAsync();
        IsCoordinator = (await access.RolesInAsync(pid)).Contains(PartnershipRole.Coordinator);
        return Page();
    }

    public static string Describe(Frames frames) => frames == Frames.None
        ? "Not recorded"
        : string.Join(", ", ProfileModel.FrameChoices.Where(c => frames.HasFlag(c.Frame)).Select(c => c.Label));

    public static string Status(RoundStatus status) => status switch
    {
        RoundStatus.Open => "Open",
        RoundStatus.Closed => "Closed",
        _ => "Draft",
    };
}
