using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds;

/// <summary>How a round's settings read on screen.</summary>
public static class RoundText
{
    public static string Threshold(SurveyRound round) => round.ThresholdKind == ThresholdKind.Percent
        ? $"{round.ThresholdValue}% of the people invited"
        : $"{round.ThresholdValue} usable {(round.ThresholdValue == 1 ? "response" : "responses")}";

    public static string Reminders(SurveyRound round) => ReminderSchedule.Parse(round.ReminderDays) is { Count: > 0 } days
        ? $"{string.Join(" and ", days)} days after the invitation"
        : "No reminders";
}
