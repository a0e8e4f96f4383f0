using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Partnerships;

[Authorize(Policy = PoetPolicies.HostAdmin)]
public class NewModel(PoetDb db) : PageModel
{
    public const int MaxName = 200;

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Area { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Name?.Trim() ?? "";
        var area = Area?.Trim() ?? "";
        if (name.Length == 0) ModelState.AddModelError(nameof(Name), "Enter the name of the partnership");
        else if (name.Length > MaxName) ModelState.AddModelError(nameof(Name), $"Partnership name must be {MaxName} characters or fewer");
        else if (await db.Partnerships.AnyAsync(p => p.Name == name)) ModelState.AddModelError(nameof(Name), $"A partnership called {name} already exists. Enter a different name.");
        if (area.Length == 0) ModelState.AddModelError(nameof(Area), "Enter the area the partnership covers");
        else if (area.Length > MaxName) ModelState.AddModelError(nameof(Area), $"Area must be {MaxName} characters or fewer");
        if (!ModelState.IsValid) return Page();

        var partnership = new Partnership { Name = name, Area = area, CreatedUtc = db.UtcNow };
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync();
        db.Record(User, partnership.Id, "partnership.created", name);
        await db.SaveChangesAsync();
        this.Notify($"{name} has been created");
        return Redirect(PartnershipLinks.Overview(partnership.Id));
    }
}
