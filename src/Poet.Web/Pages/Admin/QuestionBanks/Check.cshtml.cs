using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Analysis.Instrument;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Pages.Survey;

namespace Poet.Web.Pages.Admin.QuestionBanks;

/// <summary>
/// A host admin uploads a bank file (<see cref="BankFile"/>): every problem is listed by line, or the statements are shown as
/// staff would see them, with how each maps to the standard bank. Nothing is stored yet.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
public class CheckModel : PageModel
{
    public const int MaxBytes = 1024 * 1024;
    public const string ChooseFile = "Choose a bank file to check";
    public const string TooLarge = "The file must be smaller than 1 MB";
    public const string NotCsv = "The file must be a CSV file (.csv) saved as UTF-8 text";

    [BindProperty] public IFormFile? Upload { get; set; }

    public BankFileResult? Result { get; private set; }
    public string FileName { get; private set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), ChooseFile);
        else if (Upload.Length > MaxBytes) ModelState.AddModelError(nameof(Upload), TooLarge);
        else if (!Path.GetExtension(Upload.FileName).Equals(".csv", StringComparison.OrdinalIgnoreCase)) ModelState.AddModelError(nameof(Upload), NotCsv);
        if (!ModelState.IsValid) return Page();

        using var buffer = new MemoryStream();
        await Upload!.CopyToAsync(buffer);
        string text;
        try { text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.ToArray()); }
        catch (DecoderFallbackException) { ModelState.AddModelError(nameof(Upload), NotCsv); return Page(); }
        if (text.Contains('\0')) { ModelState.AddModelError(nameof(Upload), NotCsv); return Page(); }

        FileName = Path.GetFileName(Upload.FileName);
        Result = BankFile.Parse(text, ItemBank.Current.Items.Select(i => i.Id).ToHashSet());
        return Page();
    }

    /// <summary>A section's statements as the survey page's fields take them (ids are positions; nothing is saved).</summary>
    public SectionView View(int section)
    {
        var items = Result!.Items.Where(i => i.Section == section)
            .Select((i, n) => new RoundItem { Id = n + 1, ItemId = i.Id, Section = i.Section, Theme = i.Theme, Text = i.Text, Help = i.Help, Source = i.Source, Order = n + 1 }).ToArray();
        return new SectionView(section, items, items.Select(i => new ItemAnswer { RoundItemId = i.Id }).ToArray(), $"Preview{section}");
    }
}
