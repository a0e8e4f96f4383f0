namespace Poet.Analysis.Responses;

/// <summary>Whether a round has enough usable responses to start the service-user phase.</summary>
public sealed record ThresholdCheck(int UsableNeeded, int Usable)
{
    public bool IsMet => Usable >= UsableNeeded;
    public int MoreNeeded => Math.Max(0, UsableNeeded - Usable);
}

public static class ResponseThreshold
{
    /// <summary>
    /// A percentage threshold is a share of the people invited, rounded up (30% of 73 needs 22); a count is a number of
    /// usable responses. At least one usable response is always needed, so an empty roster never unlocks anything.
    /// </summary>
    public static ThresholdCheck Check(bool isPercent, int thresholdValue, int invited, int usable)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(thresholdValue);
        ArgumentOutOfRangeException.ThrowIfNegative(invited);
        var needed = isPercent ? (int)Math.Ceiling(thresholdValue * (decimal)invited / 100m) : thresholdValue;
        return new ThresholdCheck(Math.Max(1, needed), usable);
    }
}
