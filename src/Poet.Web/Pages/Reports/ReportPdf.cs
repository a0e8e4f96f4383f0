using Poet.Analysis.Disclosure;
using Poet.Analysis.Rules;
using Poet.Data.Documents;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Reports;

/// <summary>
/// The report as a PDF: a title page, then the same sections and tables as the web page, each survey section on a
/// new page with its chart drawn as vectors (<see cref="PdfBarChart"/>) followed by the chart's data tables.
/// </summary>
public static class ReportPdf
{
    public const string AnonymityHeading = "About anonymity";
    public static readonly string AnonymityNote =
        $"The answers in this report are anonymous: no answer is linked to the person who gave it. Any group of fewer than {Suppression.MinimumCellSize} people " +
        "is hidden in the breakdowns, with other groups hidden beside it so that it cannot be worked out by subtraction, here or by comparing this report with the dashboard or the data download. Names, email addresses and " +
        "phone numbers are removed from comments and outcome statements. Please do not try to work out who said what.";

    private static readonly TextStyle TableText = new(8);

    public static PdfFile Create(HealthReport r)
    {
        var title = $"Health of the partnership: {r.RoundTitle}";
        var pdf = new PdfLayout($"{r.PartnershipName}: {title}");
        TitlePage(pdf, r);
        pdf.NewPage();
        Summary(pdf, r);
        if (r.EnoughToReport) Results(pdf, r);
        pdf.Heading("Method notes");
        foreach (var n in MethodNotes.For(r))
        {
            pdf.Heading(n.Heading, TextStyle.Subheading);
            foreach (var p in n.Paragraphs) pdf.Paragraph(p);
        }
        return pdf.Finish($"{r.PartnershipName} · {title}");
    }

    private static void TitlePage(PdfLayout pdf, HealthReport r)
    {
        pdf.Advance(110);
        pdf.Paragraph(r.PartnershipName, TextStyle.Subheading);
        pdf.Paragraph("Health of the partnership", TextStyle.Title);
        pdf.Paragraph(r.RoundTitle, TextStyle.Heading);
        pdf.Paragraph($"Staff survey open from {ReportFormat.Date(r.OpensOn)} to {ReportFormat.Date(r.ClosesOn)}, questionnaire version {r.InstrumentVersion}.");
        pdf.Paragraph($"{r.Returns.Usable} usable responses from {r.Returns.Invited} people invited.");
        if (r.Status == RoundStatus.Open)
            pdf.Paragraph("Interim report: the survey is still open, so figures will change as more people answer. Only coordinators can see it.", TextStyle.Subheading);
        pdf.Advance(24);
        pdf.Heading(AnonymityHeading, TextStyle.Subheading);
        pdf.Paragraph(AnonymityNote);
        pdf.Heading("In this report", TextStyle.Subheading);
        pdf.Bullets(r.EnoughToReport
            ? ["Summary", "Areas for celebration", "Areas for development", .. r.Sections.Select(s => s.Title), Differences, Comments, Outcomes, Change, "Method notes"]
            : ["Summary", "Method notes"]);
    }

    private const string Differences = "Where partners and professions see things differently";
    private const string Comments = "What staff said";
    private const string Outcomes = "Outcomes staff want for the people the partnership serves";
    private const string Change = "Change since the last round";

    private static void Summary(PdfLayout pdf, HealthReport r)
    {
        pdf.Heading("Summary");
        pdf.Table(["Returns", "Number"], [2, 2],
            [["Invited", r.Returns.Invited.ToString()], ["Submitted", ReportFormat.Rate(r.Returns.SubmittedRate)], ["Usable", ReportFormat.Rate(r.Returns.UsableRate)]]);
        if (!r.EnoughToReport)
        {
            pdf.Paragraph(r.Returns.Usable == 0 ? "There are no usable responses yet, so there are no results to show."
                : $"There are fewer than {Suppression.MinimumCellSize} usable responses, so no results are shown: with so few, answers could be traced to the people who gave them.");
            return;
        }
        foreach (var b in new[] { r.ByPartner, r.ByProfession })
        {
            pdf.Heading(b.Title, TextStyle.Subheading);
            pdf.Table([b.GroupHeading, "Usable responses", "Share of usable"], [2.6, 1, 2],
                b.Table.Groups.Select(g => (IReadOnlyList<string>)(g.N is int n
                    ? [g.Name, n.ToString(), ReportFormat.Percent(100.0 * n / r.Returns.Usable)]
                    : [g.Name, "Hidden", g.Reason ?? ""])));
        }
    }

