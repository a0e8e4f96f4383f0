using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Reports;

public class DownloadTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static async Task<string[][]> CsvAsync(HttpResponseMessage response)
    {
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToArray();
    }

    /// <summary>Response n answers 1..5 coding n in base 5, so each row can be traced back to the order it was written in.</summary>
    private static int?[] Encoded(int n) => [n / 125 % 5 + 1, n / 25 % 5 + 1, n / 5 % 5 + 1, n % 5 + 1];

    private static int Decode(string[] row) => row.Skip(4).Select(int.Parse).Aggregate(0, (acc, c) => acc * 5 + c - 1);

    [Fact]
    public async Task ReportDocx_IsValidWordWithHeadingStyles()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4), comment: (n, i) => i == 0 ? "Good joint working" : null,
            outcomes: n => n == 0 ? [("Quicker help", "Fewer hand-offs")] : []);

        var response = await s.Facilitator.GetAsync(s.Url(rid, "report.docx"));

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Contains(doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>(), st => st.StyleId == "Heading1");
        var text = doc.MainDocumentPart.Document!.Body!.InnerText;
        Assert.Contains("Method notes", text);
        Assert.Contains("Good joint working", text);
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "report.docx")));
    }

    [Fact]
    public async Task ExportCsv_OneRowPerUsableResponse_InADifferentRandomOrderEachTime()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed, invited: 60);
        await s.AddResponsesAsync(rid, items, 40, Encoded, partner: s.Partners[0]);
        await s.AddResponsesAsync(rid, items, 3, _ => [4, null, null, null], partner: s.Partners[0]);

        var first = await CsvAsync(await s.Facilitator.GetAsync(s.Url(rid, "export.csv")));
        var second = await CsvAsync(await s.Facilitator.GetAsync(s.Url(rid, "export.csv")));

        Assert.Equal(["response_number", "mode", "partner", "profession", "S2_01", "S2_02", "S2_03", "S2_04"], first[0]);
        Assert.Equal(Enumerable.Range(1, 40).Select(n => n.ToString()), first.Skip(1).Select(r => r[0]));
        Assert.Equal(Enumerable.Range(0, 40), first.Skip(1).Select(Decode).Order());
        Assert.NotEqual(first.Skip(1).Select(Decode), second.Skip(1).Select(Decode));
        Assert.Equal(2, await app.WithDbAsync(db => db.Audit.CountAsync(a => a.PartnershipId == s.Pid && a.Action == "export.csv")));
    }

    [Fact]
    public async Task ExportCsv_SmallPartnerGroups_BecomeOther()
    {
        var s = await ReportSetup.CreateAsync(app, "Council", "Health trust", "Charity");
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed, invited: 40);
        await s.AddResponsesAsync(rid, items, 20, ReportSetup.All(4), partner: s.Partners[0]);
        await s.AddResponsesAsync(rid, items, 3, ReportSetup.All(4), partner: s.Partners[1]);
        await s.AddResponsesAsync(rid, items, 2, ReportSetup.All(4), partner: s.Partners[2]);

        var rows = (await CsvAsync(await s.Coordinator.GetAsync(s.Url(rid, "export.csv")))).Skip(1).ToArray();

        Assert.Equal(20, rows.Count(r => r[2] == "Council"));
        Assert.Equal(5, rows.Count(r => r[2] == ResponseExport.Other));
        Assert.DoesNotContain(rows, r => r[2] is "Health trust" or "Charity");
    }

    [Fact]
    public async Task ExportCsv_PartnerNameLikeAFormula_IsEscaped()
    {
        var s = await ReportSetup.CreateAsync(app, "=HYPERLINK(\"x\")", "Health trust");
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4), partner: s.Partners[0]);

        var text = Encoding.UTF8.GetString(await (await s.Coordinator.GetAsync(s.Url(rid, "export.csv"))).Content.ReadAsByteArrayAsync());

        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", text);
        Assert.DoesNotContain(",=HYPERLINK", text);
    }

    [Fact]
    public async Task ExportCodebook_ListsEveryVariableWithTextCodesAndInstrumentVersion()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4));

        var text = Encoding.UTF8.GetString(await (await s.Coordinator.GetAsync(s.Url(rid, "export-codebook.csv"))).Content.ReadAsByteArrayAsync());

        Assert.StartsWith("\uFEFFvariable,label,values,instrument_version\r\n", text);
        Assert.Contains("S2_01,2.1 We share a clear purpose,1 = Strongly disagree; 2 = Disagree; 3 = Don't know; 4 = Agree; 5 = Strongly agree; blank = not answered,poet-staff-1.0", text);
    }

    [Fact]
    public async Task ExportXlsx_IsValidWithResponsesAndCodebookSheets()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 7, _ => [4, null, 3, 5]);

        var response = await s.Coordinator.GetAsync(s.Url(rid, "export.xlsx"));

        using var doc = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var sheets = doc.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(x => x.Name!.Value!).ToArray();
        Assert.Equal(["Responses", "Codebook"], sheets);
        var rows = doc.WorkbookPart.WorksheetParts.First().Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToArray();
        Assert.Equal(8, rows.Length);
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "export.xlsx")));
    }

    [Fact]
    public async Task ExportCsv_OpenRoundAsFacilitator_SaysNotReady()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Open);
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4));

        var response = await s.Facilitator.GetAsync(s.Url(rid, "export.csv"));

        Assert.Equal(ReportAccess.StillOpen, (await response.HtmlAsync()).QuerySelector("#report-unavailable")?.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "export.csv")));
    }

    [Fact]
    public async Task ExportXlsx_FewerThanFiveUsable_SaysItCannotBeExported()
    {
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 4, ReportSetup.All(4));

        var response = await s.Coordinator.GetAsync(s.Url(rid, "export.xlsx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DownloadModel.TooFewToExport, (await response.HtmlAsync()).QuerySelector("#report-unavailable")?.TextContent);
    }

    [Fact]
    public async Task Report_FewerThanFiveUsable_SaysWhyInsteadOfLinkingToTheExport()
    {   // issue 15 item 11: the links led to a "not available" page
        var s = await ReportSetup.CreateAsync(app);
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed);
        await s.AddResponsesAsync(rid, items, 4, ReportSetup.All(4));

        var doc = await (await s.Coordinator.GetAsync(s.Url(rid, "report"))).HtmlAsync();

        Assert.Null(doc.QuerySelector("a[href$='export.csv'], a[href$='export.xlsx']"));
        Assert.Equal(DownloadModel.TooFewToExport, doc.QuerySelector("#export-withheld")?.TextContent);
    }

    [Fact]
    public async Task Report_NobodyInvited_SaysSoInsteadOfZeroOfZero()
    {   // issue 15 item 9: "0 of 0 (%)"
        var s = await ReportSetup.CreateAsync(app);
        var (rid, _) = await s.RoundAsync(RoundStatus.Closed, invited: 0);

        var doc = await (await s.Coordinator.GetAsync(s.Url(rid, "report"))).HtmlAsync();

        Assert.Equal(["No one invited yet", "No one invited yet"], new[] { "#submitted", "#usable" }.Select(id => doc.QuerySelector(id)?.TextContent));
    }

    [Fact]
    public async Task ReportDocx_AnotherPartnershipsRound_IsNotFound()
    {
        var mine = await ReportSetup.CreateAsync(app);
        var theirs = await ReportSetup.CreateAsync(app);
        var (rid, _) = await theirs.RoundAsync(RoundStatus.Closed);

        Assert.Equal(HttpStatusCode.NotFound, (await mine.Coordinator.GetAsync(mine.Url(rid, "report.docx"))).StatusCode);
    }
}
