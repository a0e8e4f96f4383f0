using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.QMethod;
using Poet.Data.Documents;
using Poet.Web.Pages.QStudies;
using Poet.Web.Tests.Documents;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

/// <summary>The Q study report's PDF and Word files: the scree evidence for the number of factors and where each statement came from.</summary>
public class ReportDocumentTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string Source = "Agreed outcome: Round 2026, version 3";
    private static readonly string[] ScreeHeaders = ["Factor", "Eigenvalue", "Explained variance", "Cumulative", "Humphrey's rule"];
    private static readonly string[] StatementHeaders = ["No.", "Statement", "Where it came from"];

    /// <summary>The lipset study with its nine sorts, statement 1 taken from the agreed outcomes and the rest typed in.</summary>
    private async Task<QSetup> LipsetAsync()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        await app.WithDbAsync(async db =>
        {
            var first = await db.QStatements.SingleAsync(s => s.StudyId == setup.Sid && s.Number == 1);
            first.Source = Source;
            await db.SaveChangesAsync();
        });
        return setup;
    }

    private Task<QStudyAnalysis> AnalysisAsync(QSetup setup) => app.WithDbAsync(async db =>
        (await QStudyAnalysis.LoadAsync(db, setup.Pid, setup.Sid, new AnalysisSettings(2, ExtractionMethod.PrincipalComponents, RotationMethod.Varimax, false, new HashSet<(int, int)>())))!);

    /// <summary>The text placed on the same line as <paramref name="cell"/>, left to right.</summary>
    private static string[] Row(PdfFile pdf, PlacedText cell) =>
        pdf.Text.Where(t => t.Page == cell.Page && Math.Abs(t.Y - cell.Y) < 0.01).OrderBy(t => t.X).Select(t => t.Text).ToArray();

    /// <summary>The first cell of a table's first header row, found by its first two headings.</summary>
    private static PlacedText Header(PdfFile pdf, string first, string second) =>
        pdf.Text.First(t => t.Text == first && pdf.Text.Any(u => u.Page == t.Page && Math.Abs(u.Y - t.Y) < 0.01 && u.Text == second));

    /// <summary>The first cell below <paramref name="header"/>, in its column, that reads <paramref name="text"/>.</summary>
    private static PlacedText Below(PdfFile pdf, PlacedText header, string text) =>
        pdf.Text.First(t => (t.Page, t.Y).CompareTo((header.Page, header.Y)) > 0 && Math.Abs(t.X - header.X) < 0.01 && t.Text == text);

    [Fact]
    public async Task Pdf_Lipset_DrawsTheScreePlotThenItsFigures()
    {
        var setup = await LipsetAsync();

        var pdf = QReportDocument.Pdf(await AnalysisAsync(setup));

        var title = pdf.Text.Single(t => t.Text == PdfScreeChart.Title);
        string[] chartLabels = [PdfScreeChart.KaiserLabel, PdfScreeChart.Chosen, PdfScreeChart.NotChosen, "Eigenvalue", "Factor", "1", "7"];
        Assert.All(chartLabels, label => Assert.Contains(pdf.Text, t => t.Page == title.Page && t.Y > title.Y && t.Text == label));
        var table = Header(pdf, "Factor", "Humphrey's rule");
        Assert.True((table.Page, table.Y).CompareTo((title.Page, title.Y)) > 0, "The figures follow the chart");
        Assert.Equal(["1", "2.38", "26.5%", "26.5%", "Significant (0.49 against 0.35)"], Row(pdf, Below(pdf, table, "1")));
        Assert.True(pdf.Mentions("4 are above 1 (the dashed line)."));
        Assert.True(pdf.Mentions("Filled circles mark the 2 factors in this analysis."));
    }

    [Fact]
    public async Task Pdf_Statements_SayWhereEachCameFrom()
    {
        var setup = await LipsetAsync();

        var pdf = QReportDocument.Pdf(await AnalysisAsync(setup));

        var header = Header(pdf, "No.", "Statement");
        Assert.Contains(pdf.Text, t => t.Page == header.Page && Math.Abs(t.Y - header.Y) < 0.01 && t.Text == "Where it came from");
        // The source column wraps; its first line shares the row's top, the rest follow it.
        Assert.StartsWith("Agreed outcome:", Row(pdf, Below(pdf, header, "1"))[^1], StringComparison.Ordinal);
        Assert.True(pdf.Mentions(Source));
        Assert.Equal(QReportDocument.NoSource, Row(pdf, Below(pdf, header, "2"))[^1]);
        Assert.Equal(QReportDocument.NoSource, Row(pdf, Below(pdf, header, "33"))[^1]);
    }

    [Fact]
    public async Task GetPdf_IsTheReportWithTheScreePlot()
    {
        var setup = await LipsetAsync();

        var bytes = await setup.Facilitator.GetByteArrayAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/files/report.pdf?factors=2&extraction=pca&rotation=varimax");

        Assert.Equal(QReportDocument.Pdf(await AnalysisAsync(setup)).PageCount, Pdf.PageCount(bytes));
    }

    [Fact]
    public async Task Docx_Lipset_HasTheScreeTableAndWhereStatementsCameFrom()
    {
        var setup = await LipsetAsync();

        var bytes = await setup.Facilitator.GetByteArrayAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/files/report.docx?factors=2&extraction=pca&rotation=varimax");

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var tables = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToArray()).ToArray();
        var scree = tables.Single(t => t[0].SequenceEqual(ScreeHeaders));
        Assert.Equal(8, scree.Length);
        Assert.Equal(["1", "2.38", "26.5%", "26.5%", "Significant (0.49 against 0.35)"], scree[1]);
        var statements = tables.Single(t => t[0].SequenceEqual(StatementHeaders));
        Assert.Equal(34, statements.Length);
        Assert.Equal(["1", setup.Statements[0], Source], statements[1]);
        Assert.Equal(["2", setup.Statements[1], QReportDocument.NoSource], statements[2]);
        var paragraphs = doc.MainDocumentPart.Document.Body.Elements<Paragraph>().Select(p => p.InnerText).ToArray();
        Assert.Contains(paragraphs, p => p.Contains("4 are above 1 (the dashed line).", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Docx_Lipset_HasTheScreePlotAsAPictureWithItsDescription()
    {
        var setup = await LipsetAsync();

        var bytes = await setup.Facilitator.GetByteArrayAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/files/report.docx?factors=2&extraction=pca&rotation=varimax");

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var image = Assert.Single(doc.MainDocumentPart!.ImageParts);
        using var data = new MemoryStream();
        using (var stream = image.GetStream()) stream.CopyTo(data);
        using var png = SkiaSharp.SKBitmap.Decode(data.ToArray());
        Assert.Equal((1120, 560), (png.Width, png.Height));
        // Factor 1 (eigenvalue 2.38, the scree table above) is in the analysis, so its circle is filled: at x = 56 + 0.5 × 488 / 7
        // and y = 40 + (1 − 2.38 / 3) × 196 points (axis top 3), 2 pixels a point.
        Assert.Equal(SkiaSharp.SKColor.Parse("#0571b0"), png.GetPixel((int)(2 * (56 + 0.5 * 488 / 7.0)), (int)(2 * (40 + (1 - 2.38 / 3) * 196))));
        var alt = doc.MainDocumentPart.Document!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single().Description!.Value;
        Assert.StartsWith("Eigenvalues of the first 7 unrotated principal components fall from 2.38 for factor 1", alt);
        Assert.EndsWith("Filled circles mark the 2 factors in this analysis.", alt);
    }

    [Fact]
    public async Task Docx_Lipset_HasTheLoadingsTableAndCribSheets()
    {
        var setup = await LipsetAsync();

        var bytes = await setup.Facilitator.GetByteArrayAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/files/report.docx?factors=2&extraction=pca&rotation=varimax");

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var tables = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToArray()).ToArray();
        var loadings = tables.Single(t => t[0].SequenceEqual(["Q-sort", "f1", "f2"]));
        // qmethod 1.8.4's loa and flagged (expected-pca-varimax-2f.json): US1 0.7199 (flagged), 0.2847; JP5 0.1550, -0.7821 (flagged).
        Assert.Equal(["US1", "0.72*", "0.28"], loadings.Single(r => r[0] == "US1"));
        Assert.Equal(["JP5", "0.15", "-0.78*"], loadings.Single(r => r[0] == "JP5"));
        var headings = doc.MainDocumentPart.Document.Body.Elements<Paragraph>().Select(p => p.InnerText).ToArray();
        Assert.Contains("Crib sheet: ranked at +4", headings);
        Assert.Contains("Crib sheet: ranked higher than in every other factor", headings);
        // CribSheetsTests: f1 puts sta_33 and sta_24 at +4, where f2 puts both at +1.
        var top = tables.First(t => t[0].SequenceEqual(["Statement", "Column", "Other factors"]));
        Assert.Equal([$"33. {setup.Statements[32]}", "+4", "f2 +1"], top[1]);
        Assert.Equal([$"24. {setup.Statements[23]}", "+4", "f2 +1"], top[2]);
    }

    [Fact]
    public async Task Pdf_Lipset_HasTheLoadingsTable()
    {
        var setup = await LipsetAsync();

        var pdf = QReportDocument.Pdf(await AnalysisAsync(setup));

        var header = Header(pdf, "Q-sort", "f1");
        Assert.Equal(["US1", "0.72*", "0.28"], Row(pdf, Below(pdf, header, "US1")));
        Assert.True(pdf.Mentions("Crib sheet: ranked at +4"));
    }

    [Fact]
    public async Task Pdf_NarrowColumns_NeverSplitAWord()
    {
        // Issue 19: the distinguishing statements' last column, 1/8 of the width, split its header into "Significa" / "nce".
        var setup = await LipsetAsync();

        var pdf = QReportDocument.Pdf(await AnalysisAsync(setup));

        Assert.Contains(pdf.Text, t => t.Text == "Significance");
        Assert.DoesNotContain(pdf.Text, t => t.Text is "Significa" or "nce");
        var header = Header(pdf, "Statement", "Significance");
        Assert.Equal(["Statement", "Columns (f1, f2,", "Significance"], Row(pdf, header)); // the middle header wraps between words
    }
}
