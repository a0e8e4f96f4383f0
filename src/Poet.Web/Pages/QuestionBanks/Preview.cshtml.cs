using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Pages.Survey;

namespace Poet.Web.Pages.QuestionBanks;

/// <summary>A shipped item bank as a respondent would see it, with how each statement maps to the standard bank.</summary>
[Authorize]
public class PreviewModel : PageModel
{
    public ItemBank Bank { get; private set; } = ItemBank.Current;

    public IActionResult OnGet(string version)
    {
        if (!ItemBank.Versions.Contains(version)) return NotFound();
        Bank = ItemBank.Load(version);
        return Page();
    }

    /// <summary>A scale section's statements as the survey page's fields take them (ids are positions; nothing is saved).</summary>
    public SectionView View(int section)
    {
        var items = Bank.Items.Where(i => i.Section == section)
            .Select((i, n) => new RoundItem { Id = n + 1, ItemId = i.Id, Section = i.Section, Theme = i.Theme, Text = i.Text, Help = i.Help, Source = i.Source, Order = n + 1 }).ToArray();
        return new SectionView(section, items, items.Select(i => new ItemAnswer { RoundItemId = i.Id }).ToArray(), $"Preview{section}");
    }

    /// <summary>"Same wording as the standard bank", "Matches standard statement ID, reworded" or "Written for this setting".</summary>
    public static string Mapping(BankItem item)
    {
        if (ItemBank.StandardItemFor(item.Id) is not { } standard) return "Written for this setting: compared only with rounds that used this set";
        var text = ItemBank.Current.Items.Single(i => i.Id == standard).Text;
        return text == item.Text ? "Same wording as the standard questions" : $"Matches the standard statement \u201c{text}\u201d, reworded for this setting";
    }
}
