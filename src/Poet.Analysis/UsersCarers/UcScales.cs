using Poet.Analysis.Ordinal;

namespace Poet.Analysis.UsersCarers;

/// <summary>
/// The two scales of the user and carer questionnaire, as data. Codes are ordinal labels, never quantities;
/// they run from the negative end up, as on the staff scale, and forms show them from the positive end down.
/// </summary>
public static class UcScales
{
    public const int VeryImportant = 4;
    public const int Always = 4;
    public const int Usually = 3;
    public const int HappensDontKnow = 5;

    /// <summary>1 Not at all important, 2 Not very important, 3 Quite important, 4 Very important.</summary>
    public static LikertScale Importance { get; } = new(
    [
        new(1, "Not at all important", Stance.Disagree),
        new(2, "Not very important", Stance.Disagree),
        new(3, "Quite important", Stance.Agree),
        new(VeryImportant, "Very important", Stance.Agree),
    ]);

    /// <summary>1 Never, 2 Sometimes, 3 Usually, 4 Always, 5 Don't know (not a point on the scale: it sits last).</summary>
    public static LikertScale Happens { get; } = new(
    [
        new(1, "Never", Stance.Disagree),
        new(2, "Sometimes", Stance.Disagree),
        new(Usually, "Usually", Stance.Agree),
        new(Always, "Always", Stance.Agree),
        new(HappensDontKnow, "Don't know", Stance.DontKnow),
    ]);

    /// <summary>Options in the order a form shows them: the positive end first, "Don't know" last.</summary>
    public static IReadOnlyList<LikertOption> FormOrder(LikertScale scale) =>
        scale.Options.Where(o => o.Stance != Stance.DontKnow).Reverse().Concat(scale.Options.Where(o => o.Stance == Stance.DontKnow)).ToArray();
}
