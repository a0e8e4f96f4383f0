using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Analysis.DataProtection;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Privacy;

/// <summary>One audience's privacy notice, written from <see cref="PersonalData.Items"/>: what POET stores about them.</summary>
public class NoticeModel(IConfiguration config) : PageModel
{
    public Audience Audience { get; private set; }
    public HostDetails Host { get; private set; } = Dpia.Template;

    public IActionResult OnGet(string audience)
    {
        if (PersonalData.FromSlug(audience) is not { } a) return NotFound();
        Audience = a;
        Host = HostDataProtection.From(config);
        return Page();
    }
}
