using System.Globalization;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.QMethod.Formats;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

/// <summary>Every export of the lipset analysis read back and compared with qmethod 1.8.4's output.</summary>
public class FilesTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string Settings = "?factors=2&extraction=pca&rotation=varimax";

    private async Task<(QSetup Setup, string Base)> LipsetAsync()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        return (setup, $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/files/");
    }

    private static string[][] Csv(string text) =>
        text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToArray();

    [Fact]
    public async Task Csv_ForR_HasNoByteOrderMark_ForExcel_HasOne()
    {
        // Issue 19: R's read.csv names the first column "X.U.FEFF." when a file starts with EF BB BF.
        var (setup, files) = await LipsetAsync();

        var excel = await setup.Facilitator.GetByteArrayAsync(files + "loa.csv" + Settings);
        var r = await setup.Facilitator.GetByteArrayAsync(files + "loa.csv" + Settings + "&bom=no");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, excel[..3]);
        Assert.StartsWith(",f1,f2\r\n", System.Text.Encoding.UTF8.GetString(r), StringComparison.Ordinal); // the first byte is the comma after the empty corner cell
        Assert.Equal(excel[3..], r);
        var page = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis" + Settings)).HtmlAsync();
        Assert.Contains(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("loa.csv", StringComparison.Ordinal) && a.GetAttribute("href")!.EndsWith("&bom=no", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoaCsv_ParsesBackToQmethodsLoadings()
    {
        var (setup, files) = await LipsetAsync();
        var response = await setup.Facilitator.GetAsync(files + "loa.csv" + Settings);

        var rows = Csv(await response.Content.ReadAsStringAsync());
        Assert.Equal(["", "f1", "f2"], rows[0]);
        var expected = AnalysisTests.Expected("rotated_loadings");
        var names = expected.GetProperty("row_names").EnumerateArray().Select(n => n.GetString()).ToList();
        foreach (var row in rows.Skip(1))
        {
            var want = expected.GetProperty("values")[names.IndexOf(row[0])];
            Assert.Equal(want[0].GetDouble(), double.Parse(row[1], CultureInfo.InvariantCulture), 1e-9);
            Assert.Equal(want[1].GetDouble(), double.Parse(row[2], CultureInfo.InvariantCulture), 1e-9);
        }
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == setup.Pid && a.Action == "qstudy.download" && a.Detail.EndsWith("loa.csv"))));
    }

    [Fact]
    public async Task ZscAndQdcCsv_HaveQmethodsNamesAndValues()
    {
        var (setup, files) = await LipsetAsync();
        var zsc = Csv(await (await setup.Facilitator.GetAsync(files + "zsc.csv" + Settings)).Content.ReadAsStringAsync());
        var qdc = Csv(await (await setup.Facilitator.GetAsync(files + "qdc.csv" + Settings)).Content.ReadAsStringAsync());
        var fchar = Csv(await (await setup.Facilitator.GetAsync(files + "f_char.csv" + Settings)).Content.ReadAsStringAsync());

        var expected = AnalysisTests.Expected("zscores").GetProperty("values");
        Assert.Equal(["", "zsc_f1", "zsc_f2"], zsc[0]);
        Assert.Equal(expected[0][0].GetDouble(), double.Parse(zsc[1][1], CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal(["", "dist.and.cons", "f1_f2", "sig_f1_f2"], qdc[0]);
        Assert.Equal(34, qdc.Length);
        Assert.Equal(["", "av_rel_coef", "nload", "eigenvals", "expl_var", "reliability", "se_fscores"], fchar[0]);
        Assert.Equal("5", fchar[1][2]);
    }

    [Fact]
    public async Task SortsCsvAndDat_ParseBackToTheImportedSorts()
    {
        var (setup, files) = await LipsetAsync();
        var original = QSortCsv.Read(File.ReadAllText(QStudyFixture.FixturePath("qsorts.csv")));

        var csv = QSortCsv.Read(await (await setup.Facilitator.GetAsync(files + "sorts.csv")).Content.ReadAsStringAsync());
        var dat = PqMethodDat.Read(await (await setup.Facilitator.GetAsync(files + "sorts.dat")).Content.ReadAsStringAsync());
        var sta = PqMethodSta.Read(Encoding.Latin1.GetString(await setup.Facilitator.GetByteArrayAsync(files + "statements.sta")));

        foreach (var set in new[] { csv, dat.Sorts })
        {
            Assert.Equal(original.StatementIds, set.StatementIds);
            Assert.Equal(original.SortNames.Order(), set.SortNames.Order());
            foreach (var name in original.SortNames)
                Assert.Equal(original.Sort(original.SortNames.ToList().IndexOf(name)), set.Sort(set.SortNames.ToList().IndexOf(name)));
        }
        Assert.Equal(QStudyFixture.LipsetCounts, dat.Grid.Counts);
        Assert.Equal(setup.Statements, sta);
    }

    [Fact]
    public async Task JsonAndXlsx_HoldEveryTable()
    {
        var (setup, files) = await LipsetAsync();
        using var json = JsonDocument.Parse(await (await setup.Facilitator.GetAsync(files + "analysis.json" + Settings)).Content.ReadAsStringAsync());
        var xlsx = await setup.Facilitator.GetByteArrayAsync(files + "analysis.xlsx" + Settings);

        Assert.Equal(2, json.RootElement.GetProperty("brief").GetProperty("nfactors").GetInt32());
        var expected = AnalysisTests.Expected("zscores").GetProperty("values")[3][1].GetDouble();
        Assert.Equal(expected, json.RootElement.GetProperty("zsc").GetProperty("values")[3][1].GetDouble(), 1e-9);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!).ToArray();
        // "comments": participants' reasons by study code, for the research team (issue 13).
        // "warnings": the analysis's warnings in words, as on the analysis page (issue 16).
        // "crib_sheets": Watts and Stenner's crib sheet per factor (issue 19).
        Assert.Equal(["loa", "flagged", "zsc", "zsc_n", "f_char", "qdc", "cor_zsc", "sd_dif", "crib_sheets", "comments", "notes", "answers", "questions", "warnings"], sheets);
    }

    [Fact]
    public async Task ReportPdfAndHtml_ShowTheFactors()
    {
        var (setup, files) = await LipsetAsync();
        var pdf = await setup.Facilitator.GetByteArrayAsync(files + "report.pdf" + Settings);
        var html = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/report{Settings}")).HtmlAsync();

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(["Factor 1", "Factor 2", "Consensus statements", "Method notes"], html.QuerySelectorAll("h2.govuk-heading-l").Select(h => h.TextContent.Trim()));
        // Issue 19: the method notes say how the analysis was done; lipset has 33 statements, so the flagging threshold is 1.96 / √33 = 0.34.
        Assert.Contains("A Q-sort is flagged on a factor when its loading is significant (above 1.96 / \u221a33 = 0.34, p < .05) and its square is larger than the sum of its other squared loadings (qmethod's qflag).",
            html.QuerySelectorAll("#method-notes + ul li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task ReportDocx_IsValidWordWithTheReportsHeadingsAndIsAudited()
    {
        var (setup, files) = await LipsetAsync();
        var response = await setup.Facilitator.GetAsync(files + "report.docx" + Settings);

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"poet-q-study-{setup.Sid}-report.docx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var paragraphs = doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToArray();
        string[] Styled(string style) => paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style).Select(p => p.InnerText).ToArray();
        Assert.Equal(["What the partnership is for"], Styled("Title"));
        Assert.Equal(["The statements", "Choosing the number of factors", "Factor characteristics", "Factor loadings", "Factor 1", "Factor 2", "Consensus statements", "Method notes"], Styled("Heading1"));
        Assert.Contains("Distinguishing statements", Styled("Heading2"));
        var characteristics = doc.MainDocumentPart.Document.Body.Elements<Table>().ElementAt(2);
        Assert.Equal(["f1", "5"], characteristics.Elements<TableRow>().ElementAt(1).Elements<TableCell>().Take(2).Select(c => c.InnerText));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == setup.Pid && a.Action == "qstudy.download" && a.Detail.EndsWith("report.docx"))));
    }

    [Fact]
    public async Task Download_TooFewSorts_SaysWhy()
    {
        var setup = await app.CreateStudyAsync();
        var doc = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/files/loa.csv")).HtmlAsync();
        Assert.Equal("The analysis needs at least 2 submitted Q-sorts.", doc.QuerySelector("#unavailable")!.TextContent.Trim());
    }
}
