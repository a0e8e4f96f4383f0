using System.Globalization;
using Poet.Analysis.QMethod;
using Poet.Data.Entities;

namespace Poet.Web.Pages.QStudies;

/// <summary>What makes a Q-set and grid usable, and the grid of a stored study.</summary>
public static class QStudyRules
{
    /// <summary>Fewer statements say too little about a viewpoint; more are too many to sort in one sitting.</summary>
    public const int MinStatements = 20, MaxStatements = 80;
    public const int MaxStatementLength = 1000;
    public const string DefaultInstruction = "Sort these by how important they are to you";

    public static string? StatementCountProblem(int count) =>
        count < MinStatements ? $"Enter at least {MinStatements} statements; there are {count}"
        : count > MaxStatements ? $"Enter at most {MaxStatements} statements; there are {count}"
        : null;

    public static Grid GridOf(QStudy study) => Grid.FromLowest(study.GridLowest, ParseCounts(study.GridCounts)!);

    /// <summary>"2, 3,4" → [2,3,4]; null when any part is not a whole number of 0 or more.</summary>
    public static IReadOnlyList<int>? ParseCounts(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var counts = new List<int>();
        foreach (var part in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
            counts.Add(n);
        }
        return counts.Count == 0 ? null : counts;
    }

    public static string FormatCounts(IEnumerable<int> counts) => string.Join(",", counts);

    /// <summary>One statement per line, blank lines dropped.</summary>
    public static IReadOnlyList<string> SplitLines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    public static string StatementId(int number) => $"sta_{number}";

    public const int MaxLabelLength = 40;
    public const string DefaultMoreLabel = "Agree more";
    public const string DefaultLessLabel = "Agree less";

    public static string PileName(QPile pile) => PileName(pile, null);

    /// <summary>A pile's name: the study's own labels (<see cref="QStudy.MoreLabel"/>, <see cref="QStudy.LessLabel"/>) or "Agree more" and "Agree less".</summary>
    public static string PileName(QPile pile, QStudy? study) => pile switch
    {
        QPile.AgreeMore => study?.MoreLabel ?? DefaultMoreLabel,
        QPile.AgreeLess => study?.LessLabel ?? DefaultLessLabel,
        _ => "Neutral",
    };

    public static string RoleName(QParticipantRole? role) => role switch
    {
        QParticipantRole.Staff => "Staff",
        QParticipantRole.ServiceUser => "Service user",
        QParticipantRole.Carer => "Carer",
        _ => "Not stated",
    };

    public static string StageName(QQuestionStage stage) => stage == QQuestionStage.BeforeSort ? "Before the sort" : "After the sort";

    public static string StatusName(QStudyStatus status) => status switch
    {
        QStudyStatus.Open => "Open",
        QStudyStatus.Closed => "Closed",
        _ => "Draft",
    };
}