    private static void Results(PdfLayout pdf, HealthReport r)
    {
        pdf.Heading("Areas for celebration");
        ItemList(pdf, r.Celebrations, development: false);
        pdf.Heading("Areas for development");
        ItemList(pdf, r.Developments, development: true);

        foreach (var s in r.Sections)
        {
            pdf.NewPage();
            pdf.Heading(s.Title);
            PdfBarChart.Draw(pdf, $"{s.Title}: agreement with each statement", ReportFormat.ChartDescription(s), s.Items.Select(ReportFormat.Bar).ToArray());
            pdf.Heading($"{s.Title}: answers to each statement, number (% of those who answered)", TextStyle.Subheading);
            pdf.Table(["Statement", .. s.Items[0].Summary.Options.Select(o => o.Label), "Answered", "Skipped"], [2.7, 1, 1, 1, 1, 1, 1.1, 1.1],
                s.Items.Select(i => (IReadOnlyList<string>)[Statement(i), .. i.Summary.Options.Select(o => $"{o.Count} ({ReportFormat.Percent(o.PercentOfAnswered)})"),
                    i.Summary.Answered.ToString(), i.Summary.Missing.ToString()]), TableText);
            pdf.Heading($"{s.Title}: agreement, knowledge gaps and the middle answer", TextStyle.Subheading);
            pdf.Table(["Statement", "% agree (of those with a view)", "% disagree (of those with a view)", "Agree or strongly agree (of all answers)",
                    "Don't know (of all answers)", "Median", "Interquartile range"], [3, 1, 1, 1.1, 1.1, 1.1, 1.6],
                s.Items.Select(i => (IReadOnlyList<string>)[Statement(i), ReportFormat.Percent(i.Summary.AgreePercent), ReportFormat.Percent(i.Summary.DisagreePercent),
                    $"{i.Summary.Agree} ({ReportFormat.Percent(i.Summary.AgreePercentOfAnswered)})", $"{i.Summary.DontKnow} ({ReportFormat.Percent(i.Summary.DontKnowPercent)})",
                    ReportFormat.Label(i.Summary.Median), ReportFormat.Quartiles(i.Summary)]), TableText);
        }

        pdf.NewPage();
        pdf.Heading(Differences);
        if (r.Divergences.Count == 0)
            pdf.Paragraph($"No statement shows groups at least {DivergenceRules.Default.MinimumGapPoints} points apart in % agree, among the groups large enough to show.");
        else
            pdf.Table(["Statement", "Grouped by", "Most agree", "Least agree", "Gap (points)"], [3, 1.3, 1.5, 1.5, 0.8],
                r.Divergences.Select(d => (IReadOnlyList<string>)[Statement(d.Item), d.Dimension, $"{d.Gap.HigherGroup}: {ReportFormat.Percent(d.Gap.HigherAgreePercent)}",
                    $"{d.Gap.LowerGroup}: {ReportFormat.Percent(d.Gap.LowerAgreePercent)}", Math.Round(d.Gap.GapPoints, MidpointRounding.AwayFromZero).ToString()]), TableText);

        pdf.Heading(Comments);
        if (r.Comments.Count == 0) pdf.Paragraph("No comments to show.");
        foreach (var c in r.Comments)
        {
            pdf.Heading(Statement(c.Item), TextStyle.Subheading);
            pdf.Bullets(c.Comments.Select(t => t.Shown));
        }

        pdf.Heading(Outcomes);
        if (r.Outcomes.Count == 0) pdf.Paragraph("No outcome statements to show.");
        else
        {
            pdf.Paragraph($"{r.Outcomes.Count} outcome statements, in alphabetical order.");
            pdf.Table(["Outcome", "Rationale"], [1, 1.6], r.Outcomes.Select(o => (IReadOnlyList<string>)[o.Outcome, o.Rationale]));
        }

        pdf.Heading(Change);
        if (r.Change.Note is { } note) pdf.Paragraph(note);
        if (r.Change.ThresholdsNote is { } thresholdsNote) pdf.Paragraph(thresholdsNote);
        if (r.Change.Items.Count > 0)
        {
            pdf.Paragraph($"Compared with \"{r.Change.PreviousTitle}\" ({r.Change.PreviousUsable} usable responses).");
            pdf.Table(["Statement", "% agree then", "% agree now", "Change (points)", "Direction and size of change"], [3, 1, 1, 0.9, 2],
                r.Change.Items.Select(c => (IReadOnlyList<string>)[Statement(c.Item), $"{ReportFormat.Percent(c.Result.Before.AgreePercent)} (n={c.Result.Before.Answered})",
                    $"{ReportFormat.Percent(c.Result.After.AgreePercent)} (n={c.Result.After.Answered})",
                    c.Result.AgreeChangePoints is double ch ? ch.ToString("+0;-0;0") : "–", Poet.Analysis.Change.ChangeStatement.Describe(c.Result)]), TableText);
        }
        pdf.NewPage();
    }

    private static void ItemList(PdfLayout pdf, IReadOnlyList<ReportItem> items, bool development)
    {
        if (items.Count == 0)
        {
            pdf.Paragraph("No statement meets the rule for this list (see the method notes).");
            return;
        }
        pdf.Table(development ? ["Statement", "% agree", "% disagree", "Don't know", "Why"] : ["Statement", "% agree", "% disagree", "Don't know"],
            development ? [3.4, 0.9, 1, 1, 1.6] : [4, 0.9, 1, 1],
            items.Select(i => (IReadOnlyList<string>)[Statement(i), ReportFormat.Percent(i.Summary.AgreePercent), ReportFormat.Percent(i.Summary.DisagreePercent),
                ReportFormat.Percent(i.Summary.DontKnowPercent), .. development ? [ReportFormat.Reasons(i.Classification.Reasons)] : Array.Empty<string>()]), TableText);
    }

    private static string Statement(ReportItem i) => $"{i.Number} {i.Text}";
}
