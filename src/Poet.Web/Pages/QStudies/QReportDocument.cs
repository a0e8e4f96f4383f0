using System.Globalization;
using Poet.Analysis.Disclosure;
using Poet.Analysis.QMethod;
using Poet.Data.Documents;

namespace Poet.Web.Pages.QStudies;

/// <summary>The Q study report as a PDF: what the HTML report shows, with each factor array as a table instead of the grid picture.</summary>
public static class QReportPdf
{
    public static byte[] Write(QStudyAnalysis a)
    {
        var r = a.Result!;
        var pdf = new PdfLayout(a.Study.Title);
        pdf.Heading(a.Study.Title, TextStyle.Title);
        pdf.Paragraph($"Q study report. {a.Sorts!.SortCount} Q-sorts of {a.Sorts.StatementCount} statements; condition of instruction: \u201c{a.Study.Instruction}\u201d.");
        pdf.Paragraph($"{a.Factors} factor{(a.Factors == 1 ? "" : "s")}, {(a.Settings.Extraction == ExtractionMethod.Centroid ? "centroid" : "principal components")} extraction, {(a.Settings.Rotation == RotationMethod.Varimax ? "varimax" : "no")} rotation, {(a.Settings.Manual ? "flags set by hand" : "automatic flagging")}, as R's qmethod 1.8.4 computes them.");
        foreach (var w in r.Warnings) pdf.Paragraph("Warning: " + w);
        pdf.Heading("Factor characteristics");
        pdf.Table(["Factor", "Sorts loading", "Eigenvalue", "Explained variance", "Composite reliability", "SE of factor scores"], [1, 1, 1, 1, 1, 1],
            r.Characteristics.Factors.Select(c => (IReadOnlyList<string>)[$"f{c.Factor}", N(c.LoadingSorts), F(c.Eigenvalue), F(c.ExplainedVariance, 1) + "%", F(c.CompositeReliability), F(c.StandardError)]));
        foreach (var f in a.FactorViews)
        {
            pdf.Heading($"Factor {f.Number}");
            if (f.Loading == 0)
            {
                pdf.Paragraph("No Q-sort is flagged on this factor, so it has no factor array.");
                continue;
            }
            pdf.Paragraph($"{f.Loading} Q-sort{(f.Loading == 1 ? "" : "s")} load on this factor.");
            pdf.Heading("Factor array", TextStyle.Subheading);
            pdf.Table(["Column", "Statements"], [1, 6], f.Array.Reverse().Select(c => (IReadOnlyList<string>)[Grid.Label(c.Column), string.Join(", ", c.Statements.Select(s => N(s.Number)))]));
            pdf.Heading("Ranked highest", TextStyle.Subheading);
            pdf.Table(["Statement", "Column", "z-score"], [6, 1, 1], f.Highest.Select(s => (IReadOnlyList<string>)[$"{s.Number}. {s.Text}", Col(s.Column), F(s.ZScore)]));
            pdf.Heading("Ranked lowest", TextStyle.Subheading);
            pdf.Table(["Statement", "Column", "z-score"], [6, 1, 1], f.Lowest.Select(s => (IReadOnlyList<string>)[$"{s.Number}. {s.Text}", Col(s.Column), F(s.ZScore)]));
            pdf.Heading("Distinguishing statements", TextStyle.Subheading);
            if (f.Distinguishing.Count == 0) pdf.Paragraph("None at p < .05.");
            else pdf.Table(["Statement", "Columns (f1, f2, ...)", "Significance"], [5, 2, 1],
                f.Distinguishing.Select(d => (IReadOnlyList<string>)[$"{d.Number}. {d.Text}", string.Join(", ", d.ByFactor.Select(x => Col(x.Column))), d.Significance]));
            pdf.Heading("Who loads on this factor", TextStyle.Subheading);
            pdf.Table(["Group", "Q-sorts"], [4, 1], f.ByRole.Groups.Concat(f.ByPartner.Groups).Select(g => (IReadOnlyList<string>)[g.Name, g.Suppressed ? "Hidden" : N(g.N ?? 0)]));
            pdf.Paragraph($"Groups under {Suppression.MinimumCellSize} are hidden to protect anonymity.", TextStyle.Small);
            pdf.Heading("What participants said about the ends of the grid", TextStyle.Subheading);
            if (f.Comments is null) pdf.Paragraph($"Not shown: fewer than {Suppression.MinimumCellSize} Q-sorts load on this factor.");
            else if (f.Comments.Count == 0) pdf.Paragraph("No comments.");
            else pdf.Bullets(f.Comments.Select(c => $"{c.Number}. {c.Text} ({Grid.Label(c.Column)}): {c.Comment}"));
        }
        if (a.Factors > 1)
        {
            pdf.Heading("Consensus statements");
            if (a.Consensus.Count == 0) pdf.Paragraph("No statement is placed alike on every factor.");
            else pdf.Table(["Statement", "Columns (f1, f2, ...)"], [5, 2], a.Consensus.Select(d => (IReadOnlyList<string>)[$"{d.Number}. {d.Text}", string.Join(", ", d.ByFactor.Select(x => Col(x.Column)))]));
        }
        return pdf.Finish("POET Q study report").Bytes;
    }

    private static string F(double v, int decimals = 2) => AnalysisModel.F(v, decimals);
    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Col(int? c) => c is { } v ? Grid.Label(v) : "–";
}
