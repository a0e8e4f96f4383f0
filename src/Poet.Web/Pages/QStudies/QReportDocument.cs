using System.Globalization;
using Poet.Analysis.Disclosure;
using Poet.Analysis.QMethod;
using Poet.Data.Documents;
using Poet.Analysis.Text;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// The Q study report as a PDF or an editable Word document: what the HTML report shows, with each factor array as
/// a table instead of the grid picture. The content is written once, against <see cref="IReportWriter"/>.
/// </summary>
public static class QReportDocument
{
    public const string NoSource = "Typed in or imported";

    public static PdfFile Pdf(QStudyAnalysis a)
    {
        var pdf = new PdfLayout(a.Study.Title);
        Write(new PdfReportWriter(pdf), a);
        return pdf.Finish("POET Q study report");
    }

    public static byte[] Docx(QStudyAnalysis a) => Reports.WordLayout.Write(body => Write(new WordReportWriter(body), a));

    private static void Write(IReportWriter doc, QStudyAnalysis a)
    {
        var r = a.Result!;
        doc.Heading(a.Study.Title, TextStyle.Title);
        doc.Paragraph($"Q study report. {a.Sorts!.SortCount} Q-sorts of {a.Sorts.StatementCount} statements; condition of instruction: \u201c{a.Study.Instruction}\u201d.");
        doc.Paragraph($"{Wording.Count(a.Factors, "factor")}, {(a.Settings.Extraction == ExtractionMethod.Centroid ? "centroid" : "principal components")} extraction, {(a.Settings.Rotation == RotationMethod.Varimax ? "varimax" : "no")} rotation{(a.Settings.HandRotationNote.Length > 0 ? " " + a.Settings.HandRotationNote : "")}, {(a.Settings.Manual ? "flags set by hand" : "automatic flagging")}, {a.Settings.QmethodNote}.");
        foreach (var w in r.Warnings) doc.Paragraph("Warning: " + w);
        doc.Heading("The statements");
        doc.Table(["No.", "Statement", "Where it came from"], [0.6, 5, 3],
            a.Study.Statements.Select(s => (IReadOnlyList<string>)[N(s.Number), s.Text, s.Source ?? NoSource]));
        doc.Heading("Choosing the number of factors");
        var scree = a.Scree.Take(a.MaxFactors).ToArray();
        doc.Paragraph(QScreeChart.Describe(scree, a.Factors));
        doc.Scree(scree, a.Factors);
        doc.Table(["Factor", "Eigenvalue", "Explained variance", "Cumulative", "Humphrey's rule"], [0.8, 1.2, 1.3, 1.2, 3],
            scree.Select((p, k) => (IReadOnlyList<string>)[N(p.Factor), F(p.Eigenvalue), F(p.ExplainedVariance, 1) + "%", F(p.CumulativeVariance, 1) + "%",
                $"{(a.Humphrey[k].IsSignificant ? "Significant" : "Not significant")} ({F(a.Humphrey[k].CrossProduct)} against {F(a.Humphrey[k].Threshold)})"]));
        doc.Paragraph("Eigenvalues of the unrotated principal components, whatever the extraction chosen, as on the analysis page.", TextStyle.Small);
        doc.Heading("Factor characteristics");
        doc.Table(["Factor", "Sorts loading", "Eigenvalue", "Explained variance", "Composite reliability", "SE of factor scores"], [1, 1, 1, 1, 1, 1],
            r.Characteristics.Factors.Select(c => (IReadOnlyList<string>)[$"f{c.Factor}", N(c.LoadingSorts), F(c.Eigenvalue), F(c.ExplainedVariance, 1) + "%", F(c.CompositeReliability), F(c.StandardError)]));
        doc.Heading("Factor loadings");
        doc.Paragraph($"Each Q-sort's loading on each factor; * marks the sorts flagged as defining a factor (significant above {F(Flagging.Threshold(a.Sorts.StatementCount))} at p < .05 and larger than the rest of the sort's loadings together, unless set by hand).", TextStyle.Small);
        doc.Table(new[] { "Q-sort" }.Concat(Enumerable.Range(1, a.Factors).Select(k => $"f{k}")).ToArray(), new[] { 1.5 }.Concat(Enumerable.Repeat(1.0, a.Factors)).ToArray(),
            Enumerable.Range(0, a.Sorts.SortCount).Select(q => (IReadOnlyList<string>)new[] { a.Sorts.SortNames[q] }
                .Concat(Enumerable.Range(0, a.Factors).Select(k => F(r.Loadings[q, k]) + (r.Flags[q, k] ? "*" : ""))).ToArray()));
        foreach (var f in a.FactorViews)
        {
            doc.Heading($"Factor {f.Number}");
            if (f.Loading == 0)
            {
                doc.Paragraph("No Q-sort is flagged on this factor, so it has no factor array.");
                continue;
            }
            doc.Paragraph($"{Wording.Count(f.Loading, "Q-sort")} {(f.Loading == 1 ? "loads" : "load")} on this factor.");
            doc.Heading("Factor array", TextStyle.Subheading);
            doc.Table(["Column", "Statements"], [1, 6], f.Array.Reverse().Select(c => (IReadOnlyList<string>)[Grid.Label(c.Column), string.Join(", ", c.Statements.Select(s => N(s.Number)))]));
            doc.Heading("Ranked highest", TextStyle.Subheading);
            doc.Table(["Statement", "Column", "z-score"], [6, 1, 1], f.Highest.Select(s => (IReadOnlyList<string>)[$"{s.Number}. {s.Text}", Col(s.Column), F(s.ZScore)]));
            doc.Heading("Ranked lowest", TextStyle.Subheading);
            doc.Table(["Statement", "Column", "z-score"], [6, 1, 1], f.Lowest.Select(s => (IReadOnlyList<string>)[$"{s.Number}. {s.Text}", Col(s.Column), F(s.ZScore)]));
            if (f.Crib is { } crib)
                foreach (var (heading, lines) in crib.Lists(a.Grid))
                {
                    doc.Heading("Crib sheet: " + heading.ToLowerInvariant(), TextStyle.Subheading);
                    if (lines.Count == 0) doc.Paragraph("None.");
                    else doc.Table(["Statement", "Column", "Other factors"], [5, 1, 2], lines.Select(l => (IReadOnlyList<string>)[$"{l.Number}. {l.Text}", Grid.Label(l.Column), l.Elsewhere.Length == 0 ? "–" : l.Elsewhere]));
                }
            doc.Heading("Distinguishing statements", TextStyle.Subheading);
            if (f.Distinguishing.Count == 0) doc.Paragraph("None at p < .05.");
            else doc.Table(["Statement", "Columns (f1, f2, ...)", "Significance"], [5, 2, 1],
                f.Distinguishing.Select(d => (IReadOnlyList<string>)[$"{d.Number}. {d.Text}", string.Join(", ", d.ByFactor.Select(x => Col(x.Column))), d.Significance]));
            doc.Heading("Who loads on this factor", TextStyle.Subheading);
            doc.Table(["Group", "Q-sorts"], [4, 1], f.ByRole.Groups.Concat(f.ByPartner.Groups).Select(g => (IReadOnlyList<string>)[g.Name, g.Suppressed ? "Hidden" : N(g.N ?? 0)]));
            doc.Paragraph($"Groups under {Suppression.MinimumCellSize} are hidden to protect anonymity.", TextStyle.Small);
            doc.Heading("What participants said about the ends of the grid", TextStyle.Subheading);
            doc.Paragraph("Quoted only where the participant agreed to it when they started. Roles are never shown beside a quote.", TextStyle.Small);
            if (f.Comments.Count == 0) doc.Paragraph("No reasons may be quoted for this factor.");
            else doc.Bullets(f.Comments.Select(c => $"{c.Number}. {c.Text} ({Grid.Label(c.Column)}): {c.Comment}"));
        }
        if (a.Factors > 1)
        {
            doc.Heading("Consensus statements");
            if (a.Consensus.Count == 0) doc.Paragraph("No statement is placed alike on every factor.");
            else doc.Table(["Statement", "Columns (f1, f2, ...)"], [5, 2], a.Consensus.Select(d => (IReadOnlyList<string>)[$"{d.Number}. {d.Text}", string.Join(", ", d.ByFactor.Select(x => Col(x.Column)))]));
        }
        doc.Heading("Method notes");
        doc.Bullets(a.MethodNotes());
    }

    private static string F(double v, int decimals = 2) => AnalysisModel.F(v, decimals);
    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Col(int? c) => c is { } v ? Grid.Label(v) : "–";
}
