using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Poet.Data.Documents;

/// <summary>Wording the printed materials share, so the letter, the briefing and the paper form promise the same things.</summary>
public static class SurveyWording
{
    /// <summary>Breakdowns hide smaller groups (see DEVELOPERS.md); the printed promise names the same number.</summary>
    public const int MinimumGroupSize = 5;

    public static readonly IReadOnlyList<string> ScaleLabels = ["Strongly disagree", "Disagree", "Don't know", "Agree", "Strongly agree"];

    public static readonly IReadOnlyList<string> Anonymity =
    [
        "Your personal code (or the personal link in your email) only lets you in to the survey. It is not kept with your answers.",
        "POET keeps no record of which answers are yours. No one can find out what you said: not your manager, not your coordinator, not the people who run POET.",
        $"Results are only shown for groups of {MinimumGroupSize} or more people, so no one can be picked out.",
        "Your coordinator can see who has responded, so that reminders go only to people who have not, but never what anyone said.",
    ];

    public const string MiddleOption =
        "Choose \"Don't know\" only if you do not understand the statement or it does not apply to your work. Otherwise pick the answer closest to your view, even if you are not completely sure.";

    public const string Comments =
        "Every statement has space for a comment. Please use it, especially when you strongly agree or strongly disagree: your reasons help the partnership understand the numbers.";

    public static string SectionTitle(int section) => section switch
    {
        1 => "About you",
        2 => "How the partnership feels to you",
        3 => "How the partnership is organised",
        4 => "Outcomes for service users",
        _ => $"Section {section}",
    };

    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>About 20 seconds a statement plus 10 minutes for the outcomes, rounded up to 5 minutes.</summary>
    public static int MinutesNeeded(int scaleItems) => (int)Math.Ceiling((scaleItems / 3.0 + 10) / 5) * 5;

    /// <summary>The same figure for a round, so the email, the letter, the briefing and the survey's start page agree.</summary>
    public static async Task<int> MinutesNeededAsync(PoetDb db, int roundId, CancellationToken ct = default) =>
        MinutesNeeded(await db.RoundItems.CountAsync(i => i.RoundId == roundId && (i.Section == 2 || i.Section == 3), ct));
}
