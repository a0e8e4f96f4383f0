using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Analysis.DataProtection;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Admin;

/// <summary>
/// The host's retention schedule (<see cref="Retention.Rules"/>): one number of days per kind of data, POET's defaults
/// stated beside each. <see cref="RetentionJob"/> enforces what is saved here.
/// </summary>
public class RetentionModel(PoetDb db, TimeProvider clock) : PageModel
{
    [BindProperty] public Dictionary<string, string?> Days { get; set; } = [];
    public RetentionPeriods Saved { get; private set; } = RetentionPeriods.Defaults;

    public static string FieldName(RetentionRule rule) => $"Days[{rule.Field}]";

    public async Task OnGetAsync()
    {
        Saved = await RetentionSchedule.LoadAsync(db, HttpContext.RequestAborted);
        Days = Retention.Rules.ToDictionary(r => r.Field, r => (string?)r.Days(Saved).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Saved = await RetentionSchedule.LoadAsync(db, HttpContext.RequestAborted);
        var days = new Dictionary<string, int>();
        foreach (var rule in Retention.Rules)
        {
            var value = Days.GetValueOrDefault(rule.Field);
            if (Retention.Problem(rule.Label, value) is { } problem) ModelState.AddModelError(FieldName(rule), problem);
            else days[rule.Field] = int.Parse(value!.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        if (!ModelState.IsValid) return Page();
        var p = Retention.With(days);
        var row = await db.RetentionSettings.FindAsync(1);
        if (row is null) db.RetentionSettings.Add(row = new RetentionSetting { Id = 1 });
        row.RosterContactDays = p.RosterContactDays;
        row.AccessCodeDays = p.AccessCodeDays;
        row.OutboxDays = p.OutboxDays;
        row.InterviewNoteDays = p.InterviewNoteDays;
        row.AuditDetailDays = p.AuditDetailDays;
        row.UpdatedBy = User.Identity?.Name ?? "";
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        db.Record(User, null, "retention.schedule-changed", string.Join(", ", Retention.Rules.Select(r => $"{r.Field} {r.Days(p)}")));
        await db.SaveChangesAsync();
        this.Notify("Retention schedule saved. POET applies it within the hour.");
        return Redirect("/admin/data-protection/retention");
    }
}
