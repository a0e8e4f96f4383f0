using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Analysis.DataProtection;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Admin;

/// <summary>The host's DPIA (<see cref="Dpia.Markdown"/>) filled in with this host's settings, to read or download and adapt.</summary>
public class DataProtectionModel(IConfiguration config, PoetDb db) : PageModel
{
    public HostDetails Host { get; private set; } = Dpia.Template;
    public string Text { get; private set; } = "";

    public async Task OnGetAsync()
    {
        Host = await HostDataProtection.LoadAsync(config, db, HttpContext.RequestAborted);
        Text = Dpia.Markdown(Host);
    }

    public async Task<IActionResult> OnGetDownloadAsync() =>
        File(Encoding.UTF8.GetBytes(Dpia.Markdown(await HostDataProtection.LoadAsync(config, db, HttpContext.RequestAborted))), "text/markdown; charset=utf-8", "poet-dpia.md");
}
