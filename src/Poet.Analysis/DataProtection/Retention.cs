using Poet.Analysis.Text;

namespace Poet.Analysis.DataProtection;

/// <summary>
/// The retention schedule, in days after the event each period counts from. The one home of the periods: the host's
/// page, the background job, the round page, the privacy notices and the DPIA all read them from here.
/// </summary>
public sealed record RetentionPeriods(int RosterContactDays, int AccessCodeDays, int OutboxDays, int InterviewNoteDays, int AuditDetailDays)
{
    /// <summary>
    /// POET's defaults: rosters are needed for a while after the close (late paper returns are keyed by partner, queries
    /// from partners about who was invited), personal links are useless once a round closes, and audit details are kept a
    /// year for security reviews.
    /// </summary>
    public static readonly RetentionPeriods Defaults = new(90, 0, 30, 180, 365);

    public const int MaxDays = 3650;
}

/// <summary>One period of the schedule: its field, the label on the host's page, and what it counts from.</summary>
public sealed record RetentionRule(string Field, string Label, string After, string At, Func<RetentionPeriods, int> Days)
{
    /// <summary>"Deleted 90 days after the staff survey closes", or "Deleted when the staff survey closes" for 0 days.</summary>
    public string Kept(RetentionPeriods p) => Days(p) == 0 ? $"Deleted {At}" : $"Deleted {Wording.Count(Days(p), "day")} {After}";
}

public static class Retention
{
    public static readonly IReadOnlyList<RetentionRule> Rules =
    [
        new(nameof(RetentionPeriods.RosterContactDays), "Roster names and email addresses, and the emails sent to them", "after the staff survey closes", "when the staff survey closes", p => p.RosterContactDays),
        new(nameof(RetentionPeriods.AccessCodeDays), "Hashes of personal links and short codes", "after the staff survey closes", "when the staff survey closes", p => p.AccessCodeDays),
        new(nameof(RetentionPeriods.OutboxDays), "Sent emails and outbox files", "after sending", "once sent", p => p.OutboxDays),
        new(nameof(RetentionPeriods.InterviewNoteDays), "Interview notes (approved quotations are kept)", "after the users and carers questionnaire closes", "when the users and carers questionnaire closes", p => p.InterviewNoteDays),
        new(nameof(RetentionPeriods.AuditDetailDays), "Audit log details (the action and its date are kept)", "after the action", "as soon as the action is logged", p => p.AuditDetailDays),
    ];

    public static RetentionRule Rule(string field) => Rules.Single(r => r.Field == field);

    public static RetentionPeriods With(IReadOnlyDictionary<string, int> days) => new(
        days[nameof(RetentionPeriods.RosterContactDays)], days[nameof(RetentionPeriods.AccessCodeDays)], days[nameof(RetentionPeriods.OutboxDays)],
        days[nameof(RetentionPeriods.InterviewNoteDays)], days[nameof(RetentionPeriods.AuditDetailDays)]);

    /// <summary>
    /// The problem with a period the host typed, or null. Whole days from 0 to <see cref="RetentionPeriods.MaxDays"/>;
    /// a field left empty is a problem, not a default, so the host sees what they save.
    /// </summary>
    public static string? Problem(string label, string? value)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) return $"Enter how many days to keep {Lower(label)}";
        if (!int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days))
            return $"Days to keep {Lower(label)} must be a whole number, like 90";
        if (days > RetentionPeriods.MaxDays) return $"Days to keep {Lower(label)} must be {RetentionPeriods.MaxDays} or fewer";
        return null;
    }

    private static string Lower(string label) => char.ToLowerInvariant(label[0]) + label[1..];

    /// <summary>The day something that started on <paramref name="from"/> is due to be deleted.</summary>
    public static DateOnly DueOn(DateOnly from, int days) => from.AddDays(days);

    /// <summary>The day a round's clock starts: the day it closed, or its closing date for rounds closed before POET kept the time.</summary>
    public static DateOnly ClosedOn(DateTime? closedUtc, DateOnly closesOn) => closedUtc is { } c ? DateOnly.FromDateTime(c) : closesOn;

    /// <summary>True once <paramref name="today"/> has reached the day due (deletion happens on the day itself).</summary>
    public static bool IsDue(DateOnly from, int days, DateOnly today) => today >= DueOn(from, days);

    /// <summary>The round page's sentence about the roster's contact details.</summary>
    public static string ContactsSentence(DateOnly due, DateOnly? deleted, bool closed = true) => deleted is { } d
        ? $"Contact details were deleted on {d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}."
        : $"Contact details will be deleted on {due.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}{(closed ? "" : " if the round closes on its closing date")}.";
}
