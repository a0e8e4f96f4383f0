using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.Text;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Contribution;

/// <summary>The coordinator writes or changes an outcome's contribution story and picks the staff survey statements that evidence it.</summary>
[CoordinatorOnly]
public class EditModel(PoetDb db, IMemoryCache cache, TimeProvider clock) : PageModel
{
    public const int MaxLength = DataProtectionModel.StoryFieldMax;

    /// <summary>The story's fields, their labels (used in messages) and hints, in the order the page asks for them.</summary>
    public static readonly IReadOnlyList<(string Name, string Label, string Hint)> Fields =
    [
        (nameof(Activities), "What the partnership does", "The joint work, services or decisions that should lead to this outcome."),
        (nameof(Changes), "What changes as a result", "What should be different for people, staff or services before the outcome itself: for example quicker referrals."),
        (nameof(Assumptions), "Assumptions", "What must hold for each link to lead to the next."),
        (nameof(Risks), "Risks", "What could break the chain."),
        (nameof(OtherInfluences), "Other influences", "Anything else that could bring about, or hold back, the outcome: other services, policy, funding, the economy."),
    ];

    [BindProperty] public string? Activities { get; set; }
    [BindProperty] public string? Changes { get; set; }
    [BindProperty] public string? Assumptions { get; set; }
    [BindProperty] public string? Risks { get; set; }
    [BindProperty] public string? OtherInfluences { get; set; }
    [BindProperty] public List<string> StaffItems { get; set; } = [];

    public ContributionData Data { get; private set; } = null!;
    public OutcomeStory Story { get; private set; } = null!;

    public string? Value(string name) => name switch
    {
        nameof(Activities) => Activities,
        nameof(Changes) => Changes,
        nameof(Assumptions) => Assumptions,
        nameof(Risks) => Risks,
        _ => OtherInfluences,
    };

    public async Task<IActionResult> OnGetAsync(int pid, int outcomeId)
    {
        if (!await LoadAsync(pid, outcomeId)) return NotFound();
        if (Story.Story is { } s)
        {
            (Activities, Changes, Assumptions, Risks, OtherInfluences) = (s.Activities, s.Changes, s.Assumptions, s.Risks, s.OtherInfluences);
            StaffItems = ContributionData.ItemIds(s.StaffItems).ToList();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int outcomeId)
    {
        if (!await LoadAsync(pid, outcomeId)) return NotFound();
        foreach (var (name, label, _) in Fields)
        {
            var value = Value(name) ?? "";
            // The binder has already removed control characters (CleanTextBinder); the raw form says whether there were any.
            if (Request.Form[name].ToString() is { } raw && PlainText.NeedsCleaning(raw))
                ModelState.AddModelError(name, $"{label} contains hidden control characters, which have been removed. Check the text and save again");
            else if (value.Trim().Length > MaxLength)
                ModelState.AddModelError(name, $"{label} must be {MaxLength:N0} characters or fewer");
        }
        var known = Data.StaffItems.Select(i => i.ItemId).ToHashSet();
        var chosen = StaffItems.Where(known.Contains).Distinct().ToList();
        if (chosen.Count != StaffItems.Distinct().Count())
            ModelState.AddModelError(nameof(StaffItems), "Choose statements from the list shown");
        if (!ModelState.IsValid) return Page();

        var key = ContributionData.Key(Story.Outcome.Wording);
        var row = await db.ContributionStories.Where(s => s.PartnershipId == pid).ToListAsync();
        var story = row.FirstOrDefault(s => string.Equals(s.Outcome, key, StringComparison.OrdinalIgnoreCase));
        if (story is null) db.ContributionStories.Add(story = new ContributionStory { PartnershipId = pid, Outcome = key });
        story.Activities = (Activities ?? "").Trim();
        story.Changes = (Changes ?? "").Trim();
        story.Assumptions = (Assumptions ?? "").Trim();
        story.Risks = (Risks ?? "").Trim();
        story.OtherInfluences = (OtherInfluences ?? "").Trim();
        story.StaffItems = string.Join(",", chosen);
        story.UpdatedBy = User.Identity?.Name ?? "";
        story.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        db.Record(User, pid, "contribution.saved", key);
        await db.SaveChangesAsync();
        this.Notify("Contribution story saved");
        return Redirect(ContributionData.Page(pid, outcomeId));
    }

    private async Task<bool> LoadAsync(int pid, int outcomeId)
    {
        Data = await ContributionData.LoadAsync(db, pid, cache, HttpContext.RequestAborted);
        if (Data.Outcomes.FirstOrDefault(o => o.Outcome.Id == outcomeId) is not { } story) return false;
        Story = story;
        return true;
    }
}
