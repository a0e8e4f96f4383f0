using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Analysis.DataProtection;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Admin;

/// <summary>The host's DPIA (<see cref="Dpia.Markdown"/>) filled in with this host's settings, to read or download and adapt.</summary>
public class DataProtectionModel(IConfiguration config) : PageModel
{
    public HostDetails Host { get; private set; } = Dpia.Template;
    public string Text { get; private set; } = "";

    public void OnGet()
    {
        Host = HostDataProtection.From(config);
        Text = Dpia.Markdown(Host);
    }

    public IActionResult OnGetDownload() =>
        File(Encoding.UTF8.GetBytes(Dpia.Markdown(HostDataProtection.From(config))), "text/markdown; charset=utf-8", "poet-dpia.md");
}
