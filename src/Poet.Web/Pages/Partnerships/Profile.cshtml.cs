using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.National;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Partnerships;

[CoordinatorOnly]
public class ProfileModel(PoetDb db) : PageModel
{
    public const int MaxShort = 200;
    public const int MaxNotes = 4000;
    public const int MaxStakeholderNotes = 20000;

    public sealed record FrameChoice(Frames Frame, string Label, string Hint);

    /// <summary>Dickinson's four frames (brief §8.1): why the partners say they went into partnership.</summary>
    public static readonly FrameChoice[] FrameChoices =
    [
        new(Frames.Structural, "Structural", "Health and social care grew up in separate silos; partnership overcomes those structural barriers."),
        new(Frames.SocialChallenges, "Social challenges", "\"Wicked\" problems are beyond any one organisation, so a coalition led by public services is needed."),
        new(Frames.HighPerformance, "High performance", "Public bodies must be more business-like; the partnership steers the area and manages how providers perform."),
        new(Frames.ThirdWay, "Third Way", "Partnership is a route between big government and the free market."),
    ];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Area { get; set; }
    [BindProperty] public string? ClientGroup { get; set; }
    [BindProperty] public string? PartnershipType { get; set; }
    [BindProperty] public string? Governance { get; set; }
    [BindProperty] public List<Frames> SelectedFrames { get; set; } = [];
    [BindProperty] public string? DepthBreadthNotes { get; set; }
    /// <summary>Coded characteristics by dimension id (national-vocabularies.json); an empty value means not stated.</summary>
    [BindProperty] public Dictionary<string, string?> Codes { get; set; } = [];
    [BindProperty] public string? StakeholderNotes { get; set; }

    public static NationalVocabularies Vocabularies => NationalVocabularies.Current;

    public SelectField CodeField(CodedDimension d) => new($"Codes[{d.Id}]", d.Label, Codes.GetValueOrDefault(d.Id),
        d.Terms.Select(t => (t.Id, t.Hint is null ? t.Label : $"{t.Label} ({t.Hint})")).ToArray(), "Not stated");

    public async Task<IActionResult> OnGetAsync(int pid)
    {
        if (await db.Partnerships.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pid) is not { } p) return NotFound();
        (Name, Area, ClientGroup, PartnershipType, Governance) = (p.Name, p.Area, p.ClientGroup, p.PartnershipType, p.Governance);
        SelectedFrames = FrameChoices.Select(c => c.Frame).Where(f => p.Frames.HasFlag(f)).ToList();
        (DepthBreadthNotes, StakeholderNotes) = (p.DepthBreadthNotes, p.StakeholderNotes);
        Codes = new()
        {
            [NationalVocabularies.Type] = p.TypeCode, [NationalVocabularies.Client] = p.ClientGroupCode,
            [NationalVocabularies.Governance] = p.GovernanceCode, [NationalVocabularies.Region] = p.RegionCode,
            [NationalVocabularies.Depth] = p.DepthCode, [NationalVocabularies.Breadth] = p.BreadthCode,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid)
    {
        if (await db.Partnerships.SingleOrDefaultAsync(p => p.Id == pid) is not { } p) return NotFound();
        var name = Name?.Trim() ?? "";
        if (name.Length == 0) ModelState.AddModelError(nameof(Name), "Enter the name of the partnership");
        else if (await db.Partnerships.AnyAsync(o => o.Name == name && o.Id != pid)) ModelState.AddModelError(nameof(Name), $"A partnership called {name} already exists. Enter a different name.");
        if (string.IsNullOrWhiteSpace(Area)) ModelState.AddModelError(nameof(Area), "Enter the area the partnership covers");
        CheckLength(nameof(Name), "Partnership name", Name, MaxShort);
        CheckLength(nameof(Area), "Area", Area, MaxShort);
        CheckLength(nameof(ClientGroup), "Client group", ClientGroup, MaxShort);
        CheckLength(nameof(PartnershipType), "Type of partnership, in your own words", PartnershipType, MaxShort);
        CheckLength(nameof(Governance), "Governance arrangement", Governance, MaxNotes);
        CheckLength(nameof(DepthBreadthNotes), "Depth and breadth notes", DepthBreadthNotes, MaxNotes);
        CheckLength(nameof(StakeholderNotes), "Notes from stakeholder interviews", StakeholderNotes, MaxStakeholderNotes);
        foreach (var d in Vocabularies.Dimensions)
            if (Codes.GetValueOrDefault(d.Id) is { Length: > 0 } code && !d.IsCode(code))
                ModelState.AddModelError($"Codes[{d.Id}]", $"Choose a {d.Label.ToLowerInvariant()} from the list, or \"Not stated\"");
        if (!ModelState.IsValid) return Page();

        p.Name = name;
        p.Area = Area!.Trim();
        p.ClientGroup = ClientGroup?.Trim() ?? "";
        p.PartnershipType = PartnershipType?.Trim() ?? "";
        p.Governance = Governance?.Trim() ?? "";
        p.Frames = SelectedFrames.Where(f => FrameChoices.Any(c => c.Frame == f)).Aggregate(Frames.None, (all, f) => all | f);
        p.DepthBreadthNotes = DepthBreadthNotes?.Trim() ?? "";
        p.StakeholderNotes = StakeholderNotes?.Trim() ?? "";
        string? Code(string dimension) => Codes.GetValueOrDefault(dimension) is { Length: > 0 } c ? c : null;
        p.TypeCode = Code(NationalVocabularies.Type);
        p.ClientGroupCode = Code(NationalVocabularies.Client);
        p.GovernanceCode = Code(NationalVocabularies.Governance);
        p.RegionCode = Code(NationalVocabularies.Region);
        p.DepthCode = Code(NationalVocabularies.Depth);
        p.BreadthCode = Code(NationalVocabularies.Breadth);
        db.Record(User, pid, "partnership.profile-updated");
        await db.SaveChangesAsync();
        return Redirect(PartnershipLinks.Overview(pid));
    }

    private void CheckLength(string field, string label, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max && ModelState.GetFieldValidationState(field) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            ModelState.AddModelError(field, $"{label} must be {max:N0} characters or fewer. You entered {value.Trim().Length:N0}.");
    }
}
