using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Poet.Web.Pages;

public class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
