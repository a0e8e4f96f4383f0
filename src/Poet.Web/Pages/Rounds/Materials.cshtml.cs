using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Documents;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds;

/// <summary>Printable launch materials and the paper questionnaire for one round, for coordinators and facilitators.</summary>
public class MaterialsModel(PoetDb db, PublicUrls urls) : PageModel
{
    public RoundFacts Round { get; private set; } = null!;
    public string SurveyAddress => urls.SurveyCodeEntry;

    public sealed record RoundFacts(string PartnershipName, string Title, DateOnly ClosesOn, RoundStatus Status, int Statements);

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        if (await LoadAsync(pid, rid) is not { } round) return NotFound();
        Round = round;
        return Page();
    }

    public async Task<IActionResult> OnGetLetterAsync(int pid, int rid)
    {
        if (await LoadAsync(pid, rid) is not { } round) return NotFound();
        var pdf = InvitationLetter.Create(new(round.PartnershipName, round.Title, round.ClosesOn, SurveyAddress, Minutes(round), await ContactAsync(pid)));
        return await DownloadAsync(pid, round, pdf, "invitation-letter");
    }

    public async Task<IActionResult> OnGetBriefingAsync(int pid, int rid)
    {
        if (await LoadAsync(pid, rid) is not { } round) return NotFound();
        var pdf = MissedWorkshopBriefing.Create(new(round.PartnershipName, round.Title, round.ClosesOn, SurveyAddress, Minutes(round), await ContactAsync(pid)));
        return await DownloadAsync(pid, round, pdf, "briefing");
    }

    public async Task<IActionResult> OnGetQuestionnaireAsync(int pid, int rid)
    {
        if (await LoadAsync(pid, rid) is not { } round) return NotFound();
        var partners = await db.PartnerOrganisations.Where(p => p.PartnershipId == pid).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync();
        var professions = await db.ProfessionalGroups.Where(g => g.PartnershipId == pid).OrderBy(g => g.Name).Select(g => g.Name).ToListAsync();
        var items = await db.RoundItems.Where(i => i.RoundId == rid).OrderBy(i => i.Section).ThenBy(i => i.Order).ThenBy(i => i.Id)
            .Select(i => new PaperQuestionnaire.Item(i.ItemId, i.Section, i.Text, i.Help)).ToListAsync();
        var pdf = PaperQuestionnaire.Create(new(round.PartnershipName, round.Title, round.ClosesOn, partners, professions, items));
        return await DownloadAsync(pid, round, pdf, "paper-questionnaire");
    }

    private Task<RoundFacts?> LoadAsync(int pid, int rid) =>
        db.Rounds.Where(r => r.Id == rid && r.PartnershipId == pid)
            .Select(r => new RoundFacts(r.Partnership!.Name, r.Title, r.ClosesOn, r.Status, r.Items.Count(i => i.Section == 2 || i.Section == 3)))
            .SingleOrDefaultAsync();

    private static int Minutes(RoundFacts round) => SurveyWording.MinutesNeeded(round.Statements);

    /// <summary>Staff are told whom to ask: the partnership's coordinators, or a plain description when none is set up.</summary>
    private async Task<string> ContactAsync(int pid)
    {
        var coordinators = await db.Members.Where(m => m.PartnershipId == pid && m.Role == PartnershipRole.Coordinator)
            .OrderBy(m => m.User!.DisplayName).Select(m => new { m.User!.DisplayName, m.User.Email }).Take(2).ToListAsync();
        return coordinators.Count == 0
            ? "your partnership's survey coordinator"
            : string.Join(" or ", coordinators.Select(c => $"{c.DisplayName} ({c.Email})"));
    }

    private async Task<IActionResult> DownloadAsync(int pid, RoundFacts round, PdfFile pdf, string document)
    {
        db.Record(User, pid, "materials.downloaded", $"{document}: {round.Title}");
        await db.SaveChangesAsync();
        return File(pdf.Bytes, "application/pdf", $"{Slug(round.PartnershipName)}-{Slug(round.Title)}-{document}.pdf");
    }

    /// <summary>Plain ASCII file names survive every browser and mail client.</summary>
    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString(0, Math.Min(slug.Length, 40)).Trim('-');
        return result.Length == 0 ? "poet" : result;
    }
}
