using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Poet.Analysis.Disclosure;
using static Poet.Web.Pages.Reports.WordLayout;

namespace Poet.Web.Pages.Reports;

/// <summary>
/// The report as an editable Word document: the same sections and tables as the web page (charts are given as their
/// data tables), written with <see cref="WordLayout"/>.
/// </summary>
public static class ReportDocument
{
    public static byte[] Write(HealthReport r) => WordLayout.Write(body => Build(r, body));

    private static void Build(HealthReport r, Body b)
    {
        b.Append(Heading("Title", $"Health of the partnership: {r.RoundTitle}"), Para(r.PartnershipName));
        if (r.Status == Data.Entities.RoundStatus.Open) b.Append(Para("Interim: the survey is still open. Figures will change as more people answer."));
        b.Append(Heading("Heading1", "Summary"),
            Table(["", "Number"], [["Invited", r.Returns.Invited.ToString()], ["Submitted", ReportFormat.Rate(r.Returns.SubmittedRate)], ["Usable", ReportFormat.Rate(r.Returns.UsableRate)]]));
        if (!r.EnoughToReport)
            b.Append(Para($"There are fewer than {Suppression.MinimumCellSize} usable responses, so no results are shown."));
        else
        {
            foreach (var bd in new[] { r.ByPartner, r.ByProfession })
                b.Append(Heading("Heading2", bd.Title), Table([bd.GroupHeading, "Usable responses", "Share of usable"],
                    bd.Table.Groups.Select(g => g.N is int n ? new[] { g.Name, n.ToString(), ReportFormat.Percent(100.0 * n / r.Returns.Usable) } : [g.Name, "Hidden", g.Reason ?? ""])));
            b.Append(Heading("Heading1", "Areas for celebration"));
            b.Append(ItemList(r.Celebrations, false));
            b.Append(Heading("Heading1", "Areas for development"));
            b.Append(ItemList(r.Developments, true));
            foreach (var s in r.Sections)
            {
                b.Append(Heading("Heading1", s.Title));
                b.Append(Table(["Statement", .. s.Items[0].Summary.Options.Select(o => o.Label), "Answered", "Skipped"],
                    s.Items.Select(i => (string[])[$"{i.Number} {i.Text}", .. i.Summary.Options.Select(o => $"{o.Count} ({ReportFormat.Percent(o.PercentOfAnswered)})"), i.Summary.Answered.ToString(), i.Summary.Missing.ToString()])));
                b.Append(Para(""));
                b.Append(Table(["Statement", "% agree (of those with a view)", "% disagree (of those with a view)", "Don't know (of all answers)", "Median", "Interquartile range"],
                    s.Items.Select(i => new[] { $"{i.Number} {i.Text}", ReportFormat.Percent(i.Summary.AgreePercent), ReportFormat.Percent(i.Summary.DisagreePercent),
                        $"{i.Summary.DontKnow} ({ReportFormat.Percent(i.Summary.DontKnowPercent)})", ReportFormat.Label(i.Summary.Median), ReportFormat.Quartiles(i.Summary) })));
            }
            b.Append(Heading("Heading1", "Where partners and professions see things differently"));
            b.Append(r.Divergences.Count == 0 ? Para("No statement shows groups far apart in % agree, among the groups large enough to show.")
                : Table(["Statement", "Grouped by", "Most agree", "Least agree"], r.Divergences.Select(d => new[] { $"{d.Item.Number} {d.Item.Text}", d.Dimension,
                    $"{d.Gap.HigherGroup}: {ReportFormat.Percent(d.Gap.HigherAgreePercent)}", $"{d.Gap.LowerGroup}: {ReportFormat.Percent(d.Gap.LowerAgreePercent)}" })));
            b.Append(Heading("Heading1", "What staff said"));
            if (r.Comments.Count == 0) b.Append(Para("No comments to show."));
            foreach (var c in r.Comments)
            {
                b.Append(Heading("Heading2", $"{c.Item.Number} {c.Item.Text}"));
                foreach (var t in c.Comments) b.Append(Para("• " + t.Shown));
            }
            b.Append(Heading("Heading1", "Outcomes staff want for the people the partnership serves"));
            b.Append(r.Outcomes.Count == 0 ? Para("No outcome statements to show.") : Table(["Outcome", "Rationale"], r.Outcomes.Select(o => new[] { o.Outcome, o.Rationale })));
            b.Append(Heading("Heading1", "Change since the last round"));
            if (r.Change.Note is { } note) b.Append(Para(note));
            if (r.Change.ThresholdsNote is { } thresholdsNote) b.Append(Para(thresholdsNote));
            if (r.Change.Items.Count > 0)
                b.Append(Table(["Statement", "% agree then", "% agree now", "Direction and size of change"], r.Change.Items.Select(c => new[] { $"{c.Item.Number} {c.Item.Text}",
                    ReportFormat.Percent(c.Result.Before.AgreePercent), ReportFormat.Percent(c.Result.After.AgreePercent), Poet.Analysis.Change.ChangeStatement.Describe(c.Result) })));
        }
        b.Append(Heading("Heading1", "Method notes"));
        foreach (var n in MethodNotes.For(r))
        {
            b.Append(Heading("Heading2", n.Heading));
            foreach (var p in n.Paragraphs) b.Append(Para(p));
        }
    }

    private static OpenXmlElement ItemList(IReadOnlyList<ReportItem> items, bool development) => items.Count == 0
        ? Para("No statement meets the rule for this list (see the method notes).")
        : Table(development ? ["Statement", "% agree", "% disagree", "Don't know", "Why"] : ["Statement", "% agree", "% disagree", "Don't know"],
            items.Select(i => new[] { $"{i.Number} {i.Text}", ReportFormat.Percent(i.Summary.AgreePercent), ReportFormat.Percent(i.Summary.DisagreePercent),
                ReportFormat.Percent(i.Summary.DontKnowPercent) }.Concat(development ? [ReportFormat.Reasons(i.Classification.Reasons)] : []).ToArray()));
}
