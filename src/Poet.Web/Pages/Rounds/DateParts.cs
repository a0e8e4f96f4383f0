using System.Globalization;

namespace Poet.Web.Pages.Rounds;

/// <summary>The three boxes of a GOV.UK date input, as typed.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public static DateParts From(DateOnly date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Reads the date, or returns the GOV.UK-style message saying what is wrong, e.g. "Closing date must include a month".</summary>
    public (DateOnly? Date, string? Error) Read(string label)
    {
        var parts = new (string Name, string? Value)[] { ("day", Day), ("month", Month), ("year", Year) };
        var missing = parts.Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Name).ToList();
        if (missing.Count == 3) return (null, $"Enter the {label.ToLowerInvariant()}");
        if (missing.Count > 0) return (null, $"{label} must include a {string.Join(" and ", missing)}");
        if (!int.TryParse(Day!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(Month!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(Year!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            return (null, $"{label} must be a real date");
        if (Year.Trim().Length != 4) return (null, $"The year of the {label.ToLowerInvariant()} must include 4 numbers");
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return (null, $"{label} must be a real date");
        return (new DateOnly(y, m, d), null);
    }
}
