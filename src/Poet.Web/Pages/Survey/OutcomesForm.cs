using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Survey;

public sealed class OutcomeRow
{
    public string? Outcome { get; set; }
    public string? Rationale { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Outcome) && string.IsNullOrWhiteSpace(Rationale);
}

/// <summary>Section 4 (theories of change, brief §3.4): repeatable outcome and rationale rows; empty rows are ignored.</summary>
public static class OutcomesForm
{
    public const int MaxRows = 15;
    public const int MaxLength = 1000;
    public const string AddButton = "add";
    public const string RemovePrefix = "remove-";
    public const string TooMany = "You can give up to 15 outcomes. Remove the ones you do not need";

    public static List<OutcomeRow> Load(Response response) =>
        response.Outcomes.OrderBy(o => o.Order).Select(o => new OutcomeRow { Outcome = o.Outcome, Rationale = o.Rationale }).ToList();

    /// <summary>Applies a "Remove" button, drops empty rows, and records errors against the rows as they will be shown again.</summary>
    /// <remarks>With <paramref name="partial"/> ("Save and come back later") an explanation may wait for its outcome: such a row is kept with no outcome.</remarks>
    public static List<OutcomeRow> Validate(IReadOnlyList<OutcomeRow> posted, string? button, ModelStateDictionary modelState, string prefix, bool partial = false)
    {
        var rows = posted.ToList();
        if (button?.StartsWith(RemovePrefix) == true && int.TryParse(button[RemovePrefix.Length..], out var remove) && remove >= 0 && remove < rows.Count)
            rows.RemoveAt(remove);
        rows = rows.Where(r => !r.IsEmpty).ToList();
        for (var n = 0; n < rows.Count; n++)
        {
            var key = $"{prefix}[{n}]";
            if (string.IsNullOrWhiteSpace(rows[n].Outcome) && !partial)
                modelState.AddModelError(key + ".Outcome", $"Enter outcome {n + 1}, or clear its explanation");
            if (rows[n].Outcome?.Trim().Length > MaxLength)
                modelState.AddModelError(key + ".Outcome", $"Outcome {n + 1} must be {MaxLength:N0} characters or fewer");
            if (rows[n].Rationale?.Trim().Length > MaxLength)
                modelState.AddModelError(key + ".Rationale", $"The explanation for outcome {n + 1} must be {MaxLength:N0} characters or fewer");
        }
        if (rows.Count > MaxRows) modelState.AddModelError($"{prefix}[{MaxRows}].Outcome", TooMany);
        return rows;
    }

    /// <summary>Replaces the response's outcomes with the validated rows (a row saved for later may have no outcome yet); the caller stores the response.</summary>
    public static void Apply(Response response, IReadOnlyList<OutcomeRow> rows)
    {
        response.Outcomes.Clear();
        for (var n = 0; n < rows.Count; n++)
            response.Outcomes.Add(new OutcomeStatement
            {
                Id = Guid.NewGuid(), ResponseId = response.Id, Order = n + 1,
                Outcome = rows[n].Outcome?.Trim() ?? "", Rationale = rows[n].Rationale?.Trim() ?? "",
            });
        response.LastSectionSaved = Math.Max(response.LastSectionSaved, SurveyJourney.Outcomes);
    }

    /// <summary>Drops rows saved for later that still have no outcome: an explanation alone is not an outcome. Submitting calls it.</summary>
    public static void DropUnfinished(Response response)
    {
        response.Outcomes.RemoveAll(o => o.Outcome.Length == 0);
        var order = 1;
        foreach (var outcome in response.Outcomes.OrderBy(o => o.Order)) outcome.Order = order++;
    }

    /// <summary>The rows to show: the saved ones plus blanks, at least one and at most <see cref="MaxRows"/>.</summary>
    public static List<OutcomeRow> WithBlanks(List<OutcomeRow> rows, int blanks)
    {
        var shown = rows.ToList();
        while (shown.Count < MaxRows && (blanks-- > 0 || shown.Count == 0)) shown.Add(new OutcomeRow());
        return shown;
    }
}

/// <summary>Everything the outcomes partial needs.</summary>
public sealed record OutcomesView(IReadOnlyList<OutcomeRow> Rows, string Prefix);
