using Poet.Analysis.Change;
using Poet.Analysis.Disclosure;
using Poet.Analysis.Ordinal;
using Poet.Analysis.Responses;
using Poet.Analysis.Rules;
using Poet.Analysis.Text;

namespace Poet.Web.Pages.Reports;

public sealed record NoteSection(string Heading, IReadOnlyList<string> Paragraphs);

/// <summary>The method notes, as text shared by the web page and the Word document.</summary>
public static class MethodNotes
{
    public static IReadOnlyList<NoteSection> For(HealthReport r)
    {
        var rules = r.Rules;
        var divergence = DivergenceRules.Default;
        var min = Suppression.MinimumCellSize;
        return
        [
            new("How the answers were collected",
            [
                $"Staff of the partner organisations were invited to the survey \"{r.RoundTitle}\" ({ReportFormat.Date(r.OpensOn)} to {ReportFormat.Date(r.ClosesOn)}), each with a personal link or code, online or on paper. The questionnaire was instrument version {r.InstrumentVersion}.",
                $"{Usability.Definition} {r.Returns.Submitted} questionnaires were submitted and {r.Returns.Usable} were usable; {r.Returns.Excluded} were left out as incomplete.",
            ]),
            new("How the answers were analysed",
            [
                "Each statement is reported as the number and percentage choosing every option, with the number who answered it and the number who skipped it.",
                "\"% agree\" is Agree plus Strongly agree, and \"% disagree\" is Disagree plus Strongly disagree, both as a share of the people who gave a view. \"Don't know\" is left out of these two percentages and shown separately, as a share of everyone who answered: many people not knowing is a finding in itself, a knowledge gap.",
                "The middle of the answers is given as the median and the interquartile range of the answers that gave a view (R quantile type 1, so always an actual answer). \"Don't know\" is not the middle of the scale (it means the statement was not understood or does not apply), so it is left out of the median, the quartiles and the test of change, and its share is shown beside them. There are no averages: the codes are ordered labels, not quantities, and \"Agree\" means different things to different people. The data download keeps the original coding, 1 to 5.",
                $"{rules.Describe()} {RoundThresholds.Whose(rules)} Statements with fewer than {rules.MinimumAnswered} answers are not sorted, and % agree and % disagree count only once at least {rules.MinimumAnswered} people gave a view (\"Don't know\" aside), so 4 people agreeing is never \"100%\". The order within each list is a reading order for this partnership, not a ranking.",
                $"Partners or professions are said to differ when their % agree is at least {divergence.MinimumGapPoints} points apart, both groups are shown in the breakdown and at least {divergence.MinimumAnswered} in each answered.",
                $"Change since the last round compares the same statements in the partnership's previous closed round. Each change states its direction first (more or less agreement now, or no clear change), then its size as Cliff's delta with a 95% confidence interval (the chance that an answer now is further towards agreement than one then, less the chance that it is further towards disagreement: from -1 to +1, 0 meaning no shift), then the Mann-Whitney test of whether the answers that gave a view differ (\"Don't know\" left out). Both use every answer, not only agreement, so where % agree rose while answers overall moved towards disagreement (or the reverse) the report says so. A change is called clear when p is under 0.05. Tests run only where both rounds have at least {ChangeOverTime.DefaultMinimumPerRound} answers; with fewer, the report says so.",
            ]),
            new("How anonymity is protected",
            [
                "Answers are anonymous: a response is not linked to the invitation or to the person who gave it.",
                $"Every partner and professional group is listed, even when nobody from it answered, in the same order here, on the dashboard and in the data download. A group of fewer than {min} people is hidden. Other groups are hidden with it until the hidden groups hold at least {min} people between them, so a hidden group cannot be worked out by taking the groups that are shown away from the total. " +
                    $"Each list ends with \"{HealthReport.PartnerUnstated}\" (\"{HealthReport.ProfessionUnstated}\" for professions), for people who chose that answer, and \"{HealthReport.NotAnswered}\", for people who skipped the question: both are protected like any other group.",
                $"All of POET's figures about this survey come from one set of tables, protected once and together: the dashboard, this report, its PDF and Word copies and the data download hide the same groups, so putting them side by side tells nobody more than any one of them. A group with no one in it counts as known (it may be shown as 0) and never hides another group.",
                $"The data download has one row per usable response, in a random order. Partner, professional group and how the questionnaire was filled in are merged or left out until every combination of them describes at least {min} responses; job titles are never included. Its codebook lists what was merged.",
                $"With fewer than {min} usable responses in all, no results are shown. While the survey is open, only the numbers who have answered are shown, nothing can be downloaded, and the roster does not say who has answered: POET sends the reminders itself.",
                "Email addresses, phone numbers and the names of people invited are removed automatically from comments and outcome statements. The coordinator can hide or edit a comment before the report is published. Comments are listed in alphabetical order, so their order says nothing about who wrote them.",
            ]),
            new("What this report cannot say",
            [
                "It describes this partnership at this time, as its staff saw it. It is not for comparing partnerships: there are no league tables.",
                "Do not compare one statement's percentages with another's as if they were on the same scale: each statement asks something different.",
                "Agreement is not clarity. In the POET pilots, most staff agreed that their service had clear outcomes, yet few could name them. Read high agreement alongside the comments and the outcomes staff wrote.",
                $"People who choose to answer may differ from those who do not: {ReportFormat.Rate(r.Returns.UsableRate)} of those invited gave a usable response.",
            ]),
        ];
    }
}

public static class ReportFormat
{
    public static string Percent(double? value) => value is { } v ? $"{Math.Round(v, MidpointRounding.AwayFromZero)}%" : "–";

    /// <summary>"12 of 40 (30%)"; with nobody invited there is no rate to give (issue 15 item 9: "0 of 0 (%)").</summary>
    public static string Rate(ResponseRate rate) => rate.RoundedPercent is { } p ? $"{rate.Responded} of {rate.Invited} ({p}%)" : "No one invited yet";

    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Label(int? code) => code is { } c && LikertScale.Staff.Contains(c) ? LikertScale.Staff.Options[c - 1].Label : "–";

    public static string Quartiles(ItemSummary s) => s.LowerQuartile is null ? "–" : $"{Label(s.LowerQuartile)} to {Label(s.UpperQuartile)} ({Wording.Count(s.InterquartileRange ?? 0, "step")})";

    public static string Reasons(DevelopmentReason reasons) => reasons switch
    {
        DevelopmentReason.Disagreement => "Many disagree",
        DevelopmentReason.KnowledgeGap => "Many don't know (a knowledge gap)",
        _ => "Many disagree, and many don't know",
    };

    public static ChartBar Bar(ReportItem item) => new(item.Number, item.Text, item.Summary.Options.Select(o => o.Count).ToArray());

    public static string ChartDescription(ReportSection s) =>
        $"Diverging bars for the {s.Items.Count} statements of this section: disagreement to the left and agreement to the right of the centre line, as a share of those who gave a view; \"Don't know\" separately on the right. The table that follows gives the same figures.";
}
