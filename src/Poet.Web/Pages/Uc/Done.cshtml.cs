using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;

namespace Poet.Web.Pages.Uc;

public class DoneModel(PoetDb db) : PageModel
{
    public bool EasyRead => EasyReadModel.IsOn(Request);

    public async Task<IActionResult> OnGetAsync(string key) =>
        await db.UcQuestionnaires.AnyAsync(q => q.LinkKey == key) ? Page() : NotFound();
}
