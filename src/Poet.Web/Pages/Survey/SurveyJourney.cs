namespace Poet.Web.Pages.Survey;

/// <summary>
/// The four sections of the staff survey (brief §3.1) and where each lives under a response's base path:
/// "/survey/{token}" online, "/partnerships/{pid}/rounds/{rid}/paper/{responseId}" when a coordinator keys in paper.
/// </summary>
public static class SurveyJourney
{
    public const int About = 1;
    public const int Outcomes = 4;
    public const int SectionCount = 4;
    /// <summary>The sections answered on the five-point scale.</summary>
    public static readonly IReadOnlyList<int> ScaleSections = [2, 3];

    public static bool IsScaleSection(int n) => ScaleSections.Contains(n);

    /// <summary>A section's title as the round's own bank gives it (banks carry their own titles), or "Check your answers".</summary>
    public static string Title(string instrumentVersion, int section) =>
        section is >= About and <= Outcomes ? Poet.Data.Instrument.ItemBank.ForRound(instrumentVersion).Section(section).Title : "Check your answers";

    /// <summary>The round's bank's introduction to a section: what it asks about, in that setting's words.</summary>
    public static string Intro(string instrumentVersion, int section) => Poet.Data.Instrument.ItemBank.ForRound(instrumentVersion).Section(section).Intro;

    public static string Path(string basePath, int section) => section switch
    {
        About => $"{basePath}/about",
        Outcomes => $"{basePath}/outcomes",
        _ when IsScaleSection(section) => $"{basePath}/section/{section}",
        _ => $"{basePath}/check",
    };

    public static string Next(string basePath, int section) => Path(basePath, section + 1);

    /// <summary>A page of a scale section on the respondent's pages (<see cref="SurveyPages"/>); page 1 is the section's own path.</summary>
    public static string PagePath(string basePath, int section, int page) =>
        page <= 1 || !IsScaleSection(section) ? Path(basePath, section) : $"{basePath}/section/{section}/page/{page}";

    /// <summary>After page <paramref name="page"/> of <paramref name="pages"/>: the next page of the section, or the next section.</summary>
    public static string NextPage(string basePath, int section, int page, int pages) =>
        IsScaleSection(section) && page < pages ? PagePath(basePath, section, page + 1) : Next(basePath, section);

    /// <summary>
    /// The Back link of a respondent's page: the page before in the same section, or the last page of the section before
    /// (<paramref name="pagesBefore"/> pages), or that section.
    /// </summary>
    public static string PreviousPage(string basePath, int section, int page, int pagesBefore) =>
        IsScaleSection(section) && page > 1 ? PagePath(basePath, section, page - 1)
        : IsScaleSection(section - 1) ? PagePath(basePath, section - 1, pagesBefore)
        : Previous(basePath, section);

    /// <summary>The page that says the answers are kept and how to come back (the "Save and come back later" button).</summary>
    public static string Saved(string basePath) => basePath + "/saved";

    /// <summary>Query string of the check page's "Change" links: saving that page goes back to check answers.</summary>
    public const string FromCheck = "return=check";

    /// <summary>Value of the "Save and come back later" button on every respondent's page.</summary>
    public const string LaterButton = "later";

    public static string Previous(string basePath, int section) => section <= About ? basePath : Path(basePath, section - 1);
}

public static class SurveyLinks
{
    public const string CodeEntry = "/survey/code";

    public static string Online(string token) => "/survey/" + Uri.EscapeDataString(token);

    public static string Done(string token) => Online(token) + "/done";

    public static string PaperIndex(int pid, int rid) => $"/partnerships/{pid}/rounds/{rid}/paper";

    public static string Paper(int pid, int rid, Guid responseId) => $"{PaperIndex(pid, rid)}/{responseId}";
}

/// <summary>The scale of brief §3.2. The codes are ordinal labels, shown in this order.</summary>
public static class LikertScale
{
    public static readonly IReadOnlyList<(int Code, string Label)> Options =
        [(1, "Strongly disagree"), (2, "Disagree"), (3, "Don't know"), (4, "Agree"), (5, "Strongly agree")];

    public const string MiddleGuidance =
        "Choose \u201cDon't know\u201d only if you really cannot say: you do not understand the statement, or it does not apply to your work.";

    public static string Label(int? code) => Options.FirstOrDefault(o => o.Code == code).Label ?? "Not answered";
}
