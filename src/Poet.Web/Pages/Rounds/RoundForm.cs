using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Rounds;

/// <summary>The settings a coordinator chooses for a round; shared by the create and settings pages.</summary>
public sealed class RoundForm
{
    public const int MaxTitleLength = 200;
    public const int MaxCount = 100_000;

    public string? Title { get; set; }
    public DateParts Opens { get; set; } = new();
    public DateParts Closes { get; set; } = new();
    public ThresholdKind? ThresholdKind { get; set; }
    public string? ThresholdValue { get; set; }
    public string? ReminderDays { get; set; }

    public static RoundForm From(SurveyRound round) => new()
    {
        Title = round.Title,
        Opens = DateParts.From(round.OpensOn),
        Closes = DateParts.From(round.ClosesOn),
        ThresholdKind = round.ThresholdKind,
        ThresholdValue = round.ThresholdValue.ToString(CultureInfo.InvariantCulture),
        ReminderDays = round.ReminderDays,
    };

    /// <summary>Adds an error per wrong field (keys "Form.Title" and so on); when all is well, copies the values onto the round.</summary>
    public bool TryApply(SurveyRound round, ModelStateDictionary errors, DateOnly today)
    {
        var title = Title?.Trim() ?? "";
        if (title.Length == 0) errors.AddModelError("Form.Title", "Enter a title for the round");
        else if (title.Length > MaxTitleLength) errors.AddModelError("Form.Title", $"Title must be {MaxTitleLength} characters or fewer");

        var (opens, opensError) = Opens.Read("Opening date");
        if (opensError is not null) errors.AddModelError("Form.Opens", opensError);
        var (closes, closesError) = Closes.Read("Closing date");
        if (closesError is not null) errors.AddModelError("Form.Closes", closesError);
        else if (opens is not null && closes <= opens) errors.AddModelError("Form.Closes", "Closing date must be after the opening date");
        else if (closes < today) errors.AddModelError("Form.Closes", "Closing date must be today or in the future");

        int threshold = 0;
        if (ThresholdKind is null) errors.AddModelError("Form.ThresholdKind", "Select whether the threshold is a percentage or a number of responses");
        if (string.IsNullOrWhiteSpace(ThresholdValue)) errors.AddModelError("Form.ThresholdValue", "Enter the minimum response threshold");
        else if (!int.TryParse(ThresholdValue.Trim().TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out threshold))
            errors.AddModelError("Form.ThresholdValue", "Threshold must be a whole number, like 30");
        else if (ThresholdKind == Data.Entities.ThresholdKind.Percent && threshold is < 1 or > 100)
            errors.AddModelError("Form.ThresholdValue", "A percentage threshold must be between 1 and 100");
        else if (ThresholdKind == Data.Entities.ThresholdKind.Count && threshold is < 1 or > MaxCount)
            errors.AddModelError("Form.ThresholdValue", "A number of responses must be between 1 and 100,000");

        var days = (ReminderDays ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsedDays = days.Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
        if (parsedDays.Any(n => n is < 1 or > 365))
            errors.AddModelError("Form.ReminderDays", "Enter reminder days as whole numbers from 1 to 365, separated by commas, like 7,14");

        if (errors.ErrorCount > 0) return false;
        round.Title = title;
        round.OpensOn = opens!.Value;
        round.ClosesOn = closes!.Value;
        round.ThresholdKind = ThresholdKind!.Value;
        round.ThresholdValue = threshold;
        round.ReminderDays = string.Join(",", parsedDays.Distinct().Order());
        return true;
    }
}
