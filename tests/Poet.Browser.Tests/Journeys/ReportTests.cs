using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;
using Poet.Browser.Tests.Support;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Reports;

namespace Poet.Browser.Tests.Journeys;

/// <summary>The demo coordinator reads the RISS-like demo round's report in the browser, then downloads it as PDF and Word.</summary>
public class ReportTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task DemoCoordinator_OpensReport_ThenDownloadsPdfAndWord()
    {
        string password;
        using (var scope = app.Services.CreateScope()) password = await DemoData.SeedAsync(scope.ServiceProvider);
        var (pid, rid) = await app.WithDbAsync(db => db.Rounds.Where(r => r.Partnership!.Name == DemoData.PartnershipName)
            .Select(r => new ValueTuple<int, int>(r.PartnershipId, r.Id)).SingleAsync());

        app.SignIn(DemoData.CoordinatorEmail, password);
        Assert.Equal("/partnerships", new Uri(app.Driver.Url).AbsolutePath);

        app.Go($"/partnerships/{pid}/rounds/{rid}/report");
        app.AssertAccessible();
        Assert.Equal("52 of 73 (71%)", Visible("#submitted"));
        Assert.Equal("46 of 73 (63%)", Visible("#usable"));
        var council = app.Driver.FindElements(By.CssSelector("table tbody tr")).First(r => r.FindElement(By.CssSelector("th")).Text == DemoData.Partners[0]);
        Assert.Equal(["36", "78%"], council.FindElements(By.CssSelector("td")).Select(td => td.Text));
        var clear = app.Driver.FindElements(By.CssSelector($"#summary-{DemoData.ClearOutcomesItemId} td")).Select(td => td.Text).ToArray();
        Assert.Equal(["100%", "0%", "37 (80%)", "9 (20%)"], clear[..4]);

        using var http = SignedInHttpClient();
        var pdf = await DownloadAsync(http, "download-pdf", "application/pdf");
        var docx = await DownloadAsync(http, "download-docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        // The downloaded PDF is the layout built here for the same round: same pages, with the chart colours filled on them.
        var report = await app.WithDbAsync(async db => (await HealthReport.LoadAsync(db, pid, rid, ReportView.Team))!);
        var layout = ReportPdf.Create(report);
        Assert.Equal(layout.PageCount, Poet.Web.Tests.Documents.Pdf.PageCount(pdf));
        foreach (var section in report.Sections)
        {
            var chartPage = layout.Text.Single(t => t.Text == $"{section.Title}: agreement with each statement").Page;
            var fills = FillColours(pdf, chartPage);
            Assert.All(DivergingBarChart.OptionColours, hex => Assert.Contains(hex, fills));
            Assert.Contains(layout.Text, t => t.Page >= chartPage && t.Text.StartsWith($"{section.Title}: answers to each statement", StringComparison.Ordinal));
            Assert.Contains(layout.Text, t => t.Page >= chartPage && t.Text.StartsWith($"{section.Title}: agreement, knowledge gaps", StringComparison.Ordinal));
        }
        Assert.True(pdf.Length > 30_000, $"PDF of {pdf.Length} bytes");

        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("52 of 73 (71%)", text);
        Assert.Contains("Method notes", text);
    }

    private string Visible(string css)
    {
        var element = app.Driver.FindElement(By.CssSelector(css));
        Assert.True(element.Displayed, css);
        return element.Text;
    }

    /// <summary>An HttpClient carrying the browser's cookies, so downloads are made as the signed-in user.</summary>
    private HttpClient SignedInHttpClient()
    {
        var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        http.DefaultRequestHeaders.Add("Cookie", string.Join("; ", app.Driver.Manage().Cookies.AllCookies.Select(c => $"{c.Name}={c.Value}")));
        return http;
    }

    private async Task<byte[]> DownloadAsync(HttpClient http, string linkId, string contentType)
    {
        var href = app.Driver.FindElement(By.Id(linkId)).GetAttribute("href")!;
        var response = await http.GetAsync(href);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The fill colours ("rg" operators) used on one page of the PDF, as #rrggbb.</summary>
    private static HashSet<string> FillColours(byte[] pdf, int page)
    {
        using var doc = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var colours = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Walk(CSequence sequence)
        {
            foreach (var item in sequence)
            {
                if (item is COperator { OpCode.Name: "rg" } op && op.Operands.Count == 3)
                    colours.Add("#" + string.Concat(op.Operands.Select(o => ((int)Math.Round(Value(o) * 255)).ToString("x2"))));
                else if (item is CSequence inner) Walk(inner);
            }
        }
        Walk(ContentReader.ReadContent(doc.Pages[page - 1]));
        return colours;
    }

    private static double Value(CObject o) => o switch
    {
        CInteger i => i.Value,
        CReal r => r.Value,
        _ => double.NaN,
    };
}
