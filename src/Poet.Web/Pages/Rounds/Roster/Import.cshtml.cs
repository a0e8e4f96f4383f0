using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds.Roster;

/// <summary>
/// Upload, check, then confirm. The checked rows travel between the two steps inside a hidden field, compressed and
/// sealed with data protection (tamper-proof, expiring after an hour), so nothing is stored until the coordinator confirms.
/// </summary>
[CoordinatorOnly]
[RequestFormLimits(MultipartBodyLengthLimit = RosterFile.MaxBytes + 64 * 1024, ValueLengthLimit = 16 * 1024 * 1024)]
[RequestSizeLimit(RosterFile.MaxBytes + 64 * 1024)]
public class ImportModel(PoetDb db, IDataProtectionProvider protection) : PageModel
{
    public const string ChooseFile = "Select a CSV or Excel file to import";
    public const string Expired = "The checked list has expired or could not be read. Upload the file again.";
    private static readonly TimeSpan PreviewLifetime = TimeSpan.FromHours(1);

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Payload { get; set; }

    public SurveyRound Round { get; private set; } = null!;
    public RosterReport? Report { get; private set; }
    public string? FileName { get; private set; }

    /// <summary>What the hidden field carries: the rows to add, by partnership ids, and how many the check skipped.</summary>
    public sealed record Pending(string FileName, int Skipped, IReadOnlyList<PendingRow> Rows);
    public sealed record PendingRow(string Email, string? Name, int PartnerId, int? ProfessionId);

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        await LoadRoundAsync(pid, rid);
        return Page();
    }

    /// <summary>
    /// An empty staff list to fill in (issue 15, item 10): the header row POET reads, and in the workbook a second sheet
    /// with the partner organisations and professional groups spelled as the import expects them.
    /// </summary>
    public async Task<IActionResult> OnGetTemplateAsync(int pid, int rid, string? format)
    {
        var people = new Reports.DataTable(["email", "partner", "profession", "name"], []);
        if (format != "xlsx") return File(Reports.CsvFile.Write(people), "text/csv", "poet-staff-list.csv");

        var partners = await db.PartnerOrganisations.Where(p => p.PartnershipId == pid).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync();
        var professions = await db.ProfessionalGroups.Where(p => p.PartnershipId == pid).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync();
        var names = new Reports.DataTable(["partner", "profession"], Enumerable.Range(0, Math.Max(partners.Count, professions.Count))
            .Select(i => new object?[] { i < partners.Count ? partners[i] : "", i < professions.Count ? professions[i] : "" }).ToList());
        return File(Reports.XlsxFile.Write(("Staff", people), ("Partners and professions", names)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "poet-staff-list.xlsx");
    }

    public async Task<IActionResult> OnPostUploadAsync(int pid, int rid)
    {
        if (!await LoadRoundAsync(pid, rid)) return Page();
        if (Upload is null) ModelState.AddModelError(nameof(Upload), ChooseFile);
        else if (Upload.Length > RosterFile.MaxBytes) ModelState.AddModelError(nameof(Upload), RosterFile.TooLarge);
        if (!ModelState.IsValid) return Page();

        using var buffer = new MemoryStream();
        await Upload!.CopyToAsync(buffer);
        var partners = await db.PartnerOrganisations.Where(p => p.PartnershipId == pid).ToListAsync();
        var professions = await db.ProfessionalGroups.Where(p => p.PartnershipId == pid).ToListAsync();
        var onRoster = (await db.Invitations.Where(i => i.RoundId == rid).Select(i => i.Email).ToListAsync()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        FileName = Path.GetFileName(Upload.FileName);
        Report = RosterFile.Read(buffer.ToArray(), FileName, new RosterContext(partners.Select(p => p.Name).ToList(), professions.Select(p => p.Name).ToList(), onRoster));
        if (Report.FileError is not null)
        {
            ModelState.AddModelError(nameof(Upload), Report.FileError);
            Report = null;
            return Page();
        }

        var rows = Report.Valid.Select(r => new PendingRow(r.Email, r.Name,
            partners.First(p => string.Equals(p.Name, r.Partner, StringComparison.OrdinalIgnoreCase)).Id,
            r.Profession is null ? null : professions.First(p => string.Equals(p.Name, r.Profession, StringComparison.OrdinalIgnoreCase)).Id)).ToList();
        var skippedLines = Report.Problems.Select(p => p.Line).Distinct().Count();
        Payload = Seal(pid, rid, new Pending(FileName, skippedLines, rows));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(int pid, int rid)
    {
        if (!await LoadRoundAsync(pid, rid)) return Page();
        var pending = Unseal(pid, rid, Payload);
        if (pending is null)
        {
            ModelState.AddModelError(nameof(Upload), Expired);
            return Page();
        }
        // The roster or the partnership may have changed since the check: skip anyone now on it or now invalid.
        var partnerIds = await db.PartnerOrganisations.Where(p => p.PartnershipId == pid).Select(p => p.Id).ToListAsync();
        var professionIds = await db.ProfessionalGroups.Where(p => p.PartnershipId == pid).Select(p => p.Id).ToListAsync();
        var onRoster = (await db.Invitations.Where(i => i.RoundId == rid).Select(i => i.Email).ToListAsync()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var toAdd = pending.Rows.Where(r => partnerIds.Contains(r.PartnerId) && (r.ProfessionId is null || professionIds.Contains(r.ProfessionId.Value)) && onRoster.Add(r.Email)).ToList();
        db.Invitations.AddRange(toAdd.Select(r => new Invitation { RoundId = rid, Email = r.Email, Name = r.Name, PartnerOrganisationId = r.PartnerId, ProfessionalGroupId = r.ProfessionId }));
        var skipped = pending.Skipped + pending.Rows.Count - toAdd.Count;
        db.Record(User, pid, "roster.imported", $"Round {rid}: {toAdd.Count} imported, {skipped} skipped, from {pending.FileName}");
        await db.SaveChangesAsync();
        this.Notify($"{toAdd.Count} {(toAdd.Count == 1 ? "person" : "people")} imported. {skipped} {(skipped == 1 ? "row was" : "rows were")} skipped.");
        return Redirect(RoundLinks.Roster(pid, rid));
    }

    private async Task<bool> LoadRoundAsync(int pid, int rid)
    {
        Round = await db.Rounds.SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        if (Round.Status == RoundStatus.Closed) ModelState.AddModelError("", AddModel.Closed);
        return ModelState.IsValid;
    }

    private ITimeLimitedDataProtector Protector(int pid, int rid) =>
        protection.CreateProtector("poet.roster-import", $"{pid}/{rid}").ToTimeLimitedDataProtector();

    private string Seal(int pid, int rid, Pending pending)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest)) JsonSerializer.Serialize(gzip, pending);
        return Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(Protector(pid, rid).Protect(compressed.ToArray(), PreviewLifetime));
    }

    private Pending? Unseal(int pid, int rid, string? payload)
    {
        if (string.IsNullOrEmpty(payload)) return null;
        try
        {
            var bytes = Protector(pid, rid).Unprotect(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(payload));
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<Pending>(gzip);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException or InvalidDataException)
        {
            return null;
        }
    }
}
