using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Analysis.DataProtection;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Privacy;

/// <summary>One audience's privacy notice, written from <see cref="PersonalData.Items"/>: what POET stores about them.</summary>
public class NoticeModel(IConfiguration config, Poet.Data.PoetDb db) : PageModel
{
    public Audience Audience { get; private set; }
    public HostDetails Host { get; private set; } = Dpia.Template;

    public async Task<IActionResult> OnGetAsync(string audience)
    {
        if (PersonalData.FromSlug(audience) is not { } a) return NotFound();
        Audience = a;
        Host = await HostDataProtection.LoadAsync(config, db, HttpContext.RequestAborted);
        return Page();
    }
}
