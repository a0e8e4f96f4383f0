using DocumentFormat.OpenXml;
using Poet.Analysis.Disclosure;
using Poet.Analysis.UsersCarers;
using Poet.Data.Documents;
using Poet.Web.Pages.Reports;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// The local report as PDF and Word, with the same sections as the web page. One list of blocks feeds both, so the
/// two files cannot drift apart; the staff report's <see cref="PdfLayout"/> and <see cref="WordLayout"/> draw them.
/// </summary>
public static class LocalReportFiles
{
    private abstract record Block;
    private sealed record Heading(string Text, bool Major = true) : Block;
    private sealed record Para(string Text) : Block;
    private sealed record Bullets(IReadOnlyList<string> Items) : Block;
    private sealed record Grid(IReadOnlyList<string> Headers, IReadOnlyList<double> Shares, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;
    /// <summary>A list whose items carry their own numbers ("1. …"), so no bullet goes before them.</summary>
    private sealed record Numbered(IReadOnlyList<string> Items) : Block;
    private sealed record Plot(IReadOnlyList<PlotPoint> Points) : Block;

    public const string Title = "Local report: the partnership and the people it serves";

    public static PdfFile Pdf(LocalReport r)
    {
        var pdf = new PdfLayout($"{r.PartnershipName}: {Title}");
        pdf.Paragraph(r.PartnershipName, TextStyle.Subheading);
        pdf.Paragraph(Title, TextStyle.Title);
        foreach (var block in Blocks(r))
        {
            switch (block)
            {
                case Heading h: pdf.Heading(h.Text, h.Major ? null : TextStyle.Subheading); break;
                case Para p: pdf.Paragraph(p.Text); break;
                case Bullets b: pdf.Bullets(b.Items); break;
                case Grid g: pdf.Table(g.Headers, g.Shares, g.Rows); break;
                case Numbered n: foreach (var i in n.Items) pdf.Paragraph(i); break;
                case Plot p:
                    ImportanceDeliveryPlot.Pdf(pdf, p.Points);
                    foreach (var k in p.Points) pdf.Paragraph(ImportanceDeliveryPlot.Key(k));
                    break;
            }
        }
        return pdf.Finish($"{r.PartnershipName} · local report");
    }

    public static byte[] Word(LocalReport r) => WordLayout.Write(body =>
    {
        body.Append(WordLayout.Heading("Title", Title), WordLayout.Para(r.PartnershipName));
        foreach (var block in Blocks(r)) body.Append(WordBlock(body, block));
    });

    private static IEnumerable<OpenXmlElement> WordBlock(DocumentFormat.OpenXml.Wordprocessing.Body body, Block block)
    {
        switch (block)
        {
            case Heading h: yield return WordLayout.Heading(h.Major ? "Heading1" : "Heading2", h.Text); break;
            case Para p: yield return WordLayout.Para(p.Text); break;
            case Bullets b: foreach (var i in b.Items) yield return WordLayout.Para("• " + i); break;
            case Grid g: yield return WordLayout.Table(g.Headers, g.Rows); break;
            case Numbered n: foreach (var i in n.Items) yield return WordLayout.Para(i); break;
            case Plot p:
                yield return WordLayout.Image(body, ImportanceDeliveryPlot.Png(p.Points), ImportanceDeliveryPlot.Width, ImportanceDeliveryPlot.Height,
                    ImportanceDeliveryPlot.Title, ImportanceDeliveryPlot.Description(p.Points));
                foreach (var k in p.Points) yield return WordLayout.Para(ImportanceDeliveryPlot.Key(k));
                break;
        }
    }

    private static IEnumerable<Block> Blocks(LocalReport r)
    {
        var f = r.Families;
        var a = f.Analysis;
        yield return new Heading("Health of the partnership");
        if (r.Staff is not { } staff) yield return new Para(LocalReport.NoStaffRound);
        else
        {
            yield return new Para($"{staff.RoundTitle}: {ReportFormat.Rate(staff.Returns.UsableRate)} staff gave usable answers.");
            if (staff.EnoughToReport)
            {
                yield return new Heading("Areas for celebration", false);
                yield return new Bullets(staff.Celebrations.Take(LocalReport.StaffHighlights).Select(i => $"{i.Text} ({ReportFormat.Percent(i.Summary.AgreePercent)} agree)").ToArray());
                yield return new Heading("Areas for development", false);
                yield return new Bullets(staff.Developments.Take(LocalReport.StaffHighlights).Select(i => $"{i.Text} ({ReportFormat.Reasons(i.Classification.Reasons)})").ToArray());
            }
        }
        yield return new Heading("Who answered");
        yield return new Bullets([.. f.Methods.Where(MethodCounts.Listed).Select(m => $"{m.Name}: {MethodCounts.Describe(m)}"), $"Interviews: {UcReport.Count(f.Interviews)}"]);
        if (f.Release.HiddenCells > 0) yield return new Para(UcReport.HiddenNote);
        if (!a.EnoughToReport)
            yield return new Para($"Fewer than {Suppression.MinimumCellSize} questionnaires have been returned, so no results are shown, to protect the people who answered.");
        else
        {
            yield return new Heading("What families value");
            if (r.AnyContested) yield return new Para(LocalReport.ContestedNote);
            yield return new Grid(["Outcome", "Very important", "In the 3 that matter most"], [3, 1, 1],
                r.Valued.Select(o => (IReadOnlyList<string>)[r.Name(o), LocalReport.Percent(o.VeryImportantPercent), o.TopThree.ToString()]).ToArray());
            yield return new Heading("Whether it happens");
            yield return new Para(PhaseTwoAnalysis.GridDefinition);
            yield return new Grid(["Outcome", "Very important", "Always or usually happens"], [3, 1, 1],
                a.Grid.Select(o => (IReadOnlyList<string>)[r.Name(o), o.ImportanceShown ? LocalReport.Percent(o.VeryImportantPercent) : "Hidden", LocalReport.Delivered(o)]).ToArray());
            if (ImportanceDeliveryPlot.Points(r) is { Count: > 0 } points) yield return new Plot(points);
            yield return new Heading("Where staff and families see it differently");
            if (a.Comparison is { } c)
            {
                yield return new Para(LocalReport.Rho(c));
                yield return new Para(LocalReport.RanksCaption);
                yield return new Grid(["Outcome", "Families' rank", "Staff rank"], [3, 1, 1],
                    LocalReport.Ranks(c).Select(o => (IReadOnlyList<string>)[o.Outcome, LocalReport.Rank(o.UserRank), LocalReport.Rank(o.StaffRank)]).ToArray());
                foreach (var caveat in c.Caveats) yield return new Para("Caution: " + caveat);
                if (c.LargestDisagreements.Count > 0)
                {
                    yield return new Bullets(c.LargestDisagreements.Select(d => $"{d.Outcome}: staff rank {d.StaffRank:0.#}, families' rank {d.UserRank:0.#}").ToArray());
                    yield return new Para(LocalReport.DifferencesNote);
                }
            }
            else yield return new Para("No staff priorities have been entered, so the two orders cannot be compared.");
            if (f.SeriousToStaffNotFamilies.Count > 0)
            {
                yield return new Para("Barriers staff rated serious that families named less often than most others:");
                yield return new Bullets(f.SeriousToStaffNotFamilies.Select(b => $"{b.Text} ({b.Count} of {a.Respondents})").ToArray());
            }
            if (f.Missing.Count > 0)
            {
                yield return new Para(MissingOutcomes.Lead);
                yield return new Bullets(f.Missing.Select(MissingOutcomes.Describe).ToArray());
            }
            yield return new Heading("What families told us");
            yield return f.AnythingElse.Count == 0 ? new Para("Nobody wrote anything else.") : new Bullets(f.AnythingElse);
        }
        if (f.Quotes.Count > 0)
        {
            yield return new Heading("From the interviews");
            yield return new Bullets(f.Quotes.Select(q => q.Outcome is null ? $"“{q.Text}”" : $"“{q.Text}” (about: {q.Outcome})").ToArray());
        }
        yield return new Heading("What the partnership could do next");
        yield return new Numbered(r.NextSteps.Select((s, i) => $"{i + 1}. {s}").ToArray());
    }
}
