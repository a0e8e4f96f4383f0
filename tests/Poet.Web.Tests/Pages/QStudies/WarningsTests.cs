using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Poet.Analysis.QMethod;
using Poet.Web.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

/// <summary>
/// Issue 16 item 5: the analysis's warnings reach every place the analysis is read: the analysis page, the report,
/// its PDF and Word copies, the JSON and the workbook.
/// </summary>
public class WarningsTests(PoetApp app) : IClassFixture<PoetApp>
{
    // 20 statements (the fewest a study takes) on the lopsided grid -1 (4), 0 (6), +1 (10). q1 and q2 nearly agree; q3 is
    // close to their opposite, so on the one factor it loads negatively (as in Poet.Analysis.Tests' GridFitTests). Flagged alone,
    // its weight is negative and the z-scores are q3 reversed: its ten +1 statements tie at ranks 1-10 (average 5.5, R's index 5,
    // the cell 0), its six 0 statements at ranks 11-16 (13.5, cell 13: +1), its four -1 statements at 17-20 (18.5, cell 18: +1).
    // So the array has none at -1 and ten at 0.
    private static readonly int[] Q1 = [.. Enumerable.Repeat(1, 10), .. Enumerable.Repeat(0, 6), .. Enumerable.Repeat(-1, 4)];
    private static readonly int[] Q2 = [.. Enumerable.Repeat(1, 9), 0, 1, .. Enumerable.Repeat(0, 5), .. Enumerable.Repeat(-1, 4)];
    private static readonly int[] Q3 = [.. Enumerable.Repeat(-1, 4), .. Enumerable.Repeat(0, 6), .. Enumerable.Repeat(1, 10)];
    private static readonly string Sorts = "id,q1,q2,q3\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"sta_{i + 1},{Q1[i]},{Q2[i]},{Q3[i]}\n"));
    private const string Query = "?factors=1&extraction=pca&rotation=varimax&flagging=manual&flag=3-1";

    private const string Misfit = "Factor f1's array does not fit the grid: statements with equal z-scores share a column, so it has 0 statements at -1 where the grid has room for 4 " +
        "and 10 statements at 0 where the grid has room for 6. qmethod 1.8.4 builds factor arrays the same way. Read the tied statements as placed level with each other, " +
        "not as a sort anyone could make.";
    private const string OneSort = "Factor f1 rests on one flagged Q-sort: its factor array is that one person's sort, and its reliability is 0.8 (that of a single sort). " +
        "Read it as one viewpoint, not a shared one.";

    private async Task<QSetup> StudyAsync()
    {
        var setup = await app.CreateStudyAsync(statements: QStudyFixture.Numbered(20), counts: [4, 6, 10]);
        var response = await setup.Facilitator.PostFileAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/import", "SortsFile", "qsorts.csv", Sorts);
        Assert.Contains("3 Q-sorts imported", await response.Content.ReadAsStringAsync());
        return setup;
    }

    private static string[] Warnings(AngleSharp.Dom.IDocument d) =>
        d.QuerySelectorAll(".govuk-warning-text__text").Select(w => w.TextContent.Trim()).Select(w => w.StartsWith("Warning ", StringComparison.Ordinal) ? w["Warning ".Length..] : w).ToArray();

    [Fact]
    public async Task AnalysisAndReportPages_SayTheArrayDoesNotFitAndRestsOnOneSort()
    {
        var setup = await StudyAsync();

        var analysis = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis{Query}")).HtmlAsync();
        var report = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/report{Query}")).HtmlAsync();

        Assert.Equal([QAnalysis.NegativeFlagsWarning, OneSort, Misfit], Warnings(analysis));
        Assert.Equal([QAnalysis.NegativeFlagsWarning, OneSort, Misfit], Warnings(report));
    }

    [Fact]
    public async Task Exports_CarryTheWarnings()
    {
        var setup = await StudyAsync();
        var files = $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/files/";

        using var json = JsonDocument.Parse(await setup.Facilitator.GetStringAsync(files + "analysis.json" + Query));
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await setup.Facilitator.GetByteArrayAsync(files + "analysis.xlsx" + Query)), false);
        using var word = WordprocessingDocument.Open(new MemoryStream(await setup.Facilitator.GetByteArrayAsync(files + "report.docx" + Query)), false);
        var pdf = QReportDocument.Pdf((await app.WithDbAsync(db => QStudyAnalysis.LoadAsync(db, setup.Pid, setup.Sid,
            new AnalysisSettings(1, ExtractionMethod.PrincipalComponents, RotationMethod.Varimax, true, new HashSet<(int, int)> { (3, 1) }))))!);

        Assert.Equal([QAnalysis.NegativeFlagsWarning, OneSort, Misfit], json.RootElement.GetProperty("brief").GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "warnings");
        var cells = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToArray();
        Assert.Equal(["warning", QAnalysis.NegativeFlagsWarning, OneSort, Misfit], cells);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToArray();
        Assert.Contains("Warning: " + Misfit, paragraphs);
        Assert.Contains("Warning: " + OneSort, paragraphs);
        Assert.True(pdf.Mentions("Warning: " + Misfit), "The PDF report carries the grid warning.");
        Assert.True(pdf.Mentions("Warning: " + OneSort), "The PDF report carries the one-sort warning.");
    }

    [Fact]
    public async Task Lipset_HasNoGridWarning()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();

        var analysis = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis?factors=2&extraction=pca&rotation=varimax")).HtmlAsync();

        Assert.DoesNotContain(Warnings(analysis), w => w.Contains("does not fit the grid", StringComparison.Ordinal));
        Assert.DoesNotContain(Warnings(analysis), w => w.Contains("rests on one flagged Q-sort", StringComparison.Ordinal));
    }
}
