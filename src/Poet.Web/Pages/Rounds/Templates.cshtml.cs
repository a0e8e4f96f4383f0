using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Documents;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds;

/// <summary>The invitation and reminder emails. The outbox fills in the placeholders for each person when it sends.</summary>
[CoordinatorOnly]
public partial class TemplatesModel(PoetDb db, PublicUrls urls) : PageModel
{
    public const int MaxSubject = 200;
    public const int MaxBody = 8000;
    public static readonly string[] Placeholders = ["Name", "Partnership", "Link", "Code", "CodeEntry", "ClosesOn", "Minutes"];

    [BindProperty] public string? InvitationSubject { get; set; }
    [BindProperty] public string? InvitationBody { get; set; }
    [BindProperty] public string? ReminderSubject { get; set; }
    [BindProperty] public string? ReminderBody { get; set; }

    public SurveyRound Round { get; private set; } = null!;
    public (string Subject, string Body)? InvitationPreview { get; private set; }
    public (string Subject, string Body)? ReminderPreview { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        Round = await LoadAsync(pid, rid);
        (InvitationSubject, InvitationBody, ReminderSubject, ReminderBody) = (Round.InvitationSubject, Round.InvitationBody, Round.ReminderSubject, Round.ReminderBody);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int pid, int rid)
    {
        Round = await LoadAsync(pid, rid);
        if (!Validate()) return Page();
        var fields = SampleFields(Round, await SurveyWording.MinutesNeededAsync(db, rid));
        InvitationPreview = (MessageTemplates.Render(InvitationSubject!, fields), MessageTemplates.Render(InvitationBody!, fields));
        ReminderPreview = (MessageTemplates.Render(ReminderSubject!, fields), MessageTemplates.Render(ReminderBody!, fields));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid)
    {
        Round = await LoadAsync(pid, rid);
        if (Round.Status == RoundStatus.Closed) ModelState.AddModelError("", "This round is closed, so its emails can no longer change.");
        if (!Validate()) return Page();
        Round.InvitationSubject = InvitationSubject!.Trim();
        Round.InvitationBody = InvitationBody!.Trim();
        Round.ReminderSubject = ReminderSubject!.Trim();
        Round.ReminderBody = ReminderBody!.Trim();
        db.Record(User, pid, "round.templates-changed", $"Round {rid}");
        await db.SaveChangesAsync();
        ViewData[Notices.Key] = "Email templates saved";
        return Page();
    }

    private Task<SurveyRound> LoadAsync(int pid, int rid) =>
        db.Rounds.Include(r => r.Partnership).SingleAsync(r => r.Id == rid && r.PartnershipId == pid);

    private bool Validate()
    {
        Check(nameof(InvitationSubject), "invitation", "subject", InvitationSubject, MaxSubject, needsLink: false);
        Check(nameof(InvitationBody), "invitation", "message", InvitationBody, MaxBody, needsLink: true);
        Check(nameof(ReminderSubject), "reminder", "subject", ReminderSubject, MaxSubject, needsLink: false);
        Check(nameof(ReminderBody), "reminder", "message", ReminderBody, MaxBody, needsLink: true);
        return ModelState.IsValid;
    }

    private void Check(string key, string email, string part, string? value, int max, bool needsLink)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(key, $"Enter the {email} {part}");
            return;
        }
        if (value.Length > max) ModelState.AddModelError(key, $"The {email} {part} must be {max:N0} characters or fewer");
        var unknown = Placeholder().Matches(value).Select(m => m.Groups[1].Value).Where(p => !Placeholders.Contains(p)).Distinct().ToList();
        if (unknown.Count > 0)
            ModelState.AddModelError(key, $"The {email} {part} uses {string.Join(", ", unknown.Select(u => "{" + u + "}"))}, which POET does not know. Use only {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}");
        else if (needsLink && !value.Contains("{Link}"))
            ModelState.AddModelError(key, $"The {email} {part} must include {{Link}}, where each person's personal link goes");
    }

    private Dictionary<string, string> SampleFields(SurveyRound round, int minutes) => new()
    {
        ["Name"] = "Sam Example",
        ["Partnership"] = round.Partnership?.Name ?? "",
        ["Link"] = urls.SurveyLink("example-personal-link"),
        ["Code"] = "ABCD-EFGH-JKMN",
        ["CodeEntry"] = urls.SurveyCodeEntry,
        ["ClosesOn"] = round.ClosesOn.ToString("d MMMM yyyy"),
        ["Minutes"] = minutes.ToString(CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
