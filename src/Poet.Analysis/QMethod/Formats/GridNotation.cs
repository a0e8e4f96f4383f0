using System.Globalization;

namespace Poet.Analysis.QMethod.Formats;

/// <summary>
/// A grid written on one line as its lowest column, a colon, and the count of each column from there:
/// "-4:2,3,4,5,5,5,4,3,2" is -4 to +4 holding 2, 3, 4, 5, 5, 5, 4, 3 and 2 statements.
/// </summary>
public static class GridNotation
{
    /// <exception cref="QMethodInputException">The text is not in this notation; the message shows an example.</exception>
    public static Grid Parse(string text)
    {
        var problem = $"A grid is written as its lowest column, a colon and the count of each column, such as -4:2,3,4,5,5,5,4,3,2; '{text}' is not.";
        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryInt(parts[0], out var lowest)) throw new QMethodInputException(problem);
        var counts = new List<int>();
        foreach (var count in parts[1].Split(',', StringSplitOptions.TrimEntries))
        {
            if (!TryInt(count, out var n) || n < 0) throw new QMethodInputException(problem);
            counts.Add(n);
        }
        return Grid.FromLowest(lowest, counts);
    }

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
