using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Partnerships;

/// <summary>Members list and download; only coordinators upload or remove.</summary>
[RequestSizeLimit(DocumentFiles.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DocumentFiles.MaxRequestBytes)]
public class DocumentsModel(PoetDb db, PartnershipAccess access) : PageModel
{
    public const string NoFile = "Select a file to upload";
    public const string TooLarge = "The selected file must be smaller than 10 MB";
    public const string Empty = "The selected file is empty";
    public const string WrongType = "The selected file must be a PDF, DOCX, ODT or TXT file";

    public sealed record Row(int Id, string FileName, long Length, DateTime UploadedUtc, string UploadedBy);

    public List<Row> Rows { get; private set; } = [];
    public bool IsCoordinator { get; private set; }
    public int Pid { get; private set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    public async Task OnGetAsync(int pid) => await LoadAsync(pid);

    public async Task<IActionResult> OnPostAsync(int pid)
    {
        await LoadAsync(pid);
        if (!IsCoordinator) return NotFound();
        if (Upload is null) ModelState.AddModelError(nameof(Upload), NoFile);
        else if (Upload.Length > DocumentFiles.MaxBytes) ModelState.AddModelError(nameof(Upload), TooLarge);
        else if (Upload.Length == 0) ModelState.AddModelError(nameof(Upload), Empty);
        if (!ModelState.IsValid) return Page();

        var name = DocumentFiles.SafeFileName(Upload!.FileName);
        var content = new byte[Upload.Length];
        await using (var stream = Upload.OpenReadStream()) await stream.ReadExactlyAsync(content);
        if (!DocumentFiles.IsAllowedExtension(name))
        {
            ModelState.AddModelError(nameof(Upload), WrongType);
            return Page();
        }
        if (DocumentFiles.ContentTypeOf(name, content) is not { } contentType)
        {
            ModelState.AddModelError(nameof(Upload), $"The selected file is not a real {Path.GetExtension(name).TrimStart('.').ToUpperInvariant()} file. {WrongType}.");
            return Page();
        }
        db.Documents.Add(new PartnershipDocument
        {
            PartnershipId = pid, FileName = name, ContentType = contentType, Length = content.Length, Content = content,
            UploadedUtc = db.UtcNow, UploadedBy = User.Identity?.Name ?? "",
        });
        db.Record(User, pid, "document.uploaded", name);
        await db.SaveChangesAsync();
        return Redirect(PartnershipLinks.Documents(pid));
    }

    public async Task<IActionResult> OnPostRemoveAsync(int pid, int id)
    {
        if (!(await access.RolesInAsync(pid)).Contains(PartnershipRole.Coordinator)) return NotFound();
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id && d.PartnershipId == pid);
        if (document is null) return NotFound();
        db.Documents.Remove(document);
        db.Record(User, pid, "document.removed", document.FileName);
        await db.SaveChangesAsync();
        return Redirect(PartnershipLinks.Documents(pid));
    }

    private async Task LoadAsync(int pid)
    {
        Pid = pid;
        IsCoordinator = (await access.RolesInAsync(pid)).Contains(PartnershipRole.Coordinator);
        Rows = await db.Documents.Where(d => d.PartnershipId == pid).OrderByDescending(d => d.UploadedUtc)
            .Select(d => new Row(d.Id, d.FileName, d.Length, d.UploadedUtc, d.UploadedBy)).ToListAsync();
    }
}
