using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Poet.Web.Pages.Outcomes;

/// <summary>A page under /partnerships/{pid}/rounds/{rid}: the ids from its route, already checked by PartnershipAccessFilter.</summary>
public abstract class RoundPage : PageModel
{
    public int Pid => int.Parse(RouteData.Values["pid"]!.ToString()!);
    public int Rid => int.Parse(RouteData.Values["rid"]!.ToString()!);
}
