using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Survey;

/// <summary>After "Save and come back later": the answers are in the draft already; this page says how to come back.</summary>
public class SavedModel(PoetDb db, SealedAnswers sealer, TimeProvider clock, IMemoryCache cache) : SurveyPageModel(db, sealer, clock)
{
    public const string Heading = "Your answers have been saved";
    public string ContinuePath { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await EnterAsync(token) is { } away) return away;
        ContinuePath = await ResumePathAsync(cache);
        return Page();
    }
}
