using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Poet.Analysis.Disclosure;

namespace Poet.Web.Pages.Reports;

/// <summary>
/// The report as an editable Word document: the same sections and tables as the web page (charts are given as their
/// data tables). A new document has no styles, so Heading1/Heading2/TableGrid are defined here or Word shows plain text.
/// </summary>
public static class ReportDocument
{
    public static byte[] Write(HealthReport r)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            main.Document = new Document(body);
            Build(r, body);
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
        }
        return stream.ToArray();
    }

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
            if (r.Change.Items.Count > 0)
                b.Append(Table(["Statement", "% agree then", "% agree now", "Do the answers differ?"], r.Change.Items.Select(c => new[] { $"{c.Item.Number} {c.Item.Text}",
                    ReportFormat.Percent(c.Result.Before.AgreePercent), ReportFormat.Percent(c.Result.After.AgreePercent), ChangeText.Describe(c.Result) })));
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

    private static Paragraph Heading(string style, string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text));

    private static Paragraph Para(string text) => new(Run(text));

    private static Run Run(string text, bool bold = false) =>
        bold ? new Run(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve })
             : new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Table Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            // Schema order: top, left, bottom, right, insideH, insideV; Append does not reorder.
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        var width = 9638 / Math.Max(1, headers.Count);
        table.Append(new TableGrid(headers.Select(_ => new GridColumn { Width = width.ToString() })));
        table.Append(new TableRow([new TableRowProperties(new TableHeader()), .. headers.Select(h => new TableCell(new Paragraph(Run(h, bold: true))))]));
        foreach (var row in rows) table.Append(new TableRow(row.Select(c => new TableCell(new Paragraph(Run(c))))));
        return table;
    }

    private static Styles Styles()
    {
        Style Paragraph(string id, string name, int halfPoints, bool bold, int after) => new(
            new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = after.ToString() }),
            bold ? new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString() }) : new StyleRunProperties(new FontSize { Val = halfPoints.ToString() }))
        { Type = StyleValues.Paragraph, StyleId = id };
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }),
            new StyleRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new FontSize { Val = "22" }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        var grid = new Style(new StyleName { Val = "Table Grid" }, new PrimaryStyle(),
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
        { Type = StyleValues.Table, StyleId = "TableGrid" };
        return new Styles(normal, Paragraph("Title", "Title", 40, true, 240), Paragraph("Heading1", "heading 1", 32, true, 120), Paragraph("Heading2", "heading 2", 26, true, 80), grid);
    }
}
